using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Traces;

/// <summary>
/// A trace: the integral of a stream of Z-sets, kept as a list of immutable consolidated batches (an LSM
/// "spine"). The logical value is the sum of the batches. Batches are ordered oldest (largest) first; inserting a
/// batch merges it with its predecessor while the predecessor is at most twice its size, so batch sizes shrink
/// geometrically, there are O(log n) batches, and each row is merged O(log n) times amortised. Rows whose weights
/// cancel disappear when their batches merge.
/// </summary>
/// <remarks>
/// The spine is plain state: its batches (<see cref="Batches"/>) are immutable Z-sets that can be written out
/// and restored with <see cref="Spine{T}(IEnumerable{ZSet{T}})"/>, and later spilled to disk, independently of the
/// operator that owns the spine. Not thread-safe.
/// </remarks>
/// <typeparam name="T">The row type.</typeparam>
public sealed class Spine<T> where T : struct, IRow<T>
{
    private readonly List<ZSet<T>> _batches = new();
    private long _count;
    private long _version;

    /// <summary>Creates an empty spine.</summary>
    public Spine() { }

    /// <summary>Restores a spine from batches (e.g. a checkpoint). Each batch is inserted in order.</summary>
    public Spine(IEnumerable<ZSet<T>> batches)
    {
        foreach (var b in batches) Insert(b);
    }

    /// <summary>The batches, oldest (largest) first. Their sum is the value of the trace.</summary>
    public IReadOnlyList<ZSet<T>> Batches => _batches;

    /// <summary>Number of batches.</summary>
    public int BatchCount => _batches.Count;

    /// <summary>Total number of entries over all batches (an upper bound on the number of distinct rows).</summary>
    public long Count => _count;

    /// <summary>Whether the trace holds no entries.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Incremented whenever the batch list changes; lets cursors detect staleness.</summary>
    public long Version => _version;

    /// <summary>Adds a batch to the trace: trace := trace + <paramref name="batch"/>.</summary>
    public void Insert(ZSet<T> batch)
    {
        if (batch.IsEmpty) return;
        _version++;
        _batches.Add(batch);
        _count += batch.Count;
        int n = _batches.Count;
        while (n >= 2 && _batches[n - 2].Count <= (long)TmpFactor.F * _batches[n - 1].Count)
        {
            var older = _batches[n - 2];
            var newer = _batches[n - 1];
            var merged = ZSet<T>.Add(older, newer);
            _count += merged.Count - older.Count - newer.Count;
            _batches.RemoveAt(n - 1);
            n--;
            if (merged.IsEmpty)
            {
                _batches.RemoveAt(n - 1);
                n--;
            }
            else
            {
                _batches[n - 1] = merged;
            }
        }
    }

    /// <summary>The weight of <paramref name="row"/> in the trace (sum over batches, one binary search each).</summary>
    public long WeightOf(in T row)
    {
        long w = 0;
        foreach (var b in _batches) w = checked(w + b.WeightOf(row));
        return w;
    }

    /// <summary>
    /// The consolidated value of the trace. Merges all batches into one and keeps that single batch, so repeated
    /// calls without inserts are free.
    /// </summary>
    public ZSet<T> ToZSet()
    {
        int n = _batches.Count;
        if (n == 0) return ZSet<T>.Empty;
        if (n == 1) return _batches[0];
        var acc = _batches[n - 1];
        for (int i = n - 2; i >= 0; i--) acc = ZSet<T>.Add(_batches[i], acc);
        _batches.Clear();
        _version++;
        if (!acc.IsEmpty) _batches.Add(acc);
        _count = acc.Count;
        return acc;
    }

    /// <summary>Empties the trace.</summary>
    public void Clear()
    {
        _batches.Clear();
        _count = 0;
        _version++;
    }
}

internal static class TmpFactor
{
    public static readonly int F = int.TryParse(Environment.GetEnvironmentVariable("SQL2DBSP_SPINE_FACTOR"), out int f) ? f : 2;
}
