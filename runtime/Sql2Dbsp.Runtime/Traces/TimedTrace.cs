using System.Runtime.InteropServices;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Traces;

/// <summary>A value with its weight at one iteration of a recursive scope.</summary>
internal struct TimedEntry<V>
{
    public int Iteration;
    public V Value;
    public long Weight;
}

/// <summary>
/// The state of an operator inside an incremental recursive scope, where time is a pair (step t, iteration i) and
/// streams carry the changes <c>δx(t, i)</c>. Per key it keeps the <b>past</b> — <c>Σ_{s&lt;t} δx(s, j)</c> for each
/// iteration j (all earlier steps summed, iterations kept apart) — and the <b>current</b> step's changes
/// <c>δx(t, j)</c> for the iterations run so far. Every value of the input at a corner of the time lattice is a sum of
/// these: <c>x(t−1, i) = Σ_{j≤i} past(j)</c> and <c>x(t, i) = x(t−1, i) + Σ_{j≤i} current(j)</c>.
/// <see cref="EndStep"/> folds the current step into the past.
/// </summary>
/// <remarks>
/// Keys map to small integer handles (stable for the life of the key), so an operator can keep per-key scratch data
/// and schedules by handle. A key whose past cancels out completely is dropped at the end of the step.
/// </remarks>
internal sealed class TimedTrace<K, V> where K : struct, IRow<K> where V : struct, IRow<V>
{
    private readonly KeyMap<K, int> _handles = new();
    private readonly List<K> _keys = new();
    private readonly List<List<TimedEntry<V>>?> _past = new();
    private readonly List<List<TimedEntry<V>>?> _current = new();
    private readonly List<long> _currentWeight = new();
    private readonly List<int> _touched = new();
    private readonly Stack<int> _free = new();

    /// <summary>Number of keys with a past or current entry.</summary>
    public int KeyCount => _handles.Count;

    /// <summary>The handle of <paramref name="key"/>, or −1 when the key has no entries.</summary>
    public int Find(in K key) => _handles.TryGetValue(key, out int handle) ? handle : -1;

    /// <summary>The handle of <paramref name="key"/>, creating an empty entry list for a new key.</summary>
    public int GetOrAdd(in K key)
    {
        ref int handle = ref _handles.GetOrAdd(key, out bool existed);
        if (existed) return handle;
        if (_free.TryPop(out handle))
        {
            _keys[handle] = key;
            return handle;
        }
        handle = _keys.Count;
        _keys.Add(key);
        _past.Add(null);
        _current.Add(null);
        _currentWeight.Add(0);
        return handle;
    }

    /// <summary>The key of a handle.</summary>
    public K KeyOf(int handle) => _keys[handle];

    /// <summary>The key's past entries (earlier steps, summed per iteration and value), in (iteration, value) order.</summary>
    public ReadOnlySpan<TimedEntry<V>> Past(int handle) =>
        handle < 0 || _past[handle] is not { } list ? default : CollectionsMarshal.AsSpan(list);

    /// <summary>The key's entries of the current step, in the order they were added (by iteration).</summary>
    public ReadOnlySpan<TimedEntry<V>> Current(int handle) =>
        handle < 0 || _current[handle] is not { } list ? default : CollectionsMarshal.AsSpan(list);

    /// <summary>The sum of the weights of the key's entries in the current step.</summary>
    public long CurrentWeight(int handle) => handle < 0 ? 0 : _currentWeight[handle];

    /// <summary>Adds a change of the current step; returns true when it is the key's first change in this step.</summary>
    public bool AddCurrent(int handle, int iteration, in V value, long weight)
    {
        var list = _current[handle];
        bool first = list is null || list.Count == 0;
        if (list is null) _current[handle] = list = new List<TimedEntry<V>>(2);
        if (first) _touched.Add(handle);
        list.Add(new TimedEntry<V> { Iteration = iteration, Value = value, Weight = weight });
        _currentWeight[handle] = checked(_currentWeight[handle] + weight);
        return first;
    }

    /// <summary>Adds to <paramref name="into"/> every iteration after <paramref name="after"/> at which the key has a past entry.</summary>
    public void PastIterationsAfter(int handle, int after, List<int> into)
    {
        int last = int.MinValue;
        foreach (ref readonly var e in Past(handle))
            if (e.Iteration > after && e.Iteration != last) into.Add(last = e.Iteration);
    }

    /// <summary>Folds the current step into the past: past(j) += current(j), consolidated; drops keys that cancel out.</summary>
    public void EndStep()
    {
        foreach (int handle in _touched)
        {
            var current = _current[handle]!;
            var merged = _past[handle] ?? new List<TimedEntry<V>>(current.Count);
            merged.AddRange(current);
            current.Clear();
            _currentWeight[handle] = 0;
            Consolidate(merged);
            if (merged.Count == 0)
            {
                _handles.Remove(_keys[handle]);
                _past[handle] = null;
                _current[handle] = null;
                _free.Push(handle);
            }
            else _past[handle] = merged;
        }
        _touched.Clear();
    }

    /// <summary>Sorts by (iteration, value), adds the weights of equal pairs and removes zero weights.</summary>
    private static void Consolidate(List<TimedEntry<V>> entries)
    {
        var span = CollectionsMarshal.AsSpan(entries);
        span.Sort(static (a, b) => a.Iteration != b.Iteration ? a.Iteration.CompareTo(b.Iteration) : V.Compare(a.Value, b.Value));
        int k = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (k > 0 && SamePair(span[k - 1], span[i])) span[k - 1].Weight = checked(span[k - 1].Weight + span[i].Weight);
            else span[k++] = span[i];
        }
        int kept = 0;
        for (int i = 0; i < k; i++)
            if (span[i].Weight != 0) span[kept++] = span[i];
        entries.RemoveRange(kept, entries.Count - kept);
    }

    private static bool SamePair(in TimedEntry<V> a, in TimedEntry<V> b) => a.Iteration == b.Iteration && V.AreEqual(a.Value, b.Value);

    /// <summary>Writes the past (the current step is empty between steps).</summary>
    public void Save(ref StateWriter writer)
    {
        if (_touched.Count > 0) throw new InvalidOperationException("a recursive scope's state can only be saved between steps");
        var keys = RowCodec<K>.Instance;
        var values = RowCodec<V>.Instance;
        writer.WriteCount(_handles.Count);
        foreach (var (key, handle) in _handles.Pairs())
        {
            keys.Write(ref writer, key);
            var past = Past(handle);
            writer.WriteCount(past.Length);
            foreach (ref readonly var e in past)
            {
                writer.WriteVarUInt64((ulong)e.Iteration);
                values.Write(ref writer, e.Value);
                writer.WriteVarInt64(e.Weight);
            }
        }
    }

    /// <summary>Replaces the contents with a saved past.</summary>
    public void Load(ref StateReader reader)
    {
        _handles.Clear();
        _keys.Clear();
        _past.Clear();
        _current.Clear();
        _currentWeight.Clear();
        _touched.Clear();
        _free.Clear();
        var keys = RowCodec<K>.Instance;
        var values = RowCodec<V>.Instance;
        int count = reader.ReadCount();
        for (int k = 0; k < count; k++)
        {
            int handle = GetOrAdd(keys.Read(ref reader));
            int n = reader.ReadCount();
            var list = new List<TimedEntry<V>>(n);
            for (int i = 0; i < n; i++)
            {
                ulong iteration = reader.ReadVarUInt64();
                if (iteration > int.MaxValue) throw reader.Corrupt("iteration number out of range");
                list.Add(new TimedEntry<V> { Iteration = (int)iteration, Value = values.Read(ref reader), Weight = reader.ReadVarInt64() });
            }
            _past[handle] = list;
        }
    }
}
