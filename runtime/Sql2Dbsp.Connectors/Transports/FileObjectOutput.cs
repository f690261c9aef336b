using System.Globalization;
using System.Text.Json;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// <c>file_output</c> with a format whose batches are whole objects (Parquet, Arrow): <c>path</c> is a directory and
/// each batch becomes one file in it, named by its transaction (<c>00000000000000000042.parquet</c>), written to a
/// temporary name and renamed, so a reader never sees half a file. Fault tolerance needs no progress file: a replayed
/// transaction (exactly-once) rewrites the same file with the same contents, and a resume from a checkpoint
/// (at-least-once) first deletes the files of transactions after it. A fresh pipeline deletes the files a previous
/// run left.
/// </summary>
internal sealed class FileObjectOutput : IOutputWriter
{
    private readonly string directory;
    private readonly string extension;
    private long lastTransaction;

    public FileObjectOutput(string directory, FormatConfig format, OutputWriterContext context)
    {
        this.directory = directory;
        extension = format.Name == "arrow_ipc" ? ".arrow" : "." + format.Name;
        Directory.CreateDirectory(directory);
        long keepThrough = !context.Resuming ? 0
            : context.FaultTolerance == FaultToleranceModel.ExactlyOnce ? long.MaxValue
            : ParseToken(context.ResumeToken) ?? long.MaxValue;
        foreach (string file in Directory.EnumerateFiles(directory, "*" + extension))
            if (TransactionOf(file) is long t && t > keepThrough) File.Delete(file);
        lastTransaction = keepThrough == long.MaxValue ? 0 : keepThrough;
    }

    public async ValueTask WriteBatchAsync(OutputBatchInfo batch, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        string target = Path.Combine(directory, batch.Transaction.ToString("D20", CultureInfo.InvariantCulture) + extension);
        string temporary = target + ".tmp";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            // The rename below must never publish a file whose data is not on disk yet.
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
        lastTransaction = batch.Transaction;
    }

    public ValueTask<string?> CommitAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>($"{{\"transaction\":{lastTransaction.ToString(CultureInfo.InvariantCulture)}}}");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private long? TransactionOf(string file) =>
        long.TryParse(Path.GetFileName(file).AsSpan(0, Path.GetFileName(file).Length - extension.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long t) ? t : null;

    private static long? ParseToken(string? token)
    {
        if (token is null) return null;
        using var document = JsonDocument.Parse(token);
        return document.RootElement.TryGetProperty("transaction", out var t) ? t.GetInt64() : null;
    }
}
