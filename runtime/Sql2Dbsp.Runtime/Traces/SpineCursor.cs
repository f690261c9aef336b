using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Traces;

/// <summary>
/// Per-key access to an indexed trace (<c>Spine&lt;KV&lt;K, V&gt;&gt;</c>). <see cref="Seek"/> locates a key's
/// group in every batch; seeking keys in increasing order gallops forward from the previous positions (O(log gap)
/// per batch), seeking a smaller key falls back to a binary search. <see cref="Values"/> gives the key's consolidated
/// values (the per-batch groups merged, equal values' weights summed, zeros dropped) in a reusable buffer.
/// </summary>
/// <remarks>Inserting into the spine invalidates positions; the cursor notices (via <see cref="Spine{T}.Version"/>) and
/// restarts at the next <see cref="Seek"/>; reading before that throws.</remarks>
/// <typeparam name="K">The key row.</typeparam>
/// <typeparam name="V">The value row.</typeparam>
public sealed class SpineCursor<K, V> where K : struct, IRow<K> where V : struct, IRow<V>
{
    private readonly Spine<KV<K, V>> _spine;
    private long _version = -1;
    private ZSet<KV<K, V>>[] _batches = Array.Empty<ZSet<KV<K, V>>>();
    private int[] _start = Array.Empty<int>();
    private int[] _end = Array.Empty<int>();
    private bool _hasKey;
    private K _key;
    private ZEntry<V>[] _values = new ZEntry<V>[16];

    /// <summary>Creates a cursor over <paramref name="spine"/>.</summary>
    public SpineCursor(Spine<KV<K, V>> spine)
    {
        _spine = spine;
    }

    /// <summary>Number of batches of the spine when the cursor last synchronised.</summary>
    public int BatchCount => _batches.Length;

    /// <summary>Forgets positions; the next <see cref="Seek"/> starts from the beginning of every batch.</summary>
    public void Reset()
    {
        _version = -1;
        _hasKey = false;
    }

    private void Sync()
    {
        if (_version == _spine.Version) return;
        _version = _spine.Version;
        var list = _spine.BatchList;
        if (_batches.Length != list.Count)
        {
            _batches = new ZSet<KV<K, V>>[list.Count];
            _start = new int[list.Count];
            _end = new int[list.Count];
        }
        for (int i = 0; i < list.Count; i++)
        {
            _batches[i] = list[i];
            _start[i] = 0;
            _end[i] = 0;
        }
        _hasKey = false;
    }

    /// <summary>Positions the cursor on <paramref name="key"/>; returns whether any batch has entries for it.</summary>
    public bool Seek(in K key)
    {
        Sync();
        bool restart = _hasKey && K.Compare(key, _key) < 0;
        _key = key;
        _hasKey = true;
        bool any = false;
        for (int b = 0; b < _batches.Length; b++)
        {
            var entries = _batches[b].Entries;
            int from = restart ? 0 : _start[b];
            int s = Search.GallopLowerBound<KV<K, V>, K, KeyProbe<K, V>>(entries, from, key);
            int e = s;
            if (s < entries.Length && K.AreEqual(entries[s].Row.Key, key))
            {
                e = Search.GroupEnd(entries, s);
                any = true;
            }
            _start[b] = s;
            _end[b] = e;
        }
        return any;
    }

    /// <summary>The entries of the sought key in batch <paramref name="batch"/> (sorted by value, possibly empty).</summary>
    public ReadOnlySpan<ZEntry<KV<K, V>>> KeyEntries(int batch)
    {
        CheckCurrent();
        return _batches[batch].Entries[_start[batch].._end[batch]];
    }

    private void CheckCurrent()
    {
        if (_version != _spine.Version || !_hasKey) throw new InvalidOperationException("Seek first: the spine changed or no key was sought");
    }

    /// <summary>
    /// The consolidated values of the sought key: sorted by value, each once, weights summed over batches, zeros
    /// dropped. The span is valid until the next call.
    /// </summary>
    public ReadOnlySpan<ZEntry<V>> Values()
    {
        CheckCurrent();
        int total = 0, nonEmpty = 0;
        for (int b = 0; b < _batches.Length; b++)
        {
            int len = _end[b] - _start[b];
            total += len;
            if (len > 0) nonEmpty++;
        }
        if (total == 0) return default;
        if (_values.Length < total) _values = new ZEntry<V>[Math.Max(total, _values.Length * 2)];
        int k = 0;
        for (int b = 0; b < _batches.Length; b++)
        {
            var s = KeyEntries(b);
            for (int i = 0; i < s.Length; i++)
            {
                _values[k].Row = s[i].Row.Value;
                _values[k].Weight = s[i].Weight;
                k++;
            }
        }
        if (nonEmpty == 1) return new ReadOnlySpan<ZEntry<V>>(_values, 0, k);
        int n = ZSetBuilder<V>.Consolidate(_values.AsSpan(0, k));
        return new ReadOnlySpan<ZEntry<V>>(_values, 0, n);
    }
}
