using System.Buffers.Binary;

namespace Sql2Dbsp.Connectors.FaultTolerance;

/// <summary>What a fault-tolerant file sink has written: the last transaction and the data file's length after it.</summary>
/// <param name="Transaction">The last transaction whose batch is completely in the file (0: none).</param>
/// <param name="Bytes">The data file's length after that batch.</param>
public readonly record struct SinkProgress(long Transaction, long Bytes);

/// <summary>
/// The progress file next to a fault-tolerant <c>file_output</c> (<c>PATH.progress</c>): two 32-byte slots, each
/// <c>transaction, bytes, sequence, checksum</c> (little-endian 64-bit numbers, the checksum a <see cref="StableHash"/>
/// of the first 24 bytes). Updates alternate between the slots, so a write torn by a crash damages only the slot being
/// written and the other still holds the previous progress; the slot with the valid checksum and the higher sequence
/// wins. The file is updated after each batch is flushed (a process crash loses nothing the OS has) and fsynced at
/// checkpoints.
/// </summary>
internal sealed class SinkProgressFile : IDisposable
{
    private const int SlotBytes = 32;

    private readonly FileStream stream;
    private readonly byte[] slot = new byte[SlotBytes];
    private long sequence;

    private SinkProgressFile(FileStream stream, long sequence)
    {
        this.stream = stream;
        this.sequence = sequence;
    }

    /// <summary>The path of the progress file of data file <paramref name="dataPath"/>.</summary>
    public static string PathOf(string dataPath) => dataPath + ".progress";

    /// <summary>Opens (or creates) the progress file; <paramref name="fresh"/> discards what it held.</summary>
    public static SinkProgressFile Open(string path, bool fresh, out SinkProgress progress)
    {
        var stream = new FileStream(path, fresh ? FileMode.Create : FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        progress = default;
        long sequence = 0;
        Span<byte> buffer = stackalloc byte[SlotBytes];
        for (int i = 0; i < 2; i++)
        {
            stream.Position = i * SlotBytes;
            if (stream.Read(buffer) != SlotBytes) continue;
            ulong check = BinaryPrimitives.ReadUInt64LittleEndian(buffer[24..]);
            if (check != StableHash.Hash(buffer[..24])) continue;
            long seq = BinaryPrimitives.ReadInt64LittleEndian(buffer[16..]);
            if (seq <= sequence) continue;
            sequence = seq;
            progress = new SinkProgress(BinaryPrimitives.ReadInt64LittleEndian(buffer), BinaryPrimitives.ReadInt64LittleEndian(buffer[8..]));
        }
        return new SinkProgressFile(stream, sequence);
    }

    /// <summary>Records <paramref name="progress"/> in the older slot (not fsynced: see <see cref="Sync"/>).</summary>
    public void Write(SinkProgress progress)
    {
        sequence++;
        var span = slot.AsSpan();
        BinaryPrimitives.WriteInt64LittleEndian(span, progress.Transaction);
        BinaryPrimitives.WriteInt64LittleEndian(span[8..], progress.Bytes);
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], sequence);
        BinaryPrimitives.WriteUInt64LittleEndian(span[24..], StableHash.Hash(span[..24]));
        stream.Position = (sequence & 1) * SlotBytes;
        stream.Write(slot);
    }

    /// <summary>Makes the progress durable.</summary>
    public void Sync() => stream.Flush(flushToDisk: true);

    /// <inheritdoc/>
    public void Dispose() => stream.Dispose();
}
