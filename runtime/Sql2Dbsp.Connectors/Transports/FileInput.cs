using System.Text.Json;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// <c>file_input</c>: reads a file (<c>path</c>, relative to the working directory). With <c>follow: true</c> it keeps
/// the file open at its end and reads what is appended, like <c>tail -f</c>; a followed file that disappears or
/// shrinks ends the endpoint with an error. Resumable: its position is the byte offset after the last record.
/// </summary>
public sealed record FileInputConfig(string Path, bool Follow = false) : InputTransportConfig, IRangeReplay
{
    /// <summary>How often a followed file is checked for new data.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <inheritdoc/>
    public override string Name => "file_input";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: true);

    /// <inheritdoc/>
    public override IInputReader CreateReader(InputReaderContext context) => new Reader(this, context);

    /// <inheritdoc/>
    public void ReplayRange(InputReaderContext context, JsonElement? from, JsonElement to, IInputParser parser, Func<ChangeBuffer> newBuffer,
        List<ChangeBuffer> into, List<ParseError> errors)
    {
        string path = System.IO.Path.GetFullPath(Path, context.WorkingDirectory);
        if (parser is IObjectInputParser objects)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            long toRow = RowPosition.RowOf(to) ?? throw new IOException($"position {to} of '{path}' has no row");
            ObjectInput.Replay(objects, file, path, RowPosition.RowOf(from) ?? 0, toRow, newBuffer, into, errors);
            return;
        }
        long start = ByteOffsetPosition.OffsetOf(from) ?? 0;
        long end = ByteOffsetPosition.OffsetOf(to) ?? throw new IOException($"position {to} of '{path}' has no offset");
        if (end < start) throw new IOException($"cannot replay '{path}' from byte {start} to byte {end}");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        if (stream.Length < end)
            throw new IOException($"'{path}' has {stream.Length} bytes, but the journal says bytes {start} to {end} were read from it (the file shrank or was replaced)");
        // A step's input ends at a record boundary the reader reported, so the range parses as a whole.
        var data = new byte[end - start];
        stream.Seek(start, SeekOrigin.Begin);
        stream.ReadExactly(data);
        if (start > 0) parser.StartsMidStream();
        var batch = newBuffer();
        int pos = 0;
        while (true)
        {
            pos += parser.Parse(data.AsSpan(pos), isFinal: true, batch, errors);
            if (pos >= data.Length) break;
            if (!batch.IsFull) throw new IOException($"cannot parse bytes {start + pos} to {end} of '{path}' again");
            into.Add(batch);
            batch = newBuffer();
        }
        into.Add(batch);
    }

    internal static TransportConfig? Parse(ObjectReader config)
    {
        string? path = config.String("path", required: true);
        bool follow = config.Bool("follow") ?? false;
        config.Ignored("buffer_size_bytes", "reads use 1 MiB chunks");
        config.Finish();
        return path is null ? null : new FileInputConfig(path, follow);
    }

    private sealed class Reader(FileInputConfig config, InputReaderContext context) : IInputReader
    {
        public async Task RunAsync(IInputConsumer consumer, CancellationToken cancellationToken)
        {
            string path = System.IO.Path.GetFullPath(config.Path, context.WorkingDirectory);
            if (consumer.CreateParser() is IObjectInputParser objects)
            {
                await ReadObjectAsync(consumer, objects, path, cancellationToken).ConfigureAwait(false);
                return;
            }
            long offset = ByteOffsetPosition.OffsetOf(context.ResumeFrom) ?? 0;
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
                stream.Seek(offset, SeekOrigin.Begin);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                consumer.TransportError($"cannot read '{path}': {Reason(e)}", fatal: true);
                return;
            }
            await using (stream.ConfigureAwait(false))
            {
                var pump = new ByteStreamPump(consumer, offset);
                while (true)
                {
                    await pump.ReadToEndAsync(stream, cancellationToken).ConfigureAwait(false);
                    if (!config.Follow) break;
                    await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
                    // On Unix an open file stays readable after it is deleted, so a vanished file is noticed by name.
                    var info = new FileInfo(path);
                    if (!info.Exists)
                    {
                        consumer.TransportError($"file '{path}' disappeared after byte {pump.Offset} (record {pump.Parser.Records})", fatal: true);
                        return;
                    }
                    if (info.Length < stream.Position)
                    {
                        consumer.TransportError($"file '{path}' shrank to {info.Length} bytes after byte {pump.Offset} (record {pump.Parser.Records}) was read", fatal: true);
                        return;
                    }
                }
                pump.Finish();
            }
            consumer.EndOfInput();
        }

        /// <summary>A file in a format of whole objects (Parquet, Arrow) is read once, by rows; <c>follow</c> does not apply.</summary>
        private async Task ReadObjectAsync(IInputConsumer consumer, IObjectInputParser objects, string path, CancellationToken cancellationToken)
        {
            try
            {
                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.Asynchronous);
                await using (stream.ConfigureAwait(false))
                    await ObjectInput.ReadAsync(consumer, objects, stream, path, RowPosition.RowOf(context.ResumeFrom) ?? 0, row => new RowPosition(row), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                consumer.TransportError($"cannot read '{path}': {Reason(e)}", fatal: true);
                return;
            }
            catch (InvalidDataException e)
            {
                consumer.TransportError(e.Message, fatal: true);
                return;
            }
            consumer.EndOfInput();
        }

        private static string Reason(Exception e) => e switch
        {
            FileNotFoundException or DirectoryNotFoundException => "no such file",
            UnauthorizedAccessException => "permission denied",
            _ => e.Message,
        };
    }
}
