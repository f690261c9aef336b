using System.Runtime.InteropServices;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Runtime.Operators.Nested;

/// <summary>
/// Incremental grouped aggregate inside a recursive scope. For a group g with values X (the sum of its changes) and
/// <c>agg(X)</c> = {(g, Finish(fold of X's positive values))} or nothing for an empty group, the output change at
/// (t, i) is the second difference
/// <code>δout(t, i) = agg(X(t, i)) − agg(X(t, i−1)) − agg(X(t−1, i)) + agg(X(t−1, i−1))</code>
/// Groups are visited as in <see cref="NestedDistinctOperator{T}"/>: those with a change at i, and those changed
/// earlier in the step whose past has entries at i. Each visit folds the group at the four corners (any aggregate,
/// linear or not, works the same way).
/// </summary>
internal sealed class NestedAggregateOperator<K, V, A, TOut, F> : Operator, INestedOperator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where A : struct
    where TOut : struct, IRow<TOut>
    where F : IAggregateFunction<V, A, TOut>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, TOut>> _output;
    private readonly RecursionClock _clock;
    private readonly NestedAggregateState<K, V> _state = new();
    private readonly IterationSchedule _schedule = new();
    private readonly ZSetBuilder<KV<K, TOut>> _result = new();
    private readonly VisitMarks _visited = new();
    private readonly List<ZEntry<V>> _group = new();

    public NestedAggregateOperator(Stream<KV<K, V>> input, Stream<KV<K, TOut>> output, RecursionClock clock, string id)
        : base("NestedAggregate", id)
    {
        _input = input;
        _output = output;
        _clock = clock;
    }

    public override object State => _state;

    public override void Eval()
    {
        int i = _clock.Iteration;
        var trace = _state.Trace;
        var changes = _input.Value.Entries;
        _result.Clear();
        _visited.Next();
        if (_schedule.At(i) is { } scheduled)
            foreach (int handle in scheduled)
            {
                _visited.Mark(handle);
                K key = trace.KeyOf(handle);
                Visit(trace, handle, key, GroupIn(changes, key), i);
            }
        foreach (var g in IndexedZSet.KeyGroups(changes))
        {
            K key = changes[g.Start].Row.Key;
            int handle = trace.Find(key);
            if (!_visited.IsMarked(handle)) Visit(trace, handle, key, changes[g.Start..g.End], i);
        }
        foreach (ref readonly var e in changes) _schedule.Record(trace, e.Row.Key, i, e.Row.Value, e.Weight);
        _output.Value = _result.Build();
    }

    /// <summary>Adds the group's output at the four corners of (t, i), with the signs of the second difference.</summary>
    private void Visit(TimedTrace<K, V> trace, int handle, in K key, ReadOnlySpan<ZEntry<KV<K, V>>> change, int i)
    {
        var past = trace.Past(handle);
        var current = trace.Current(handle);
        Corner(key, past, i - 1, default, default, +1);   // X(t−1, i−1)
        Corner(key, past, i, default, default, -1);       // X(t−1, i)
        Corner(key, past, i - 1, current, default, -1);   // X(t, i−1): this step's entries so far are all before i
        Corner(key, past, i, current, change, +1);        // X(t, i)
    }

    /// <summary>Folds the past up to <paramref name="upTo"/>, the given current entries and changes, and adds ±agg.</summary>
    private void Corner(in K key, ReadOnlySpan<TimedEntry<V>> past, int upTo, ReadOnlySpan<TimedEntry<V>> current,
        ReadOnlySpan<ZEntry<KV<K, V>>> change, long sign)
    {
        _group.Clear();
        foreach (ref readonly var e in past)
            if (e.Iteration <= upTo) _group.Add(new ZEntry<V>(e.Value, e.Weight));
        foreach (ref readonly var e in current) _group.Add(new ZEntry<V>(e.Value, e.Weight));
        foreach (ref readonly var e in change) _group.Add(new ZEntry<V>(e.Row.Value, e.Weight));
        var values = CollectionsMarshal.AsSpan(_group);
        int n = ZSetBuilder<V>.Consolidate(values);
        if (AggregateKernel.FoldPositive<V, A, TOut, F>(values[..n], out var result))
            _result.Add(new KV<K, TOut>(key, result), sign);
    }

    private static ReadOnlySpan<ZEntry<KV<K, V>>> GroupIn(ReadOnlySpan<ZEntry<KV<K, V>>> changes, in K key)
    {
        int lo = 0, hi = changes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (K.Compare(changes[mid].Row.Key, key) < 0) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < changes.Length && K.AreEqual(changes[end].Row.Key, key)) end++;
        return changes[lo..end];
    }

    public bool HasWorkAfter(int iteration) => _schedule.HasWorkAfter(iteration);

    public void EndStep()
    {
        _state.Trace.EndStep();
        _schedule.Clear();
    }
}

/// <summary>State of <see cref="NestedAggregateOperator{K, V, A, TOut, F}"/>: the groups over (step, iteration) time.</summary>
internal sealed class NestedAggregateState<K, V> : IOperatorState where K : struct, IRow<K> where V : struct, IRow<V>
{
    public TimedTrace<K, V> Trace { get; } = new();

    public void Save(ref StateWriter writer) => Trace.Save(ref writer);

    public void Load(ref StateReader reader) => Trace.Load(ref reader);
}
