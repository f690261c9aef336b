using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// A small JSON file guarded by a checksum: the first line is the JSON document, the second line the SHA-256 (hex)
/// of the first. Human-readable, and a torn or edited manifest is detected rather than half-trusted.
/// </summary>
internal static class ManifestFile
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
    };

    /// <summary>
    /// Writes the manifest durably: to a temporary file, fsynced, then renamed over <paramref name="path"/> (atomic
    /// on POSIX), then the directory is synced. Readers see the old manifest or the new one, never a mix.
    /// </summary>
    public static void WriteAtomically<T>(string path, T document)
    {
        string json = JsonSerializer.Serialize(document, Json);
        string text = json + "\n" + Checksum(json) + "\n";
        string temp = path + ".tmp";
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Encoding.UTF8.GetBytes(text));
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
        FileSync.Directory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Reads and checks a manifest.</summary>
    /// <exception cref="CheckpointCorruptException">Missing, truncated, damaged or not a manifest.</exception>
    public static T Read<T>(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (FileNotFoundException)
        {
            throw new CheckpointCorruptException($"{path}: manifest is missing");
        }
        var lines = text.Split('\n');
        if (lines.Length != 3 || lines[2].Length != 0)
            throw new CheckpointCorruptException($"{path}: manifest is truncated or malformed");
        if (!string.Equals(Checksum(lines[0]), lines[1], StringComparison.Ordinal))
            throw new CheckpointCorruptException($"{path}: manifest checksum mismatch (the file is damaged)");
        try
        {
            return JsonSerializer.Deserialize<T>(lines[0], Json) ?? throw new CheckpointCorruptException($"{path}: empty manifest");
        }
        catch (JsonException e)
        {
            throw new CheckpointCorruptException($"{path}: manifest is not valid: {e.Message}", e);
        }
    }

    private static string Checksum(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
