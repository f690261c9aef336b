using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary><c>file_output</c>: writes the encoded changes to a file (<c>path</c>, relative to the working directory),
/// created or truncated when the pipeline starts; each batch is flushed when written.</summary>
public sealed record FileOutputConfig(string Path) : OutputTransportConfig
{
    /// <inheritdoc/>
    public override string Name => "file_output";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: false);

    /// <inheritdoc/>
    public override IOutputWriter CreateWriter(OutputWriterContext context)
    {
        string path = System.IO.Path.GetFullPath(Path, context.WorkingDirectory);
        if (System.IO.Path.GetDirectoryName(path) is { Length: > 0 } directory) Directory.CreateDirectory(directory);
        return new Writer(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.Asynchronous));
    }

    internal static TransportConfig? Parse(ObjectReader config)
    {
        string? path = config.String("path", required: true);
        config.Finish();
        return path is null ? null : new FileOutputConfig(path);
    }

    private sealed class Writer(FileStream stream) : IOutputWriter
    {
        public async ValueTask WriteBatchAsync(OutputBatchInfo batch, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
