using System.Globalization;
using System.Security.Cryptography;
using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>A saved upsert state file, as the checkpoint's host state names it.</summary>
/// <param name="File">The file name in the storage directory.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">The SHA-256 of its content before the trailer (hex), equal to its trailer.</param>
internal sealed record UpsertStateRef(string File, long Bytes, string Sha256);

/// <summary>
/// The rows that primary-key tables hold for upsert semantics (key → current row, see <see cref="TableWriter"/>),
/// saved with a checkpoint so that upserts and deletes by key keep working after a resume. One file per checkpoint in
/// the storage directory (<c>upserts-&lt;step&gt;-&lt;id&gt;.bin</c>): magic, table count, per table its name, arity,
/// row count and rows (<see cref="RecordCodec"/>), then the SHA-256 of all that. Written and fsynced before the
/// checkpoint that names it is published; deleted when no retained checkpoint names it.
/// </summary>
internal static class UpsertStateFile
{
    private const string Prefix = "upserts-";
    private static ReadOnlySpan<byte> Magic => "S2DUPSR1"u8;

    /// <summary>Writes the keyed rows of <paramref name="tables"/> for a checkpoint at <paramref name="step"/>.</summary>
    public static UpsertStateRef Write(string directory, long step, IReadOnlyCollection<TableWriter> tables)
    {
        string name = Prefix + step.ToString("D12", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8] + ".bin";
        string path = Path.Combine(directory, name);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        var writer = new StateWriter(file, hash);
        try
        {
            writer.WriteRaw(Magic);
            writer.WriteCount(tables.Count);
            foreach (var table in tables)
            {
                writer.WriteString(table.Schema.Name);
                writer.WriteCount(table.Schema.Arity);
                writer.WriteCount(table.KeyedRows);
                foreach (var row in table.Rows) RecordCodec.WriteRow(ref writer, row);
            }
            writer.Flush();
        }
        finally
        {
            writer.Dispose();
        }
        var checksum = hash.GetHashAndReset();
        file.Write(checksum);
        file.Flush(flushToDisk: true);
        return new UpsertStateRef(name, file.Length, Convert.ToHexStringLower(checksum));
    }

    /// <summary>Loads a file written by <see cref="Write"/> into the tables (by name).</summary>
    /// <exception cref="CheckpointCorruptException">The file is missing, truncated or damaged, or names an unknown table.</exception>
    public static void Load(string directory, UpsertStateRef saved, IReadOnlyDictionary<string, TableWriter> tables)
    {
        string path = Path.Combine(directory, saved.File);
        var info = new FileInfo(path);
        if (!info.Exists) throw new CheckpointCorruptException($"{path}: the upsert state of the checkpoint is missing");
        if (info.Length != saved.Bytes) throw new CheckpointCorruptException($"{path}: the upsert state has {info.Length} bytes, the checkpoint says {saved.Bytes}");
        var bytes = File.ReadAllBytes(path);
        var content = bytes.AsSpan(0, bytes.Length - 32);
        string actual = Convert.ToHexStringLower(SHA256.HashData(content));
        if (actual != saved.Sha256 || !Convert.FromHexString(actual).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            throw new CheckpointCorruptException($"{path}: the upsert state fails its checksum");
        using var stream = new MemoryStream(bytes, 0, content.Length, writable: false);
        var reader = new StateReader(stream, content.Length, path);
        try
        {
            Span<byte> magic = stackalloc byte[8];
            reader.ReadRaw(magic);
            if (!magic.SequenceEqual(Magic)) throw reader.Corrupt("not an upsert state file");
            int count = reader.ReadCount();
            for (int t = 0; t < count; t++)
            {
                string name = reader.ReadString() ?? "";
                // Not ReadCount: the columns are not stored here, so the arity is not bounded by the bytes left.
                ulong columns = reader.ReadVarUInt64();
                if (columns > 10_000) throw reader.Corrupt($"table '{name}' has {columns} columns");
                int arity = (int)columns;
                int rows = reader.ReadCount(arity);
                if (!tables.TryGetValue(name, out var table) || table.Schema.Arity != arity)
                    throw reader.Corrupt($"the upsert state holds table '{name}' with {arity} columns, which this program does not have");
                var loaded = new List<object?[]>(rows);
                for (int r = 0; r < rows; r++) loaded.Add(RecordCodec.ReadRow(ref reader, arity));
                table.LoadRows(loaded);
            }
            reader.ExpectEnd();
        }
        finally
        {
            reader.Dispose();
        }
    }

    /// <summary>Deletes upsert state files other than <paramref name="keep"/>.</summary>
    public static void CollectGarbage(string directory, IReadOnlySet<string> keep)
    {
        foreach (string path in Directory.EnumerateFiles(directory, Prefix + "*.bin"))
        {
            if (keep.Contains(Path.GetFileName(path))) continue;
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Retried at the next checkpoint; an unreferenced file is harmless.
            }
        }
    }
}
