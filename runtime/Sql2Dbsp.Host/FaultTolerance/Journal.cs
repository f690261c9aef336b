using System.Collections.Immutable;
using System.Globalization;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// The exactly-once journal: append-only files <c>journal-&lt;step&gt;.log</c> in the storage directory, one record per
/// step, each fsynced before the step's output is released. A file named after step S holds the steps after the
/// checkpoint at step S; a checkpoint creates its file before it is published, and files that no retained checkpoint
/// needs are deleted after.
/// </summary>
/// <remarks>
/// Framing: <see cref="FrameFile"/> with the magic <c>S2DJRNL3</c>, the step as each frame's key. Payload: step,
/// transaction, the ingress log's last durable entry (<see cref="JournalRecord.IngressDurable"/>), input count, and per
/// input the endpoint, table, positions before and after (JSON), record count, hash, and the records when journaled (see <see cref="JournalInput"/>), in <see cref="StateWriter"/> encoding. Opening checks
/// that the files form a chain (the file of the checkpoint exists; each file holds consecutive steps starting right
/// after the step it is named after, and ends where the next file starts) and that only the very last frame is torn.
/// </remarks>
internal sealed class Journal : IDisposable
{
    private const string Prefix = "journal-";
    private const string Suffix = ".log";
    private static ReadOnlySpan<byte> Magic => "S2DJRNL3"u8;

    private readonly string directory;
    private readonly MemoryStream payload = new();
    private FileStream file;
    private long fileBase;
    private (long Base, FileStream File)? next;
    private long lastFrameAt = -1;

    private Journal(string directory, FileStream file, long fileBase)
    {
        this.directory = directory;
        this.file = file;
        this.fileBase = fileBase;
    }

    /// <summary>The file being appended to.</summary>
    public string CurrentFile => file.Name;

    /// <summary>The path of the journal file named after <paramref name="step"/>.</summary>
    public static string PathOf(string directory, long step) =>
        Path.Combine(directory, Prefix + step.ToString("D12", CultureInfo.InvariantCulture) + Suffix);

    /// <summary>
    /// Opens the journal of <paramref name="directory"/>: reads the records of the steps after
    /// <paramref name="afterStep"/> (the checkpoint resumed from; a fresh start discards any old journal), checks that
    /// nothing is missing or damaged, cuts off a torn tail, and prepares to append.
    /// </summary>
    /// <param name="directory">The storage directory.</param>
    /// <param name="afterStep">The step of the checkpoint the pipeline resumes from.</param>
    /// <param name="fresh">No checkpoint: delete every journal file and start an empty one.</param>
    /// <param name="checkpointHasJournal">The checkpoint was written under exactly-once, so its journal file must exist.</param>
    /// <param name="records">The journaled steps after <paramref name="afterStep"/>, in order.</param>
    /// <param name="tornTail">A description of the torn tail that was cut off, if any.</param>
    /// <exception cref="CheckpointCorruptException">A journal file is damaged before its last frame, missing, or steps are missing.</exception>
    public static Journal Open(string directory, long afterStep, bool fresh, bool checkpointHasJournal, out List<JournalRecord> records, out string? tornTail)
    {
        Directory.CreateDirectory(directory);
        var list = records = [];
        if (fresh) FrameFile.DeleteAll(directory, Prefix, Suffix);
        var files = FrameFile.Files(directory, Prefix, Suffix);
        // Older files hold steps the checkpoint covers (kept for the previous checkpoint, the fallback).
        int first = files.FindIndex(f => f.Base >= afterStep);
        if (first < 0) first = files.Count;
        if (first < files.Count && files[first].Base != afterStep)
            throw new CheckpointCorruptException(
                $"the journal in '{directory}' has no file for the checkpoint at step {afterStep} ({Path.GetFileName(PathOf(directory, afterStep))}), " +
                $"but has {Path.GetFileName(files[first].Path)}: steps after the checkpoint are missing");
        if (first == files.Count && checkpointHasJournal)
            throw new CheckpointCorruptException(
                $"the journal file {PathOf(directory, afterStep)} of the checkpoint at step {afterStep} is missing: it was deleted, " +
                "and the steps it held after the checkpoint cannot be repeated exactly once");
        long lastFrameAt = -1;
        tornTail = FrameFile.ReadChain(files, first, Magic, "step", (frame, path) =>
        {
            var record = Decode(frame.Payload, path);
            if (record.Step != frame.Key)
                throw new CheckpointCorruptException($"{path}: frame {frame.Index + 1} at offset {frame.Offset} holds step {record.Step}, but its header says step {frame.Key}");
            list.Add(record);
            lastFrameAt = path == files[^1].Path ? frame.Offset : -1;
        });
        var stream = first < files.Count
            ? new FileStream(files[^1].Path, FileMode.Open, FileAccess.Write, FileShare.Read)
            : FrameFile.Create(PathOf(directory, afterStep), Magic);
        stream.Seek(0, SeekOrigin.End);
        return new Journal(directory, stream, first < files.Count ? files[^1].Base : afterStep) { lastFrameAt = lastFrameAt };
    }

    /// <summary>True when the last record read or appended is in the file being appended to, so <see cref="RemoveLast"/> can cut it.</summary>
    public bool CanRemoveLast => lastFrameAt >= 0;

    /// <summary>
    /// Deletes the journal of <paramref name="directory"/>: a pipeline that continues without journaling (another model)
    /// makes it stale, and a later exactly-once start must not replay it over newer checkpoints.
    /// </summary>
    public static void DeleteAll(string directory) => FrameFile.DeleteAll(directory, Prefix, Suffix);

    /// <summary>
    /// Appends a step and waits until it is on disk. The record describes the step's input only, so it may be written
    /// while the step computes (another thread); the step's output is released once both are done.
    /// </summary>
    public void Append(JournalRecord record)
    {
        payload.SetLength(0);
        var writer = new StateWriter(payload);
        try
        {
            writer.WriteVarInt64(record.Step);
            writer.WriteVarInt64(record.Transaction);
            writer.WriteVarInt64(record.IngressDurable);
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
        lastFrameAt = file.Position;
        FrameFile.Write(file, record.Step, payload.GetBuffer().AsSpan(0, (int)payload.Length));
        file.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Cuts off the last record (<see cref="CanRemoveLast"/>) of a step whose output was never released: a step that
    /// failed (a restart must not repeat it; it applies the step's input again, in new steps), or, at a restart, the
    /// newest record whose ingress entries a crash kept from the disk.
    /// </summary>
    public void RemoveLast()
    {
        if (lastFrameAt < 0) return;
        file.SetLength(lastFrameAt);
        file.Seek(0, SeekOrigin.End);
        file.Flush(flushToDisk: true);
        lastFrameAt = -1;
    }

    /// <summary>
    /// Before a checkpoint at <paramref name="checkpointStep"/> is published: creates the file of the steps after it, so
    /// that a published checkpoint always has its journal file (a missing one is damage, not a crash).
    /// </summary>
    public void PrepareRotation(long checkpointStep)
    {
        AbandonRotation();
        // No step since the file's checkpoint: the same file serves the new checkpoint.
        if (checkpointStep == fileBase) return;
        next = (checkpointStep, FrameFile.Create(PathOf(directory, checkpointStep), Magic));
    }

    /// <summary>The checkpoint was not published: the file prepared for it goes.</summary>
    public void AbandonRotation()
    {
        if (next is not { } prepared) return;
        next = null;
        string path = prepared.File.Name;
        prepared.File.Dispose();
        FrameFile.TryDelete(path);
    }

    /// <summary>
    /// The checkpoint was published: later steps go to its file (<see cref="PrepareRotation"/>), and files holding only
    /// steps up to <paramref name="keepFromStep"/> (the previous checkpoint, kept as a fallback) are deleted.
    /// </summary>
    public void Rotate(long keepFromStep)
    {
        if (next is { } prepared)
        {
            next = null;
            file.Flush(flushToDisk: true);
            file.Dispose();
            (fileBase, file) = prepared;
            lastFrameAt = -1;
        }
        FrameFile.DeleteBefore(FrameFile.Files(directory, Prefix, Suffix), keepFromStep);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        next?.File.Dispose();
        file.Dispose();
    }

    private static JournalRecord Decode(ReadOnlyMemory<byte> body, string path)
    {
        using var stream = new MemoryStream(body.ToArray(), writable: false);
        var reader = new StateReader(stream, body.Length, path);
        try
        {
            long step = reader.ReadVarInt64();
            long transaction = reader.ReadVarInt64();
            long ingressDurable = reader.ReadVarInt64();
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
            return new JournalRecord(step, transaction, inputs.MoveToImmutable(), ingressDurable);
        }
        finally
        {
            reader.Dispose();
        }
    }
}
