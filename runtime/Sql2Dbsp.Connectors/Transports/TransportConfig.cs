using System.Text.Json;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>A configured transport (Feldera's <c>transport: {name, config}</c>): it moves data, formats give it meaning.</summary>
public abstract record TransportConfig
{
    /// <summary>The transport's name ("file_input").</summary>
    public abstract string Name { get; }

    /// <summary>What the transport can do for fault tolerance.</summary>
    public abstract FaultToleranceSupport FaultTolerance { get; }
}

/// <summary>A transport that feeds a table.</summary>
public abstract record InputTransportConfig : TransportConfig
{
    /// <summary>False for transports that produce records themselves (datagen) rather than bytes for a format.</summary>
    public virtual bool NeedsFormat => true;

    /// <summary>Creates the reader of one input endpoint.</summary>
    public abstract IInputReader CreateReader(InputReaderContext context);
}

/// <summary>A transport that receives a view's changes.</summary>
public abstract record OutputTransportConfig : TransportConfig
{
    /// <summary>False for transports that discard data, so the host need not encode it.</summary>
    public virtual bool NeedsFormat => true;

    /// <summary>Creates the writer of one output endpoint.</summary>
    public abstract IOutputWriter CreateWriter(OutputWriterContext context);
}

/// <summary>What an input reader knows about its endpoint.</summary>
/// <param name="EndpointName">The endpoint's name ("orders.file"), for messages.</param>
/// <param name="Schema">The table it feeds.</param>
/// <param name="WorkingDirectory">The directory relative paths are resolved against.</param>
/// <param name="ResumeFrom">Where to start: a position the reader reported earlier (<see cref="InputPosition.ToJson"/>),
/// or null for the beginning.</param>
public sealed record InputReaderContext(string EndpointName, RelationSchema Schema, string WorkingDirectory, JsonElement? ResumeFrom = null);

/// <summary>What an output writer knows about its endpoint.</summary>
/// <param name="EndpointName">The endpoint's name ("totals.file"), for messages.</param>
/// <param name="Schema">The view it writes.</param>
/// <param name="Format">The format of the bytes it receives (null when the transport needs none).</param>
/// <param name="WorkingDirectory">The directory relative paths are resolved against.</param>
/// <param name="FaultTolerance">The pipeline's fault-tolerance model (a fault-tolerant sink dedupes under exactly-once).</param>
/// <param name="Resuming">The pipeline resumes from a checkpoint: keep what was written before instead of starting afresh.</param>
/// <param name="ResumeToken">When resuming, the token <see cref="IOutputWriter.CommitAsync"/> returned for the checkpoint (null if none).</param>
public sealed record OutputWriterContext(string EndpointName, RelationSchema Schema, FormatConfig? Format, string WorkingDirectory,
    FaultToleranceModel FaultTolerance = FaultToleranceModel.None, bool Resuming = false, string? ResumeToken = null);
