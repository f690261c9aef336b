using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary><c>null_output</c>: discards the changes (counting them), for benchmarks and for views only watched over HTTP.</summary>
public sealed record NullOutputConfig : OutputTransportConfig
{
    /// <inheritdoc/>
    public override string Name => "null_output";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: true);

    /// <inheritdoc/>
    public override bool NeedsFormat => false;

    /// <inheritdoc/>
    public override IOutputWriter CreateWriter(OutputWriterContext context) => new Writer();

    internal static TransportConfig? Parse(ObjectReader config)
    {
        config.Finish();
        return new NullOutputConfig();
    }

    private sealed class Writer : IOutputWriter
    {
        public ValueTask WriteBatchAsync(OutputBatchInfo batch, ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
