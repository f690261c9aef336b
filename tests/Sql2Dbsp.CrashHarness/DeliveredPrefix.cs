using System.Buffers.Binary;
using Sql2Dbsp.Connectors.FaultTolerance;

namespace Sql2Dbsp.CrashHarness;

/// <summary>
/// Exactly-once delivery as a reader of the output files sees it: what a <c>file_output</c> has committed (the length
/// in its progress file, <c>PATH.progress</c>) must never change afterwards — a restart may only cut a torn batch
/// after it and append. After every kill the committed prefix of each output is read; each must extend the previous
/// one, and the final file must start with the last.
/// </summary>
internal sealed class DeliveredPrefix
{
    private readonly Dictionary<string, byte[]> committed = new(StringComparer.Ordinal);

    /// <summary>Changes to committed output seen so far, with what changed.</summary>
    public List<string> Violations { get; } = [];

    /// <summary>Reads the committed prefix of every output of <paramref name="directory"/> (the pipeline is not running).</summary>
    public void Observe(string directory, int kill)
    {
        foreach (string output in (string[])[.. InputPlan.Outputs, InputPlan.IngressOutput])
        {
            string path = Path.Combine(directory, output);
            if (!File.Exists(path) || ReadCommittedLength(path + ".progress") is not long length) continue;
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < length)
            {
                Violations.Add($"after kill {kill}: {output} has {bytes.Length} bytes, its progress says {length} were committed");
                continue;
            }
            var prefix = bytes.AsSpan(0, (int)length).ToArray();
            Check(output, prefix, $"after kill {kill}");
            committed[output] = prefix.Length >= committed.GetValueOrDefault(output, []).Length ? prefix : committed[output];
        }
    }

    /// <summary>Checks the final files against the last committed prefixes.</summary>
    public void Finish(string directory)
    {
        foreach (var (output, prefix) in committed)
            Check(output, File.ReadAllBytes(Path.Combine(directory, output)), "at the end");
    }

    private void Check(string output, byte[] now, string when)
    {
        if (!committed.TryGetValue(output, out var before)) return;
        int common = Math.Min(before.Length, now.Length);
        if (now.Length < before.Length || !now.AsSpan(0, common).SequenceEqual(before.AsSpan(0, common)))
            Violations.Add($"{when}: {output} no longer starts with the {before.Length} bytes committed earlier");
    }

    /// <summary>The committed length in a progress file (the valid slot with the higher sequence), or null.</summary>
    private static long? ReadCommittedLength(string path)
    {
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        long? length = null;
        long best = 0;
        for (int slot = 0; slot + 32 <= bytes.Length && slot < 64; slot += 32)
        {
            var span = bytes.AsSpan(slot, 32);
            if (BinaryPrimitives.ReadUInt64LittleEndian(span[24..]) != StableHash.Hash(span[..24])) continue;
            long sequence = BinaryPrimitives.ReadInt64LittleEndian(span[16..]);
            if (sequence <= best) continue;
            best = sequence;
            length = BinaryPrimitives.ReadInt64LittleEndian(span[8..]);
        }
        return length;
    }
}
