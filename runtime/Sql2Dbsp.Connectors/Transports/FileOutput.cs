using System.Globalization;
using System.Text.Json;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors.FaultTolerance;
using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// <c>file_output</c>: writes the encoded changes to a file (<c>path</c>, relative to the working directory); each
/// batch is flushed when written. A fresh pipeline creates or truncates the file; a resumed one continues it. It is a
/// fault-tolerant sink:
/// <list type="bullet">
/// <item>exactly-once: a progress file next to it (<c>PATH.progress</c>, see <see cref="SinkProgressFile"/>) records the
/// last transaction written and the file's length after it. On resume the file is cut back to that length (dropping a
/// batch torn by the crash) and batches of transactions up to that one — replayed from the journal — are discarded,
/// so the file holds every transaction exactly once and never shrinks below what was completely written.</item>
/// <item>at-least-once: the checkpoint stores the file's length at the checkpoint (the progress token); on resume the
/// file is cut back to it and the output of the input re-read after the checkpoint is written again, so the file's
/// content equals an uninterrupted run's (a reader following the file may see the tail after the checkpoint twice).</item>
/// </list>
/// </summary>
public sealed record FileOutputConfig(string Path) : OutputTransportConfig
{
    /// <inheritdoc/>
    public override string Name => "file_output";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: true);

    /// <inheritdoc/>
    public override IOutputWriter CreateWriter(OutputWriterContext context)
    {
        string path = System.IO.Path.GetFullPath(Path, context.WorkingDirectory);
        if (context.Format is { EncodesObjects: true } objects) return new FileObjectOutput(path, objects, context);
        if (System.IO.Path.GetDirectoryName(path) is { Length: > 0 } directory) Directory.CreateDirectory(directory);
        var stream = new FileStream(path, context.Resuming ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        try
        {
            SinkProgressFile? progressFile = null;
            var progress = default(SinkProgress);
            var token = ParseToken(context.ResumeToken);
            if (context.FaultTolerance == FaultToleranceModel.ExactlyOnce)
            {
                progressFile = SinkProgressFile.Open(SinkProgressFile.PathOf(path), fresh: !context.Resuming, out progress);
                // No progress written since the checkpoint (or no progress file): the checkpoint's length is the truth.
                if (context.Resuming && progress.Transaction == 0 && token is { } t) progress = t;
            }
            else if (context.Resuming && token is { } t) progress = t;
            else if (context.Resuming) progress = new SinkProgress(0, stream.Length);
            if (context.Resuming)
            {
                if (stream.Length < progress.Bytes)
                    throw new IOException($"'{path}' has {stream.Length} bytes, but {progress.Bytes} were written to it before the restart (it was truncated or replaced)");
                // Cut a batch torn by the crash (exactly-once) or the output after the checkpoint (at-least-once).
                stream.SetLength(progress.Bytes);
                stream.Seek(0, SeekOrigin.End);
            }
            long skipThrough = context.FaultTolerance == FaultToleranceModel.ExactlyOnce ? progress.Transaction : 0;
            return new Writer(stream, progressFile, skipThrough, progress.Transaction)
            {
                ResumedProgress = progressFile is not null && context.Resuming ? new DeliveredProgress(progress.Transaction, SinkProgressFile.PathOf(path)) : null,
            };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    internal static TransportConfig? Parse(ObjectReader config)
    {
        string? path = config.String("path", required: true);
        config.Finish();
        return path is null ? null : new FileOutputConfig(path);
    }

    private static SinkProgress? ParseToken(string? token)
    {
        if (token is null) return null;
        using var document = JsonDocument.Parse(token);
        var root = document.RootElement;
        return new SinkProgress(root.GetProperty("transaction").GetInt64(), root.GetProperty("bytes").GetInt64());
    }

    private sealed class Writer(FileStream stream, SinkProgressFile? progressFile, long skipThrough, long lastTransaction) : IOutputWriter
    {
        public DeliveredProgress? ResumedProgress { get; init; }

        public async ValueTask WriteBatchAsync(OutputBatchInfo batch, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
        {
            // Exactly-once: this transaction was written before the crash and is being replayed.
            if (batch.Transaction <= skipThrough) return;
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            lastTransaction = batch.Transaction;
            // After the data: a crash in between leaves bytes past the recorded length, which a restart cuts off.
            progressFile?.Write(new SinkProgress(lastTransaction, stream.Position));
        }

        public ValueTask<string?> CommitAsync(CancellationToken cancellationToken)
        {
            stream.Flush(flushToDisk: true);
            progressFile?.Sync();
            return ValueTask.FromResult<string?>(string.Create(CultureInfo.InvariantCulture, $$"""{"transaction":{{lastTransaction}},"bytes":{{stream.Position}}}"""));
        }

        public async ValueTask DisposeAsync()
        {
            progressFile?.Dispose();
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
