using System.Text.Json;
using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// <c>http_input</c>: the transient endpoint behind <c>POST /ingress/{table}</c>, one per table and format, created by
/// the HTTP API rather than declared in SQL. It cannot re-read its input: under exactly-once the host keeps its records
/// in a durable ingress log (and acknowledges a request once they are fsynced there), so it supports that model;
/// at-least-once keeps no log, so records acknowledged after the last checkpoint would be lost in a crash, and ingress
/// is refused under that model.
/// </summary>
public sealed record HttpInputConfig : InputTransportConfig
{
    /// <inheritdoc/>
    public override string Name => "http_input";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: false, ExactlyOnce: true);

    /// <inheritdoc/>
    public override IInputReader CreateReader(InputReaderContext context) => new HttpInputReader();

    /// <summary>The number of request bodies (parts of bodies, for big ones) received so far.</summary>
    public sealed record Position(long Chunks) : InputPosition
    {
        /// <inheritdoc/>
        public override void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber("chunks", Chunks);
            writer.WriteEndObject();
        }
    }
}

/// <summary>The outcome of one ingress request: records parsed and accepted, and the rejected ones.</summary>
/// <param name="Records">Records in the body.</param>
/// <param name="Accepted">Records queued for the table.</param>
/// <param name="Errors">The rejected records (each with its position in the body).</param>
public sealed record IngestResult(long Records, long Accepted, IReadOnlyList<ParseError> Errors);

/// <summary>
/// The reader of an <c>http_input</c> endpoint: it reads nothing by itself; each request body is parsed by
/// <see cref="IngestAsync"/> on the request's thread and queued like any other input.
/// </summary>
public sealed class HttpInputReader : IInputReader
{
    private readonly TaskCompletionSource<IInputConsumer> consumer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long chunks;

    /// <inheritdoc/>
    public async Task RunAsync(IInputConsumer consumer, CancellationToken cancellationToken)
    {
        this.consumer.TrySetResult(consumer);
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Parses a whole request body and queues its records. Unless <paramref name="force"/> is set it first waits while
    /// the pipeline or the endpoint is paused or the queue is full, as Feldera's ingress does. Valid records are queued
    /// even when others are rejected. <paramref name="request"/>, when given, queues them instead of the endpoint's
    /// consumer (the host's view of this one request, which follows its batches into the steps).
    /// </summary>
    public async Task<IngestResult> IngestAsync(ReadOnlyMemory<byte> body, bool force, IInputConsumer? request, CancellationToken cancellationToken)
    {
        var sink = request ?? await consumer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var parser = sink.CreateParser();
        var errors = new List<ParseError>();
        long accepted = 0;
        int pos = 0;
        do
        {
            if (!force) await sink.WaitForCapacityAsync(cancellationToken).ConfigureAwait(false);
            var batch = sink.CreateBuffer();
            var batchErrors = new List<ParseError>();
            int used = parser.Parse(body.Span[pos..], isFinal: true, batch, batchErrors);
            pos += used;
            int count = batch.Count;
            accepted += count;
            errors.AddRange(batchErrors);
            sink.Queue(batch, used, new HttpInputConfig.Position(Interlocked.Increment(ref chunks)), batchErrors.Count > 0 ? batchErrors : null);
            if (used == 0 && count == 0) break;
        }
        while (pos < body.Length);
        return new IngestResult(parser.Records, accepted, errors);
    }
}
