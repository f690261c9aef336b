using System.Collections.Immutable;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Stats;

/// <summary>A snapshot of a pipeline's counters (what <c>GET /stats</c> returns, with Feldera's names).</summary>
/// <param name="Global">Pipeline-wide counters.</param>
/// <param name="Inputs">Per input endpoint.</param>
/// <param name="Outputs">Per output endpoint.</param>
/// <param name="LateRecords">Per table with a LATENESS column: changes dropped because they arrived too late.</param>
public sealed record PipelineStats(GlobalStats Global, ImmutableArray<InputEndpointStats> Inputs, ImmutableArray<OutputEndpointStats> Outputs,
    ImmutableSortedDictionary<string, long>? LateRecords = null);

/// <summary>Pipeline-wide counters.</summary>
/// <param name="State">The lifecycle state.</param>
/// <param name="Error">Why the pipeline failed, when it did.</param>
/// <param name="StartTime">When the pipeline started.</param>
/// <param name="Uptime">Time since start.</param>
/// <param name="Steps">Completed steps.</param>
/// <param name="TransactionNumber">The last committed transaction.</param>
/// <param name="BufferedInputRecords">Records queued by input endpoints and not yet taken by a step.</param>
/// <param name="TotalInputRecords">Records queued by input endpoints since start.</param>
/// <param name="TotalProcessedRecords">Records taken into completed steps.</param>
/// <param name="TotalCompletedRecords">Processed records whose output every output endpoint has written.</param>
/// <param name="PipelineComplete">Every input reached its end, and everything it produced was processed and written.</param>
/// <param name="RssBytes">The process's resident memory.</param>
/// <param name="CpuMsecs">The process's CPU time.</param>
/// <param name="StepLatency">Step durations (input application, circuit, output enqueueing).</param>
public sealed record GlobalStats(
    PipelineState State,
    string? Error,
    DateTimeOffset StartTime,
    TimeSpan Uptime,
    long Steps,
    long TransactionNumber,
    long BufferedInputRecords,
    long TotalInputRecords,
    long TotalProcessedRecords,
    long TotalCompletedRecords,
    bool PipelineComplete,
    long RssBytes,
    long CpuMsecs,
    LatencySummary StepLatency);

/// <summary>An input endpoint's counters.</summary>
/// <param name="EndpointName">The endpoint (<c>table.connector</c>, or <c>api-ingress-table-format</c>).</param>
/// <param name="Table">The table it feeds.</param>
/// <param name="Transport">The transport's name.</param>
/// <param name="Format">The format's name, when there is one.</param>
/// <param name="Paused">Paused by its own setting (the pipeline may be paused as well).</param>
/// <param name="TotalBytes">Input bytes consumed.</param>
/// <param name="TotalRecords">Records queued.</param>
/// <param name="BufferedRecords">Records queued and not yet taken by a step.</param>
/// <param name="ParseErrors">Records rejected by the format or the table.</param>
/// <param name="TransportErrors">Problems with the source itself.</param>
/// <param name="EndOfInput">The source has no more data (or the endpoint failed).</param>
/// <param name="FatalError">The error that ended the endpoint, if any.</param>
/// <param name="LastError">The most recent error message.</param>
/// <param name="Position">The position after the last processed input: where a restart would resume.</param>
/// <param name="NegativeWeights">Times a batch of this endpoint left its table (one without a primary key) with a negative
/// row count: it deleted rows that were never inserted.</param>
public sealed record InputEndpointStats(
    string EndpointName,
    string Table,
    string Transport,
    string? Format,
    bool Paused,
    long TotalBytes,
    long TotalRecords,
    long BufferedRecords,
    long ParseErrors,
    long TransportErrors,
    bool EndOfInput,
    string? FatalError,
    string? LastError,
    InputPosition? Position,
    long NegativeWeights = 0);

/// <summary>An output endpoint's counters.</summary>
/// <param name="EndpointName">The endpoint (<c>view.connector</c>, or <c>api-egress-view-n</c>).</param>
/// <param name="View">The view it writes.</param>
/// <param name="Transport">The transport's name.</param>
/// <param name="Format">The format's name, when there is one.</param>
/// <param name="TransmittedRecords">Changes written.</param>
/// <param name="TransmittedBytes">Bytes written.</param>
/// <param name="QueuedRecords">Changes waiting to be written.</param>
/// <param name="QueuedBatches">Batches waiting to be written.</param>
/// <param name="EncodeErrors">Batches that could not be encoded.</param>
/// <param name="TransportErrors">Batches that could not be written.</param>
/// <param name="DroppedBatches">Batches dropped because a client without backpressure fell behind.</param>
/// <param name="FatalError">The error that ended the endpoint, if any.</param>
public sealed record OutputEndpointStats(
    string EndpointName,
    string View,
    string Transport,
    string? Format,
    long TransmittedRecords,
    long TransmittedBytes,
    long QueuedRecords,
    long QueuedBatches,
    long EncodeErrors,
    long TransportErrors,
    long DroppedBatches,
    string? FatalError);
