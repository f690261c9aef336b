namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// Helpers for indexed Z-sets (<c>ZSet&lt;KV&lt;K, V&gt;&gt;</c>), whose entries are sorted by key then value so that
/// each key's values form one contiguous, sorted group.
/// </summary>
public static class IndexedZSet
{
    /// <summary>The index range [Start, End) of the entries with key <paramref name="key"/> (empty if absent), by binary search on the key.</summary>
    public static (int Start, int End) FindKey<K, V>(ReadOnlySpan<ZEntry<KV<K, V>>> entries, in K key)
        where K : struct, IRow<K> where V : struct, IRow<V>
    {
        int start = Search.LowerBound<KV<K, V>, K, KeyProbe<K, V>>(entries, 0, key);
        if (start == entries.Length || !K.AreEqual(entries[start].Row.Key, key)) return (start, start);
        return (start, Search.GroupEnd(entries, start));
    }

    /// <summary>The index range [Start, End) of the entries with key <paramref name="key"/>.</summary>
    public static (int Start, int End) FindKey<K, V>(this ZSet<KV<K, V>> zset, in K key)
        where K : struct, IRow<K> where V : struct, IRow<V>
        => FindKey(zset.Entries, key);

    /// <summary>
    /// First index ≥ <paramref name="from"/> whose key is ≥ <paramref name="key"/>, galloping forward from
    /// <paramref name="from"/>: a sequence of increasing keys costs O(log gap) each.
    /// </summary>
    public static int SeekKey<K, V>(ReadOnlySpan<ZEntry<KV<K, V>>> entries, int from, in K key)
        where K : struct, IRow<K> where V : struct, IRow<V>
        => Search.GallopLowerBound<KV<K, V>, K, KeyProbe<K, V>>(entries, from, key);

    /// <summary>End (exclusive) of the key group that starts at <paramref name="start"/> (&lt; length).</summary>
    public static int GroupEnd<K, V>(ReadOnlySpan<ZEntry<KV<K, V>>> entries, int start)
        where K : struct, IRow<K> where V : struct, IRow<V>
        => Search.GroupEnd(entries, start);

    /// <summary>Enumerates the key groups of an indexed Z-set's entries as index ranges.</summary>
    public static KeyGroupEnumerator<K, V> KeyGroups<K, V>(ReadOnlySpan<ZEntry<KV<K, V>>> entries)
        where K : struct, IRow<K> where V : struct, IRow<V>
        => new(entries);

    /// <summary>Enumerates the key groups of an indexed Z-set as index ranges into its entries.</summary>
    public static KeyGroupEnumerator<K, V> KeyGroups<K, V>(this ZSet<KV<K, V>> zset)
        where K : struct, IRow<K> where V : struct, IRow<V>
        => new(zset.Entries);

    /// <summary>Number of distinct keys.</summary>
    public static int KeyCount<K, V>(this ZSet<KV<K, V>> zset)
        where K : struct, IRow<K> where V : struct, IRow<V>
    {
        int n = 0;
        foreach (var _ in zset.KeyGroups()) n++;
        return n;
    }
}

/// <summary>An index range [Start, End) of entries sharing one key.</summary>
/// <param name="Start">First entry of the group.</param>
/// <param name="End">One past the last entry of the group.</param>
public readonly record struct KeyGroup(int Start, int End)
{
    /// <summary>Number of entries (distinct values) in the group.</summary>
    public int Length => End - Start;
}

/// <summary>Enumerator over the key groups of sorted indexed entries (use with <c>foreach</c>).</summary>
public ref struct KeyGroupEnumerator<K, V> where K : struct, IRow<K> where V : struct, IRow<V>
{
    private readonly ReadOnlySpan<ZEntry<KV<K, V>>> _entries;
    private int _start;
    private int _end;

    internal KeyGroupEnumerator(ReadOnlySpan<ZEntry<KV<K, V>>> entries)
    {
        _entries = entries;
        _start = 0;
        _end = 0;
    }

    /// <summary>The current group.</summary>
    public readonly KeyGroup Current => new(_start, _end);

    /// <summary>Advances to the next group.</summary>
    public bool MoveNext()
    {
        _start = _end;
        if (_start >= _entries.Length) return false;
        _end = Search.GroupEnd(_entries, _start);
        return true;
    }

    /// <summary>Returns itself (for <c>foreach</c>).</summary>
    public readonly KeyGroupEnumerator<K, V> GetEnumerator() => this;
}
