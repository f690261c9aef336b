using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// The read-parse-queue loop shared by the transports that read a byte stream (files, URLs): it reads chunks,
/// lets the format parser take the complete records, carries the incomplete tail over to the next read, and queues
/// each batch with the stream offset after its last byte (the position a restart seeks to).
/// </summary>
internal sealed class ByteStreamPump
{
    private const int ChunkSize = 1 << 20;

    /// <summary>A record longer than this is rejected: the parser would otherwise buffer a runaway line forever.</summary>
    public const int MaxRecordBytes = 64 << 20;

    private readonly IInputConsumer consumer;
    private byte[] buffer = new byte[ChunkSize];
    private int start;
    private int end;
    private ChangeBuffer batch;
    private List<ParseError> errors = [];
    private long batchBytes;
    private readonly Func<long, InputPosition> positionOf;

    /// <param name="consumer">Where batches go.</param>
    /// <param name="startOffset">The stream offset of the first byte read.</param>
    /// <param name="positionOf">The position of an offset (default: <see cref="ByteOffsetPosition"/>; an S3 object adds its key).</param>
    public ByteStreamPump(IInputConsumer consumer, long startOffset, Func<long, InputPosition>? positionOf = null)
    {
        this.consumer = consumer;
        this.positionOf = positionOf ?? (offset => new ByteOffsetPosition(offset));
        Parser = consumer.CreateParser();
        if (startOffset > 0) Parser.StartsMidStream();
        batch = consumer.CreateBuffer();
        Offset = startOffset;
    }

    /// <summary>The format parser of this stream.</summary>
    public IInputParser Parser { get; }

    /// <summary>The stream offset up to which input was parsed and queued: where a restart resumes.</summary>
    public long Offset { get; private set; }

    /// <summary>Bytes read but not yet parsed (an incomplete record).</summary>
    public int Pending => end - start;

    /// <summary>Reads and queues complete records until the stream reports its end (for a growing file, its current end).</summary>
    public async Task ReadToEndAsync(Stream stream, CancellationToken cancellationToken)
    {
        while (true)
        {
            await consumer.WaitForCapacityAsync(cancellationToken).ConfigureAwait(false);
            if (end == buffer.Length) MakeRoom();
            int n = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (n == 0) return;
            end += n;
            Parse(isFinal: false);
            Flush();
        }
    }

    /// <summary>The stream has ended: parses what is left (an incomplete last record is an error) and queues it.</summary>
    public void Finish()
    {
        Parse(isFinal: true);
        Flush();
    }

    private void Parse(bool isFinal)
    {
        while (true)
        {
            int used = Parser.Parse(buffer.AsSpan(start, end - start), isFinal, batch, errors);
            start += used;
            Offset += used;
            batchBytes += used;
            if (!batch.IsFull) return;
            Flush();
        }
    }

    private void Flush()
    {
        if (batch.Count == 0 && errors.Count == 0 && batchBytes == 0) return;
        consumer.Queue(batch, batchBytes, positionOf(Offset), errors.Count > 0 ? errors : null);
        batch = consumer.CreateBuffer();
        if (errors.Count > 0) errors = [];
        batchBytes = 0;
    }

    private void MakeRoom()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        else if (buffer.Length < MaxRecordBytes) Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxRecordBytes));
        else
        {
            Parser.SkipRecord($"record longer than {MaxRecordBytes} bytes; skipped to the next line", errors);
            Offset += end;
            batchBytes += end;
            start = end = 0;
        }
    }
}
