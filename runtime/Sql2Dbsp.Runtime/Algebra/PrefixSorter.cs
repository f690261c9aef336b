using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// Sorts Z-set entries by their rows' 64-bit <see cref="IRow{T}.SortPrefix"/> first: an LSD radix sort of
/// (prefix, position) pairs over only the bytes in which the prefixes differ, one gather of the entries into that order,
/// then a comparison sort of each run of equal prefixes. Row comparisons (field by field, NULL-aware) are the cost of
/// consolidation; on integer keys most of them are replaced by byte scatters.
/// </summary>
internal static class PrefixSorter
{
    /// <summary>Below this the comparison sort is faster than the extra passes.</summary>
    public const int MinLength = 256;

    private struct Keyed
    {
        public ulong Prefix;
        public int Position;
    }

    public static void Sort<T>(Span<ZEntry<T>> entries) where T : struct, IRow<T>
    {
        int n = entries.Length;
        var keys = ArrayPool<Keyed>.Shared.Rent(n);
        var scratch = ArrayPool<Keyed>.Shared.Rent(n);
        var gathered = ArrayPool<ZEntry<T>>.Shared.Rent(n);
        try
        {
            ulong all = 0, any = ulong.MaxValue;
            for (int i = 0; i < n; i++)
            {
                ulong p = T.SortPrefix(entries[i].Row);
                keys[i] = new Keyed { Prefix = p, Position = i };
                all |= p;
                any &= p;
            }
            // Only the bytes where some prefixes have a 0 bit and others a 1 bit need a pass.
            ulong varying = all ^ any;
            var src = keys.AsSpan(0, n);
            var dst = scratch.AsSpan(0, n);
            Span<int> counts = stackalloc int[256];
            for (int shift = 0; shift < 64; shift += 8)
            {
                if ((varying >> shift & 0xFF) == 0) continue;
                counts.Clear();
                foreach (ref readonly var k in src) counts[(int)(k.Prefix >> shift & 0xFF)]++;
                int total = 0;
                for (int b = 0; b < 256; b++) (counts[b], total) = (total, total + counts[b]);
                foreach (ref readonly var k in src) dst[counts[(int)(k.Prefix >> shift & 0xFF)]++] = k;
                var swap = src;
                src = dst;
                dst = swap;
            }
            for (int i = 0; i < n; i++) gathered[i] = entries[src[i].Position];
            gathered.AsSpan(0, n).CopyTo(entries);

            // Equal prefixes: order those runs by the rows themselves (unless an exact prefix makes them equal rows).
            if (T.SortPrefixExactBits >= 0) return;
            for (int start = 0; start < n;)
            {
                int end = start + 1;
                while (end < n && src[end].Prefix == src[start].Prefix) end++;
                if (end - start > 1) Sorter.Sort<ZEntry<T>, EntryOrder<T>>(entries[start..end]);
                start = end;
            }
        }
        finally
        {
            ArrayPool<Keyed>.Shared.Return(keys);
            ArrayPool<Keyed>.Shared.Return(scratch);
            ArrayPool<ZEntry<T>>.Shared.Return(gathered, RuntimeHelpers.IsReferenceOrContainsReferences<ZEntry<T>>());
        }
    }
}
