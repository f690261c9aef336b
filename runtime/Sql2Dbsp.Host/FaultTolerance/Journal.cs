using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using Sql2Dbsp.Connectors.FaultTolerance;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// The exactly-once journal: append-only files <c>journal-&lt;step&gt;.log</c> in the storage directory, one record per
/// step, each fsynced before the step's output is released. A file named after step S holds the steps after the
/// checkpoint at step S; a checkpoint starts a new file, and files that no retained checkpoint needs are deleted.
/// </summary>
/// <remarks>
/// File layout: the 8-byte magic <c>S2DJRNL1</c>, then frames <c>[payload length: u32][checksum: u64][payload]</c>
/// (little-endian; the checksum is the <see cref="StableHash"/> of the payload). A crash in the middle of an append
/// leaves a torn last frame: opening the journal ignores it and cuts the file back to the last whole frame. Payload:
/// step, transaction, input count, and per input the endpoint, table, positions before and after (JSON), record
/// count, hash, and the records when journaled (see <see cref="JournalInput"/>), in <see cref="StateWriter"/> encoding.
/// </remarks>
internal sealed class Journal : IDisposable
{
    private const string Prefix = "journal-";
    private const string Suffix = ".log";
    private const int FrameHeader = 12;
    private const int MaxPayload = 1 << 30;
    private static ReadOnlySpan<byte> Magic => "S2DJRNL1"u8;

    private readonly string directory;
    private readonly MemoryStream payload = new();
    private FileStream file;

    private Journal(string directory, FileStream file)
    {
        this.directory = directory;
        this.file = file;
    }

    /// <summary>The file being appended to.</summary>
    public string CurrentFile => file.Name;

    /// <summary>
    /// Opens the journal of <paramref name="directory"/>: reads the records of the steps after
    /// <paramref name="afterStep"/> (the checkpoint resumed from; 0 for a fresh start, which discards any old journal),
    /// cuts off a torn tail, and prepares to append.
    /// </summary>
    /// <param name="directory">The storage directory.</param>
    /// <param name="afterStep">The step of the checkpoint the pipeline resumes from.</param>
    /// <param name="fresh">No checkpoint: delete every journal file and start an empty one.</param>
    /// <param name="records">The journaled steps after <paramref name="afterStep"/>, in order.</param>
    /// <param name="tornTail">A description of the torn tail that was cut off, if any.</param>
    /// <exception cref="CheckpointCorruptException">A journal file is damaged before its last frame, or steps are missing.</exception>
    public static Journal Open(string directory, long afterStep, bool fresh, out List<JournalRecord> records, out string? tornTail)
    {
        Directory.CreateDirectory(directory);
        records = [];
        tornTail = null;
        var files = Files(directory);
        if (fresh)
        {
            foreach (var (_, path) in files) File.Delete(path);
            files.Clear();
        }
        for (int i = 0; i < files.Count; i++)
        {
            bool last = i == files.Count - 1;
            long valid = Read(files[i].Path, records, afterStep, out string? problem);
            if (problem is null) continue;
            if (!last) throw new CheckpointCorruptException($"{files[i].Path}: {problem} (only the last journal file may end with a torn record)");
            tornTail = $"{files[i].Path}: {problem}; the {new FileInfo(files[i].Path).Length - valid} bytes from offset {valid} were cut off";
            using var cut = new FileStream(files[i].Path, FileMode.Open, FileAccess.Write);
            cut.SetLength(valid);
            cut.Flush(flushToDisk: true);
        }
        for (int i = 1; i < records.Count; i++)
            if (records[i].Step != records[i - 1].Step + 1)
                throw new CheckpointCorruptException($"the journal in '{directory}' skips from step {records[i - 1].Step} to step {records[i].Step}");
        if (records.Count > 0 && records[0].Step != afterStep + 1)
            throw new CheckpointCorruptException($"the journal in '{directory}' starts at step {records[0].Step}, but the checkpoint is at step {afterStep}");
        var stream = files.Count > 0
            ? new FileStream(files[^1].Path, FileMode.Open, FileAccess.Write, FileShare.Read)
            : Create(directory, afterStep);
        stream.Seek(0, SeekOrigin.End);
        return new Journal(directory, stream);
    }

    /// <summary>
    /// Deletes the journal of <paramref name="directory"/>: a pipeline that continues without journaling (another model)
    /// makes it stale, and a later exactly-once start must not replay it over newer checkpoints.
    /// </summary>
    public static void DeleteAll(string directory)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var (_, path) in Files(directory)) File.Delete(path);
    }

    /// <summary>Appends a step and waits until it is on disk.</summary>
    public void Append(JournalRecord record)
    {
        payload.SetLength(0);
        var writer = new StateWriter(payload);
        try
        {
            writer.WriteVarInt64(record.Step);
            writer.WriteVarInt64(record.Transaction);
            writer.WriteCount(record.Inputs.Length);
            foreach (var input in record.Inputs)
            {
                writer.WriteString(input.Endpoint);
                writer.WriteString(input.Table);
                writer.WriteString(input.From);
                writer.WriteString(input.To);
                writer.WriteVarInt64(input.Records);
                writer.WriteInt64(unchecked((long)input.Hash));
                writer.WriteBool(input.Data is not null);
                if (input.Data is not null) writer.WriteBytes(input.Data);
            }
            writer.Flush();
        }
        finally
        {
            writer.Dispose();
        }
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        Span<byte> header = stackalloc byte[FrameHeader];
        BinaryPrimitives.WriteUInt32LittleEndian(header, (uint)bytes.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[4..], StableHash.Hash(bytes));
        file.Write(header);
        file.Write(bytes);
        file.Flush(flushToDisk: true);
    }

    /// <summary>
    /// A checkpoint at <paramref name="checkpointStep"/> was published: later steps go to a new file, and files holding
    /// only steps up to <paramref name="keepFromStep"/> (the previous checkpoint, kept as a fallback) are deleted.
    /// </summary>
    public void Rotate(long checkpointStep, long keepFromStep)
    {
        file.Flush(flushToDisk: true);
        file.Dispose();
        file = Create(directory, checkpointStep);
        var files = Files(directory);
        for (int i = 0; i + 1 < files.Count; i++)
            if (files[i + 1].Base <= keepFromStep) TryDelete(files[i].Path);
    }

    /// <inheritdoc/>
    public void Dispose() => file.Dispose();

    private static FileStream Create(string directory, long baseStep)
    {
        string path = Path.Combine(directory, Prefix + baseStep.ToString("D12", CultureInfo.InvariantCulture) + Suffix);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        stream.Write(Magic);
        stream.Flush(flushToDisk: true);
        FileSync.Directory(directory);
        return stream;
    }

    private static List<(long Base, string Path)> Files(string directory)
    {
        var files = new List<(long, string)>();
        foreach (string path in Directory.EnumerateFiles(directory, Prefix + "*" + Suffix))
        {
            string name = Path.GetFileName(path);
            if (long.TryParse(name.AsSpan(Prefix.Length, name.Length - Prefix.Length - Suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long step))
                files.Add((step, path));
        }
        files.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return files;
    }

    /// <summary>Reads the whole frames of a file; returns the length of its valid prefix and, when it ends in a bad frame, why.</summary>
    private static long Read(string path, List<JournalRecord> into, long afterStep, out string? problem)
    {
        problem = null;
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            // The header itself was torn (a crash right after the file was created).
            problem = "the file header is incomplete";
            using var fix = new FileStream(path, FileMode.Open, FileAccess.Write);
            fix.SetLength(0);
            fix.Write(Magic);
            fix.Flush(flushToDisk: true);
            return Magic.Length;
        }
        long pos = Magic.Length;
        while (pos < bytes.Length)
        {
            if (bytes.Length - pos < FrameHeader)
            {
                problem = $"incomplete record header at offset {pos}";
                return pos;
            }
            uint length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)pos));
            ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan((int)pos + 4));
            if (length > MaxPayload || bytes.Length - pos - FrameHeader < length)
            {
                problem = $"incomplete record at offset {pos}";
                return pos;
            }
            var body = bytes.AsMemory((int)pos + FrameHeader, (int)length);
            if (StableHash.Hash(body.Span) != checksum)
            {
                problem = $"record at offset {pos} fails its checksum";
                return pos;
            }
            var record = Decode(body, path);
            if (record.Step > afterStep) into.Add(record);
            pos += FrameHeader + length;
        }
        return pos;
    }

    private static JournalRecord Decode(ReadOnlyMemory<byte> body, string path)
    {
        using var stream = new MemoryStream(body.ToArray(), writable: false);
        var reader = new StateReader(stream, body.Length, path);
        try
        {
            long step = reader.ReadVarInt64();
            long transaction = reader.ReadVarInt64();
            int count = reader.ReadCount();
            var inputs = ImmutableArray.CreateBuilder<JournalInput>(count);
            for (int i = 0; i < count; i++)
            {
                string endpoint = reader.ReadString() ?? "";
                string table = reader.ReadString() ?? "";
                string? from = reader.ReadString();
                string? to = reader.ReadString();
                long records = reader.ReadVarInt64();
                ulong hash = unchecked((ulong)reader.ReadInt64());
                byte[]? data = reader.ReadBool() ? reader.ReadBytes() : null;
                inputs.Add(new JournalInput(endpoint, table, from, to, records, hash, data));
            }
            reader.ExpectEnd();
            return new JournalRecord(step, transaction, inputs.MoveToImmutable());
        }
        finally
        {
            reader.Dispose();
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Deleted at the next rotation: an old file is only read for steps a newer checkpoint covers.
        }
    }
}
