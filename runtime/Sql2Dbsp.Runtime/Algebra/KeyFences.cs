using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// A sparse index over a large indexed Z-set: the key of every <see cref="Stride"/>-th entry, in a compact array
/// that stays in cache (1/16 of the entries, keys only). Searching the fences first narrows a lookup to one block of
/// <see cref="Stride"/> entries, whose cache lines can be prefetched ahead of use; so probing a big batch with a
/// batch of sorted keys costs a few cache hits per key instead of a chain of dependent misses.
/// Built on first use and cached on the immutable Z-set.
/// </summary>
internal static class KeyFences
{
    public const int Shift = 4;
    public const int Stride = 1 << Shift;

    /// <summary>The fences of <paramref name="zset"/>: <c>fences[i] = entries[i * Stride].Key</c>.</summary>
    public static K[] Of<K, V>(ZSet<KV<K, V>> zset) where K : struct, IRow<K> where V : struct, IRow<V>
    {
        if (zset.Auxiliary is K[] cached) return cached;
        var entries = zset.Entries;
        var fences = new K[(entries.Length + Stride - 1) >> Shift];
        for (int i = 0; i < fences.Length; i++) fences[i] = entries[i << Shift].Row.Key;
        zset.Auxiliary = fences;
        return fences;
    }

    /// <summary>
    /// Start of the block that holds the first entry with key ≥ <paramref name="key"/> (that entry is in
    /// [result, result + Stride]), galloping forward over the fences from <paramref name="fence"/>, which is updated.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BlockStart<K>(K[] fences, ref int fence, in K key) where K : struct, IRow<K>
    {
        // First fence ≥ key; the answer lies in the block before it.
        int f = GallopLowerBound(fences, fence, key);
        fence = f == 0 ? 0 : f - 1;
        return fence << Shift;
    }

    private static int GallopLowerBound<K>(K[] a, int lo, in K key) where K : struct, IRow<K>
    {
        int n = a.Length;
        ref K r0 = ref MemoryMarshal.GetArrayDataReference(a);
        // Short linear scan first (predictable branches; the usual gap between successive probes is small) ...
        int stop = n - lo > 8 ? lo + 8 : n;
        for (; lo < stop; lo++)
        {
            if (K.Compare(Unsafe.Add(ref r0, lo), key) >= 0) return lo;
        }
        if (lo >= n) return n;
        lo--;
        // ... then gallop. Invariant: a[lo] < key.
        int step = 1;
        while (true)
        {
            int next = n - lo > step ? lo + step : n;
            if (next >= n || K.Compare(Unsafe.Add(ref r0, next), key) >= 0)
            {
                int l = lo + 1, h = next;
                while (l < h)
                {
                    int mid = (int)((uint)(l + h) >> 1);
                    if (K.Compare(Unsafe.Add(ref r0, mid), key) < 0) l = mid + 1;
                    else h = mid;
                }
                return l;
            }
            lo = next;
            step <<= 1;
        }
    }
}
