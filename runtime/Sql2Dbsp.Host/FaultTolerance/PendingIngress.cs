using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.FaultTolerance;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// At an exactly-once restart: the ingress log entries that the checkpoint does not cover, per endpoint, as the
/// replay and then the recovery of durable but unjournaled records take them.
/// </summary>
internal sealed class PendingIngress
{
    private readonly Dictionary<string, List<IngressEntry>> byEndpoint = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> positions;

    /// <summary>Groups <paramref name="entries"/> by endpoint, leaving out those each endpoint's position (<paramref name="positions"/>) says were taken.</summary>
    public PendingIngress(List<IngressEntry> entries, IReadOnlyDictionary<string, string> positions, IngressLog log)
    {
        this.positions = positions;
        foreach (var entry in entries)
        {
            if (entry.Sequence <= IngressPosition.EntryOf(positions.GetValueOrDefault(entry.Endpoint)))
            {
                log.Consumed(entry.Sequence);
                continue;
            }
            if (!byEndpoint.TryGetValue(entry.Endpoint, out var list)) byEndpoint[entry.Endpoint] = list = [];
            list.Add(entry);
        }
    }

    /// <summary>
    /// Takes the entries of <paramref name="endpoint"/> after <paramref name="from"/> through <paramref name="to"/>:
    /// decodes their records into <paramref name="into"/> and returns their <see cref="IngressPosition.StepHash"/> (what the journal holds).
    /// </summary>
    /// <exception cref="CheckpointCorruptException">An entry cannot be decoded.</exception>
    public ulong Take(string endpoint, long from, long to, int arity, List<ChangeBuffer> into, IngressLog log)
    {
        using var data = new MemoryStream();
        var hashes = new List<ulong>();
        long records = 0;
        if (byEndpoint.TryGetValue(endpoint, out var list))
        {
            int taken = 0;
            foreach (var entry in list)
            {
                if (entry.Sequence > to) break;
                taken++;
                log.Consumed(entry.Sequence);
                // Taken before the position without a journaled step (every record rejected): nothing to repeat.
                if (entry.Sequence <= from) continue;
                data.Write(entry.Data.Span);
                hashes.Add(StableHash.Hash(entry.Data.Span));
                records += entry.Records;
            }
            list.RemoveRange(0, taken);
        }
        var batch = new ChangeBuffer(arity, (int)Math.Clamp(records, 1, int.MaxValue));
        data.Position = 0;
        var reader = new StateReader(data, data.Length, $"the ingress log entries {from + 1} to {to} of '{endpoint}'");
        try
        {
            RecordCodec.ReadRecords(ref reader, records, batch);
            reader.ExpectEnd();
        }
        finally
        {
            reader.Dispose();
        }
        into.Add(batch);
        return IngressPosition.StepHash(hashes);
    }

    /// <summary>The endpoints with entries no step took: name, table, position and last entry, by their oldest entry.</summary>
    public List<(string Endpoint, string Table, long From, long To)> Remaining()
    {
        var result = new List<(string, string, long, long, long First)>();
        foreach (var (endpoint, list) in byEndpoint)
            if (list.Count > 0)
                result.Add((endpoint, list[0].Table, IngressPosition.EntryOf(positions.GetValueOrDefault(endpoint)), list[^1].Sequence, list[0].Sequence));
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result.ConvertAll(r => (r.Item1, r.Item2, r.Item3, r.Item4));
    }
}
