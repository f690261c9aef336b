using System.Buffers.Binary;
using System.Globalization;
using Sql2Dbsp.Connectors.FaultTolerance;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>One frame read back from a <see cref="FrameFile"/>.</summary>
/// <param name="Key">The frame's number (a step for the journal, an entry for the ingress log).</param>
/// <param name="Index">Its position in the file (0 for the first frame).</param>
/// <param name="Offset">Its byte offset in the file.</param>
/// <param name="Payload">The payload (its checksum verified).</param>
internal readonly record struct Frame(long Key, int Index, long Offset, ReadOnlyMemory<byte> Payload);

/// <summary>
/// The framing shared by the journal and the ingress log: an 8-byte magic, then frames
/// <c>[payload length: u32][key: i64][payload checksum: u64][header checksum: u32][payload]</c> (little-endian; the
/// checksums are <see cref="StableHash"/>es, the header's of its first 20 bytes, truncated to 32 bits).
/// </summary>
/// <remarks>
/// Frames are appended and fsynced one (or one group) at a time, so a crash can only tear the frames being appended,
/// which are at the end of the newest file: an incomplete header, an intact header promising more bytes than follow,
/// a last frame failing its checksum, or a zero-filled tail (a file system that extended the file before the data
/// reached the disk). Anything else — a bad header or a bad payload with bytes after it, damage in an older file — is
/// damage, never taken for a torn tail: the header checksum is what tells a damaged length from a torn write.
/// </remarks>
internal static class FrameFile
{
    /// <summary>The size of a frame header.</summary>
    public const int HeaderSize = 24;

    private const int MaxPayload = 1 << 30;

    /// <summary>Writes the header of a frame holding <paramref name="payload"/> into <paramref name="header"/>.</summary>
    public static void WriteHeader(Span<byte> header, long key, ReadOnlySpan<byte> payload)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(header, (uint)payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(header[4..], key);
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], StableHash.Hash(payload));
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], (uint)StableHash.Hash(header[..20]));
    }

    /// <summary>Appends one frame to <paramref name="stream"/> (not flushed).</summary>
    public static void Write(Stream stream, long key, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        WriteHeader(header, key, payload);
        stream.Write(header);
        stream.Write(payload);
    }

    /// <summary>Creates (or truncates) a file holding only the magic, fsynced together with its directory.</summary>
    public static FileStream Create(string path, ReadOnlySpan<byte> magic)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        stream.Write(magic);
        stream.Flush(flushToDisk: true);
        FileSync.Directory(Path.GetDirectoryName(path)!);
        return stream;
    }

    /// <summary>
    /// Reads the frames of a file. A torn tail is allowed only when <paramref name="lastFile"/> is set: it is described
    /// in <paramref name="tornTail"/> and the length of the intact prefix returned in <paramref name="validLength"/>
    /// (the caller cuts it off). <paramref name="keyName"/> and <paramref name="nextKey"/> (the key the first frame
    /// should have) name frames in messages.
    /// </summary>
    /// <exception cref="CheckpointCorruptException">The file is damaged (named with the frame, its offset and its key).</exception>
    public static List<Frame> Read(string path, ReadOnlySpan<byte> magic, bool lastFile, string keyName, long nextKey, out long validLength, out string? tornTail)
    {
        tornTail = null;
        var bytes = File.ReadAllBytes(path);
        var frames = new List<Frame>();
        if (bytes.Length < magic.Length || !bytes.AsSpan(0, magic.Length).SequenceEqual(magic))
        {
            // A crash right after the file was created leaves a prefix of the magic (or zeros); anything else is not ours.
            bool torn = bytes.Length < magic.Length && (magic.StartsWith(bytes) || bytes.AsSpan().IndexOfAnyExcept((byte)0) < 0);
            if (!torn || !lastFile)
                throw new CheckpointCorruptException($"{path}: the file header is damaged (expected '{System.Text.Encoding.ASCII.GetString(magic)}')");
            tornTail = $"{path}: the file header is incomplete";
            validLength = 0;
            return frames;
        }
        long pos = magic.Length;
        while (pos < bytes.Length)
        {
            var at = bytes.AsSpan((int)pos);
            string which = $"frame {frames.Count + 1} at offset {pos}";
            string where = $"{keyName} {(frames.Count > 0 ? frames[^1].Key + 1 : nextKey)} by its place";
            if (at.Length < HeaderSize)
            {
                if (lastFile) return Torn(path, pos, $"incomplete record header at offset {pos}", out validLength, out tornTail, frames);
                throw new CheckpointCorruptException($"{path}: {which} ({where}) has an incomplete header, but only the last file may end with a record torn by a crash");
            }
            uint length = BinaryPrimitives.ReadUInt32LittleEndian(at);
            long key = BinaryPrimitives.ReadInt64LittleEndian(at[4..]);
            ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(at[12..]);
            bool headerOk = BinaryPrimitives.ReadUInt32LittleEndian(at[20..]) == (uint)StableHash.Hash(at[..20]) && length <= MaxPayload;
            if (!headerOk)
            {
                if (lastFile && at.IndexOfAnyExcept((byte)0) < 0) return Torn(path, pos, $"a zero-filled tail at offset {pos}", out validLength, out tornTail, frames);
                throw new CheckpointCorruptException($"{path}: {which} ({where}) has a damaged header; the file is damaged before its end, so this is not a record torn by a crash");
            }
            if (at.Length - HeaderSize < length)
            {
                if (lastFile) return Torn(path, pos, $"incomplete record at offset {pos} ({keyName} {key})", out validLength, out tornTail, frames);
                throw new CheckpointCorruptException($"{path}: {which} ({keyName} {key}) is incomplete, but only the last file may end with a record torn by a crash");
            }
            var payload = bytes.AsMemory((int)pos + HeaderSize, (int)length);
            if (StableHash.Hash(payload.Span) != checksum)
            {
                bool atEnd = pos + HeaderSize + length == bytes.Length;
                if (lastFile && atEnd) return Torn(path, pos, $"the last record at offset {pos} ({keyName} {key}) fails its checksum", out validLength, out tornTail, frames);
                throw new CheckpointCorruptException(
                    $"{path}: {which} ({keyName} {key}) fails its checksum " +
                    (atEnd ? "(only the last file may end with a record torn by a crash)" : "and is followed by more records, so it is damaged, not torn by a crash"));
            }
            frames.Add(new Frame(key, frames.Count, pos, payload));
            pos += HeaderSize + length;
        }
        validLength = pos;
        return frames;
    }

    private static List<Frame> Torn(string path, long pos, string problem, out long validLength, out string? tornTail, List<Frame> frames)
    {
        validLength = pos;
        tornTail = $"{path}: {problem}";
        return frames;
    }

    /// <summary>The files <c>PREFIX&lt;number&gt;SUFFIX</c> of a directory, by number.</summary>
    public static List<(long Base, string Path)> Files(string directory, string prefix, string suffix)
    {
        var files = new List<(long, string)>();
        foreach (string path in Directory.EnumerateFiles(directory, prefix + "*" + suffix))
        {
            string name = Path.GetFileName(path);
            if (long.TryParse(name.AsSpan(prefix.Length, name.Length - prefix.Length - suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long number))
                files.Add((number, path));
        }
        files.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return files;
    }

    /// <summary>
    /// Reads a chain of files from <paramref name="first"/> on: the file named after N holds frames with keys N+1,
    /// N+2, … and ends where the next file starts; only the last frame of the last file may be torn (it is cut off and
    /// described in the result). Each frame goes to <paramref name="onFrame"/> with its file.
    /// </summary>
    /// <exception cref="CheckpointCorruptException">A file is damaged, keys are missing or out of order (named).</exception>
    public static string? ReadChain(List<(long Base, string Path)> files, int first, ReadOnlySpan<byte> magic, string keyName, Action<Frame, string> onFrame)
    {
        string? tornTail = null;
        for (int i = first; i < files.Count; i++)
        {
            var (fileBase, path) = files[i];
            bool last = i == files.Count - 1;
            var frames = Read(path, magic, last, keyName, fileBase + 1, out long valid, out string? torn);
            long expected = fileBase + 1;
            foreach (var frame in frames)
            {
                if (frame.Key != expected)
                    throw new CheckpointCorruptException(
                        $"{path}: frame {frame.Index + 1} at offset {frame.Offset} holds {keyName} {frame.Key}, but {keyName} {expected} comes next: " +
                        (frame.Key > expected ? $"{keyName}s {expected} to {frame.Key - 1} are missing" : "the file is out of order"));
                onFrame(frame, path);
                expected++;
            }
            if (!last && files[i + 1].Base != expected - 1)
                throw new CheckpointCorruptException(
                    $"{path} ends at {keyName} {expected - 1}, but the next file, {Path.GetFileName(files[i + 1].Path)}, starts after {keyName} {files[i + 1].Base}: " +
                    (files[i + 1].Base > expected - 1 ? $"{keyName}s {expected} to {files[i + 1].Base} are missing" : "the files overlap"));
            if (torn is null) continue;
            tornTail = $"{torn}; the {new FileInfo(path).Length - valid} bytes from offset {valid} were cut off";
            Cut(path, valid, magic);
        }
        return tornTail;
    }

    /// <summary>Deletes every file <c>PREFIX&lt;number&gt;SUFFIX</c> of a directory (a fresh start, or a log made stale).</summary>
    public static void DeleteAll(string directory, string prefix, string suffix)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var (_, path) in Files(directory, prefix, suffix)) File.Delete(path);
    }

    /// <summary>Deletes the files holding only keys up to <paramref name="keepAfter"/> (a file ends where the next one starts).</summary>
    public static void DeleteBefore(List<(long Base, string Path)> files, long keepAfter)
    {
        for (int i = 0; i + 1 < files.Count; i++)
            if (files[i + 1].Base <= keepAfter) TryDelete(files[i].Path);
    }

    /// <summary>Deletes a file; one that cannot be deleted now is deleted at a later rotation.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Only read for keys a newer checkpoint covers; the next rotation tries again.
        }
    }

    /// <summary>Cuts a file back to its intact prefix (writing the magic again when the header itself was torn).</summary>
    public static void Cut(string path, long validLength, ReadOnlySpan<byte> magic)
    {
        using var cut = new FileStream(path, FileMode.Open, FileAccess.Write);
        cut.SetLength(validLength);
        if (validLength == 0) cut.Write(magic);
        cut.Flush(flushToDisk: true);
    }
}
