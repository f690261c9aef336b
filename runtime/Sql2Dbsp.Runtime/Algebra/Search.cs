using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>Compares a stored row against a probe of another type (a whole row, or just a key).</summary>
internal interface IProbe<T, TProbe>
{
    static abstract int Compare(in T row, in TProbe probe);
}

/// <summary>Probe by the whole row.</summary>
internal readonly struct RowProbe<T> : IProbe<T, T> where T : struct, IRow<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(in T row, in T probe) => T.Compare(row, probe);
}

/// <summary>Probe an indexed row by its key only.</summary>
internal readonly struct KeyProbe<K, V> : IProbe<KV<K, V>, K> where K : struct, IRow<K> where V : struct, IRow<V>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(in KV<K, V> row, in K probe) => K.Compare(row.Key, probe);
}

/// <summary>Binary and galloping (exponential) searches over sorted Z-set entries.</summary>
internal static class Search
{
    /// <summary>First index in [<paramref name="lo"/>, length) whose row is ≥ the probe (length if none), by binary search.</summary>
    public static int LowerBound<T, TP, P>(ReadOnlySpan<ZEntry<T>> s, int lo, in TP probe)
        where T : struct, IRow<T> where P : IProbe<T, TP>
    {
        ref ZEntry<T> r0 = ref MemoryMarshal.GetReference(s);
        int hi = s.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (P.Compare(Unsafe.Add(ref r0, mid).Row, probe) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>First index in [<paramref name="lo"/>, length) whose row is &gt; the probe (length if none), by binary search.</summary>
    public static int UpperBound<T, TP, P>(ReadOnlySpan<ZEntry<T>> s, int lo, in TP probe)
        where T : struct, IRow<T> where P : IProbe<T, TP>
    {
        ref ZEntry<T> r0 = ref MemoryMarshal.GetReference(s);
        int hi = s.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (P.Compare(Unsafe.Add(ref r0, mid).Row, probe) <= 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Like <see cref="LowerBound"/>, but gallops forward from <paramref name="lo"/> (probing lo, lo+1, lo+3, lo+7, ...)
    /// before the binary search, so a sequence of increasing probes costs O(log gap) each.
    /// </summary>
    public static int GallopLowerBound<T, TP, P>(ReadOnlySpan<ZEntry<T>> s, int lo, in TP probe)
        where T : struct, IRow<T> where P : IProbe<T, TP>
    {
        int n = s.Length;
        ref ZEntry<T> r0 = ref MemoryMarshal.GetReference(s);
        if (lo >= n || P.Compare(Unsafe.Add(ref r0, lo).Row, probe) >= 0) return lo;
        // Invariant: s[lo] < probe.
        int step = 1;
        while (true)
        {
            int next = n - lo > step ? lo + step : n;
            if (next >= n || P.Compare(Unsafe.Add(ref r0, next).Row, probe) >= 0)
            {
                int l = lo + 1, h = next;
                while (l < h)
                {
                    int mid = (int)((uint)(l + h) >> 1);
                    if (P.Compare(Unsafe.Add(ref r0, mid).Row, probe) < 0) l = mid + 1;
                    else h = mid;
                }
                return l;
            }
            lo = next;
            step <<= 1;
        }
    }

    /// <summary>Like <see cref="UpperBound"/> but galloping forward from <paramref name="lo"/>.</summary>
    public static int GallopUpperBound<T, TP, P>(ReadOnlySpan<ZEntry<T>> s, int lo, in TP probe)
        where T : struct, IRow<T> where P : IProbe<T, TP>
    {
        int n = s.Length;
        ref ZEntry<T> r0 = ref MemoryMarshal.GetReference(s);
        if (lo >= n || P.Compare(Unsafe.Add(ref r0, lo).Row, probe) > 0) return lo;
        int step = 1;
        while (true)
        {
            int next = n - lo > step ? lo + step : n;
            if (next >= n || P.Compare(Unsafe.Add(ref r0, next).Row, probe) > 0)
            {
                int l = lo + 1, h = next;
                while (l < h)
                {
                    int mid = (int)((uint)(l + h) >> 1);
                    if (P.Compare(Unsafe.Add(ref r0, mid).Row, probe) <= 0) l = mid + 1;
                    else h = mid;
                }
                return l;
            }
            lo = next;
            step <<= 1;
        }
    }

    /// <summary>End of the key group starting at <paramref name="start"/> (which must be &lt; length).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GroupEnd<K, V>(ReadOnlySpan<ZEntry<KV<K, V>>> s, int start)
        where K : struct, IRow<K> where V : struct, IRow<V>
    {
        int next = start + 1;
        if (next >= s.Length || !K.AreEqual(s[next].Row.Key, s[start].Row.Key)) return next;
        return GallopUpperBound<KV<K, V>, K, KeyProbe<K, V>>(s, next, s[start].Row.Key);
    }
}
