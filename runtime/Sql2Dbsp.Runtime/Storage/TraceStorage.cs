using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// Writes and reads Z-sets and spines. A spine is written as its batches (oldest first), each as its entry count and
/// its entries straight from the batch's array; reading rebuilds the same batches, so a restored spine has the shape
/// the saved one had and no merge work is repeated.
/// </summary>
internal static class TraceStorage
{
    /// <summary>Smallest encoding of an entry (an empty row and a one-byte weight): bounds counts read back.</summary>
    private const int MinEntryBytes = 1;

    public static void WriteZSet<T>(ref StateWriter writer, ZSet<T> zset) where T : struct, IRow<T>
    {
        writer.WriteCount(zset.Count);
        RowCodec<T>.Instance.WriteEntries(ref writer, zset.Entries);
    }

    public static ZSet<T> ReadZSet<T>(ref StateReader reader) where T : struct, IRow<T>
    {
        int count = reader.ReadCount(MinEntryBytes);
        if (count == 0) return ZSet<T>.Empty;
        var entries = ZSet<T>.NewArray(count);
        RowCodec<T>.Instance.ReadEntries(ref reader, entries);
        for (int i = 0; i < count; i++)
        {
            // The checksum vouches for the bytes; this catches a writer/reader mismatch (e.g. another row layout).
            if (entries[i].Weight == 0 || i > 0 && T.Compare(entries[i - 1].Row, entries[i].Row) >= 0)
                throw reader.Corrupt($"batch entry {i} of {count} is not consolidated (zero weight or out of order)");
        }
        return ZSet<T>.FromConsolidated(entries, count);
    }

    public static void WriteSpine<T>(ref StateWriter writer, Spine<T> spine) where T : struct, IRow<T>
    {
        var batches = spine.BatchList;
        writer.WriteCount(batches.Count);
        foreach (var batch in batches) WriteZSet(ref writer, batch);
    }

    public static void ReadSpine<T>(ref StateReader reader, Spine<T> spine) where T : struct, IRow<T>
    {
        int n = reader.ReadCount();
        spine.Clear();
        for (int i = 0; i < n; i++) spine.Insert(ReadZSet<T>(ref reader));
    }
}
