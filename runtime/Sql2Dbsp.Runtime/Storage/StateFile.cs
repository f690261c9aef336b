using System.Security.Cryptography;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// One state file of a checkpoint: a header (magic, format version, the state's id), the state, and a trailer with
/// the SHA-256 of everything before it. The manifest records the size and the checksum too, so truncation,
/// corruption and a file swapped from another checkpoint are all detected before anything is decoded.
/// </summary>
internal static class StateFile
{
    /// <summary>Bump when the layout of any state changes; older files are then refused with a clear error.</summary>
    public const int FormatVersion = 1;

    private static ReadOnlySpan<byte> Magic => "S2DBSTAT"u8;
    private const int ChecksumBytes = 32;

    /// <summary>Writes and fsyncs the file; returns its size and checksum (hex).</summary>
    public static (long Bytes, string Sha256) Write(string path, string id, IOperatorState state)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        var writer = new StateWriter(file, hash);
        try
        {
            writer.WriteRaw(Magic);
            writer.WriteInt32(FormatVersion);
            writer.WriteString(id);
            state.Save(ref writer);
            writer.Flush();
        }
        finally
        {
            writer.Dispose();
        }
        var checksum = hash.GetHashAndReset();
        file.Write(checksum);
        file.Flush(flushToDisk: true);
        return (file.Length, Convert.ToHexStringLower(checksum));
    }

    /// <summary>Checks the file's size and checksum against the manifest and its own trailer.</summary>
    public static void Verify(string path, long expectedBytes, string expectedSha256)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new CheckpointCorruptException($"{path}: state file is missing");
        if (info.Length != expectedBytes)
            throw new CheckpointCorruptException($"{path}: state file has {info.Length} bytes, the manifest says {expectedBytes} (truncated or overwritten)");
        if (expectedBytes < Magic.Length + 4 + ChecksumBytes) throw new CheckpointCorruptException($"{path}: state file too short");
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long left = expectedBytes - ChecksumBytes;
            while (left > 0)
            {
                int n = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (n <= 0) throw new CheckpointCorruptException($"{path}: unexpected end of file");
                hash.AppendData(buffer, 0, n);
                left -= n;
            }
            Span<byte> trailer = stackalloc byte[ChecksumBytes];
            file.ReadExactly(trailer);
            var actual = hash.GetHashAndReset();
            if (!actual.AsSpan().SequenceEqual(trailer) || Convert.ToHexStringLower(actual) != expectedSha256)
                throw new CheckpointCorruptException($"{path}: checksum mismatch (the file is damaged)");
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a verified file into <paramref name="state"/>.</summary>
    public static void Read(string path, string id, IOperatorState state)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var reader = new StateReader(file, file.Length - ChecksumBytes, path);
        try
        {
            Span<byte> magic = stackalloc byte[8];
            reader.ReadRaw(magic);
            if (!magic.SequenceEqual(Magic)) throw reader.Corrupt("not a Sql2Dbsp state file");
            int version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new CheckpointException($"{path}: state format version {version} is not supported (this build reads version {FormatVersion})");
            string? stored = reader.ReadString();
            if (stored != id) throw reader.Corrupt($"the file holds the state of '{stored}', expected '{id}'");
            state.Load(ref reader);
            reader.ExpectEnd();
        }
        catch (Exception e) when (e is not CheckpointException)
        {
            // Checksums matched, so this is a reader/writer disagreement (e.g. a row type changed): still a bad checkpoint.
            throw new CheckpointCorruptException($"{path}: cannot decode the state of '{id}': {e.Message}", e);
        }
        finally
        {
            reader.Dispose();
        }
    }
}
