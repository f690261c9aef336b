using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.FaultTolerance;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>A batch of HTTP ingress records read back from the <see cref="IngressLog"/>.</summary>
/// <param name="Sequence">Its entry number (1, 2, … over the pipeline's life).</param>
/// <param name="Endpoint">The ingress endpoint that queued it.</param>
/// <param name="Table">The table it is for.</param>
/// <param name="Records">The number of records.</param>
/// <param name="Data">The records in <see cref="RecordCodec"/> encoding.</param>
/// <param name="JournaledThrough">The last step whose journal record was on disk when the entry was appended.</param>
internal sealed record IngressEntry(long Sequence, string Endpoint, string Table, long Records, ReadOnlyMemory<byte> Data, long JournaledThrough);

/// <summary>The ingress log entry that saw the most steps journaled: the journal must reach <paramref name="Step"/>.</summary>
/// <param name="Step">The entry's <see cref="IngressEntry.JournaledThrough"/>.</param>
/// <param name="Entry">The entry.</param>
/// <param name="Path">The file holding it.</param>
internal sealed record JournalWitness(long Step, long Entry, string Path);

/// <summary>
/// The durable log of HTTP ingress under exactly-once: every batch a request queues is appended here first (in memory),
/// and made durable by the step that takes it: before the step's journal record, which names it, is written, the log is
/// fsynced through it (while the step computes), so one fsync covers every request a step takes. A request is answered
/// only after that step, so what is acknowledged is on disk.
/// </summary>
/// <remarks>
/// Files <c>ingress-&lt;n&gt;.log</c> (<see cref="FrameFile"/> framing, magic <c>S2DINGR2</c>, the entry number as the key);
/// the file named after n holds entries n+1, n+2, …; payload: endpoint, table, record count, the last step journaled
/// when the entry was appended (<see cref="JournaledThrough"/>), records. A checkpoint starts a new file; files whose entries every retained
/// checkpoint has consumed are deleted. The journal does not copy these records: a journaled step names, per ingress
/// endpoint, the entries it took (positions <c>{"entry": n}</c>), and a restart reads them from here. Entries that are
/// on disk but that no journaled step names (a crash between the two fsyncs, or entries a checkpoint wrote while they
/// were queued) were never acknowledged; a restart applies them in a step of their own.
/// </remarks>
internal sealed class IngressLog : IDisposable
{
    private const string Prefix = "ingress-";
    private const string Suffix = ".log";
    private static ReadOnlySpan<byte> Magic => "S2DINGR2"u8;

    private readonly string directory;
    private readonly object gate = new();
    private readonly object fileGate = new();
    private readonly SortedSet<long> outstanding = [];
    private MemoryStream pending = new();
    private MemoryStream spare = new();
    private FileStream file;
    private long fileBase;
    private long appended;
    private long durable;
    private long fsyncs;
    private long journaledThrough;
    private Exception? failure;

    private IngressLog(string directory, FileStream file, long fileBase, long appended)
    {
        this.directory = directory;
        this.file = file;
        this.fileBase = fileBase;
        this.appended = durable = appended;
    }

    /// <summary>
    /// The last step whose journal record is on disk (set by the controller after each step); every entry appended
    /// records it, so the log witnesses how far the journal reached (<see cref="Witness"/>).
    /// </summary>
    public long JournaledThrough
    {
        get => Volatile.Read(ref journaledThrough);
        set => Volatile.Write(ref journaledThrough, value);
    }

    /// <summary>
    /// Read at <see cref="Open"/>: the entry that saw the most steps journaled (null when none saw any). A journal ending
    /// before its step lost records at its end: frames cut off, or a newest file deleted.
    /// </summary>
    public JournalWitness? Witness { get; private init; }

    /// <summary>The fsyncs so far (each makes one group of entries durable).</summary>
    public long Fsyncs => Interlocked.Read(ref fsyncs);

    /// <summary>The last entry appended (durable or not).</summary>
    public long Appended
    {
        get
        {
            lock (gate) return appended;
        }
    }

    /// <summary>The last entry on disk.</summary>
    public long Durable
    {
        get
        {
            lock (gate) return durable;
        }
    }

    /// <summary>
    /// Opens the log of <paramref name="directory"/> and reads the entries after <paramref name="consumedThrough"/>
    /// (every entry up to it was consumed by a step the checkpoint covers). A fresh start discards any old log.
    /// </summary>
    /// <param name="directory">The storage directory.</param>
    /// <param name="fresh">No checkpoint: delete the log and start an empty one.</param>
    /// <param name="consumedThrough">Entries up to this one are covered by the checkpoint.</param>
    /// <param name="loggedThrough">The last entry the checkpoint knew to be on disk: the log must reach it.</param>
    /// <param name="checkpointHasLog">The checkpoint was written under exactly-once, so the file it started (named after
    /// <paramref name="loggedThrough"/>) must exist.</param>
    /// <param name="entries">The entries after <paramref name="consumedThrough"/>, in order; all of them count as not yet consumed.</param>
    /// <param name="tornTail">A torn last entry that was cut off (a request that was never acknowledged), if any.</param>
    /// <exception cref="CheckpointCorruptException">The log is damaged or entries are missing (named).</exception>
    public static IngressLog Open(string directory, bool fresh, long consumedThrough, long loggedThrough, bool checkpointHasLog, out List<IngressEntry> entries, out string? tornTail)
    {
        Directory.CreateDirectory(directory);
        var list = entries = [];
        if (fresh) FrameFile.DeleteAll(directory, Prefix, Suffix);
        var files = FrameFile.Files(directory, Prefix, Suffix);
        // A checkpoint starts the file named after its last entry on disk before it is published (or goes on with that
        // file), and retention never deletes it while the checkpoint is kept: missing, it was deleted. Without this, a
        // deleted newest file whose entries only the newest journal record names would pass for a crash (see Journal).
        if (!fresh && checkpointHasLog && files.FindIndex(f => f.Base == loggedThrough) < 0)
            throw new CheckpointCorruptException(
                $"the ingress log file {PathOf(directory, loggedThrough)}, which the checkpoint started, is missing: it was deleted, and acknowledged " +
                "ingress records are missing");
        // The file holding entry consumedThrough + 1 is the last one named at or before consumedThrough.
        int first = files.FindLastIndex(f => f.Base <= consumedThrough);
        if (first < 0 && files.Count > 0 && files[0].Base > consumedThrough)
            throw new CheckpointCorruptException(
                $"the ingress log in '{directory}' starts after entry {files[0].Base} ({Path.GetFileName(files[0].Path)}), but the checkpoint needs the entries after " +
                $"{consumedThrough}: acknowledged ingress records are missing");
        long last = files.Count > 0 ? files[^1].Base : 0;
        JournalWitness? witness = null;
        tornTail = FrameFile.ReadChain(files, Math.Max(first, 0), Magic, "entry", (frame, path) =>
        {
            last = frame.Key;
            var entry = Decode(frame, path);
            if (entry.JournaledThrough > (witness?.Step ?? 0)) witness = new JournalWitness(entry.JournaledThrough, entry.Sequence, path);
            if (frame.Key > consumedThrough) list.Add(entry);
        });
        if (last < loggedThrough)
            throw new CheckpointCorruptException(
                $"the ingress log in '{directory}' ends at entry {last}, but the checkpoint says entries up to {loggedThrough} were on disk: acknowledged " +
                $"ingress records are missing (a deleted file or records cut off){(files.Count > 0 ? $"; the newest file is {files[^1].Path}" : "")}");
        var stream = files.Count > 0
            ? new FileStream(files[^1].Path, FileMode.Open, FileAccess.Write, FileShare.Read)
            : FrameFile.Create(PathOf(directory, last), Magic);
        stream.Seek(0, SeekOrigin.End);
        var log = new IngressLog(directory, stream, files.Count > 0 ? files[^1].Base : last, last) { Witness = witness };
        foreach (var entry in list) log.outstanding.Add(entry.Sequence);
        return log;
    }

    /// <summary>
    /// Appends a batch of <paramref name="endpoint"/> (in memory until the next fsync) and hands it to
    /// <paramref name="queue"/> with its entry number and the hash of its records' encoding, under the log's lock, so
    /// that an endpoint's queue holds its batches in log order (a journaled step names a range of them).
    /// </summary>
    /// <exception cref="IOException">An earlier fsync failed: the log takes nothing more.</exception>
    public void Append(string endpoint, string table, ChangeBuffer batch, Action<long, ulong> queue)
    {
        using var records = new MemoryStream();
        var writer = new StateWriter(records);
        try
        {
            RecordCodec.WriteRecords(ref writer, batch);
            writer.Flush();
        }
        finally
        {
            writer.Dispose();
        }
        var data = records.GetBuffer().AsSpan(0, (int)records.Length);
        ulong hash = StableHash.Hash(data);
        using var payload = new MemoryStream(data.Length + 64);
        writer = new StateWriter(payload);
        try
        {
            writer.WriteString(endpoint);
            writer.WriteString(table);
            writer.WriteVarInt64(batch.Count);
            writer.WriteVarInt64(JournaledThrough);
            writer.WriteBytes(data);
            writer.Flush();
        }
        finally
        {
            writer.Dispose();
        }
        lock (gate)
        {
            if (failure is not null) throw new IOException($"the ingress log in '{directory}' cannot be written: {failure.Message}", failure);
            long sequence = ++appended;
            FrameFile.Write(pending, sequence, payload.GetBuffer().AsSpan(0, (int)payload.Length));
            outstanding.Add(sequence);
            queue(sequence, hash);
        }
    }

    /// <summary>
    /// Returns once every entry up to <paramref name="sequence"/> is on disk. An fsync covers everything appended before
    /// it started; callers arriving while one runs wait for it and find their entries covered, or start the next.
    /// </summary>
    /// <exception cref="IOException">The log cannot be written (it then takes nothing more).</exception>
    public void FlushThrough(long sequence)
    {
        lock (fileGate)
        {
            lock (gate)
                if (durable >= sequence) return;
            FlushOnce();
        }
    }

    /// <summary>A step took entry <paramref name="sequence"/> (circuit thread).</summary>
    public void Consumed(long sequence)
    {
        lock (gate) outstanding.Remove(sequence);
    }

    /// <summary>Every entry up to this one has been taken by a step.</summary>
    public long ConsumedThrough
    {
        get
        {
            lock (gate) return outstanding.Count > 0 ? outstanding.Min - 1 : appended;
        }
    }

    /// <summary>
    /// At a checkpoint (circuit thread), before it is published: makes everything appended durable and starts a new
    /// file. Returns the last entry on disk, which the checkpoint records (the log must reach it on restart).
    /// </summary>
    public long Rotate()
    {
        lock (fileGate)
        {
            FlushOnce();
            long through;
            lock (gate) through = durable;
            if (through != fileBase)
            {
                var next = FrameFile.Create(PathOf(directory, through), Magic);
                file.Dispose();
                (file, fileBase) = (next, through);
            }
            return through;
        }
    }

    /// <summary>After a checkpoint is published: deletes the files whose entries were all consumed as of <paramref name="keepAfter"/> (the previous checkpoint, the fallback).</summary>
    public void DeleteConsumed(long keepAfter) => FrameFile.DeleteBefore(FrameFile.Files(directory, Prefix, Suffix), keepAfter);

    /// <summary>Deletes the log of <paramref name="directory"/> (a pipeline that continues under another model).</summary>
    public static void DeleteAll(string directory) => FrameFile.DeleteAll(directory, Prefix, Suffix);

    /// <summary>Writes what is pending and closes the file.</summary>
    public void Dispose()
    {
        lock (fileGate)
        {
            try
            {
                FlushOnce();
            }
            catch (IOException)
            {
                // The step that took them failed with it; nothing that is not on disk was acknowledged.
            }
            file.Dispose();
        }
    }

    private static string PathOf(string directory, long entry) =>
        Path.Combine(directory, Prefix + entry.ToString("D12", System.Globalization.CultureInfo.InvariantCulture) + Suffix);

    /// <summary>Writes the pending entries and fsyncs them. Holds <see cref="fileGate"/>.</summary>
    private void FlushOnce()
    {
        MemoryStream batch;
        long target;
        lock (gate)
        {
            if (failure is not null) throw new IOException($"the ingress log in '{directory}' cannot be written: {failure.Message}", failure);
            if (durable == appended) return;
            (batch, pending, spare) = (pending, spare, pending);
            target = appended;
        }
        try
        {
            file.Write(batch.GetBuffer().AsSpan(0, (int)batch.Length));
            file.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Nothing that is not on disk is acknowledged: the step that took it fails, and so does the pipeline.
            lock (gate) failure = e;
            throw new IOException($"the ingress log in '{directory}' cannot be written: {e.Message}", e);
        }
        finally
        {
            batch.SetLength(0);
        }
        Interlocked.Increment(ref fsyncs);
        lock (gate) durable = target;
    }

    private static IngressEntry Decode(Frame frame, string path)
    {
        using var stream = new MemoryStream(frame.Payload.ToArray(), writable: false);
        var reader = new StateReader(stream, frame.Payload.Length, $"{path} entry {frame.Key}");
        try
        {
            string endpoint = reader.ReadString() ?? "";
            string table = reader.ReadString() ?? "";
            long records = reader.ReadVarInt64();
            long journaledThrough = reader.ReadVarInt64();
            byte[] data = reader.ReadBytes();
            reader.ExpectEnd();
            return new IngressEntry(frame.Key, endpoint, table, records, data, journaledThrough);
        }
        finally
        {
            reader.Dispose();
        }
    }
}
