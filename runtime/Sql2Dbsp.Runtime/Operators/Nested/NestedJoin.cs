using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Runtime.Operators.Nested;

/// <summary>
/// Incremental equi-join inside a recursive scope, over (step t, iteration i) time. With <c>A</c>, <c>B</c> the
/// inputs' values (sums of their changes <c>a</c>, <c>b</c> over all earlier times), the output change is the sum of
/// the pairs whose later time is exactly (t, i), i.e. <c>max(s, s') = t</c> and <c>max(j, j') = i</c>:
/// <code>
/// δ(A ⋈ B)(t, i) = a(t,i) ⋈ B(≤t, ≤i)                  -- includes a(t,i) ⋈ b(t,i)
///                + A(≤t, ≤i) without a(t,i) ⋈ b(t,i)
///                + a(t, &lt;i) ⋈ b(&lt;t, i)                  -- this step's earlier changes meet the past at i
///                + a(&lt;t, i) ⋈ b(t, &lt;i)
/// </code>
/// The last two terms need no input at iteration i: keys changed earlier in this step are scheduled for every
/// iteration at which the other side's past has entries.
/// </summary>
/// <remarks>State: a <see cref="TimedTrace{K, V}"/> per input. Work per iteration: the changes times the matching
/// entries of the other side, plus the scheduled keys.</remarks>
internal sealed class NestedJoinOperator<K, VL, VR, TOut, F> : Operator, INestedOperator
    where K : struct, IRow<K>
    where VL : struct, IRow<VL>
    where VR : struct, IRow<VR>
    where TOut : struct, IRow<TOut>
    where F : IJoinFunction<K, VL, VR, TOut>
{
    private readonly Stream<KV<K, VL>> _left;
    private readonly Stream<KV<K, VR>> _right;
    private readonly Stream<TOut> _output;
    private readonly RecursionClock _clock;
    private readonly NestedJoinState<K, VL, VR> _state = new();
    private readonly IterationSchedule _leftSchedule = new();
    private readonly IterationSchedule _rightSchedule = new();
    private readonly ZSetBuilder<TOut> _result = new();

    public NestedJoinOperator(Stream<KV<K, VL>> left, Stream<KV<K, VR>> right, Stream<TOut> output, RecursionClock clock, string id)
        : base("NestedJoin", id)
    {
        _left = left;
        _right = right;
        _output = output;
        _clock = clock;
    }

    public override object State => _state;

    public override void Eval()
    {
        int i = _clock.Iteration;
        var a = _left.Value.Entries;
        var b = _right.Value.Entries;
        var left = _state.Left;
        var right = _state.Right;
        _result.Clear();

        // a(t,i) with every right entry up to (t, i): the past up to i, this step so far (all before i), and b(t,i).
        foreach (var g in IndexedZSet.KeyGroups(a))
        {
            K key = a[g.Start].Row.Key;
            int handle = right.Find(key);
            for (int x = g.Start; x < g.End; x++)
            {
                ref readonly var e = ref a[x];
                foreach (ref readonly var r in right.Past(handle))
                    if (r.Iteration <= i) Emit(key, e.Row.Value, r.Value, e.Weight, r.Weight);
                foreach (ref readonly var r in right.Current(handle)) Emit(key, e.Row.Value, r.Value, e.Weight, r.Weight);
            }
        }
        JoinChanges(a, b);
        // b(t,i) with the left entries up to (t, i) other than a(t,i).
        foreach (var g in IndexedZSet.KeyGroups(b))
        {
            K key = b[g.Start].Row.Key;
            int handle = left.Find(key);
            for (int x = g.Start; x < g.End; x++)
            {
                ref readonly var e = ref b[x];
                foreach (ref readonly var l in left.Past(handle))
                    if (l.Iteration <= i) Emit(key, l.Value, e.Row.Value, l.Weight, e.Weight);
                foreach (ref readonly var l in left.Current(handle)) Emit(key, l.Value, e.Row.Value, l.Weight, e.Weight);
            }
        }
        // Earlier changes of this step meeting the other side's past at exactly iteration i.
        if (_leftSchedule.At(i) is { } leftKeys)
            foreach (int handle in leftKeys)
            {
                K key = left.KeyOf(handle);
                int other = right.Find(key);
                foreach (ref readonly var l in left.Current(handle))
                    foreach (ref readonly var r in right.Past(other))
                        if (r.Iteration == i) Emit(key, l.Value, r.Value, l.Weight, r.Weight);
            }
        if (_rightSchedule.At(i) is { } rightKeys)
            foreach (int handle in rightKeys)
            {
                K key = right.KeyOf(handle);
                int other = left.Find(key);
                foreach (ref readonly var r in right.Current(handle))
                    foreach (ref readonly var l in left.Past(other))
                        if (l.Iteration == i) Emit(key, l.Value, r.Value, l.Weight, r.Weight);
            }

        Record(a, left, right, _leftSchedule, i);
        Record(b, right, left, _rightSchedule, i);
        _output.Value = _result.Build();
    }

    /// <summary>a(t,i) ⋈ b(t,i): a merge over the two sorted change sets.</summary>
    private void JoinChanges(ReadOnlySpan<ZEntry<KV<K, VL>>> a, ReadOnlySpan<ZEntry<KV<K, VR>>> b)
    {
        if (a.IsEmpty || b.IsEmpty) return;
        var ga = IndexedZSet.KeyGroups(a);
        var gb = IndexedZSet.KeyGroups(b);
        bool hasA = ga.MoveNext(), hasB = gb.MoveNext();
        while (hasA && hasB)
        {
            int c = K.Compare(a[ga.Current.Start].Row.Key, b[gb.Current.Start].Row.Key);
            if (c < 0) hasA = ga.MoveNext();
            else if (c > 0) hasB = gb.MoveNext();
            else
            {
                for (int x = ga.Current.Start; x < ga.Current.End; x++)
                    for (int y = gb.Current.Start; y < gb.Current.End; y++)
                        Emit(a[x].Row.Key, a[x].Row.Value, b[y].Row.Value, a[x].Weight, b[y].Weight);
                hasA = ga.MoveNext();
                hasB = gb.MoveNext();
            }
        }
    }

    /// <summary>Adds the changes to this step's trace and schedules newly changed keys where the other side has a past.</summary>
    private static void Record<VA, VB>(ReadOnlySpan<ZEntry<KV<K, VA>>> changes, TimedTrace<K, VA> own, TimedTrace<K, VB> other,
        IterationSchedule schedule, int iteration)
        where VA : struct, IRow<VA> where VB : struct, IRow<VB>
    {
        foreach (ref readonly var e in changes)
        {
            int handle = own.GetOrAdd(e.Row.Key);
            if (!own.AddCurrent(handle, iteration, e.Row.Value, e.Weight)) continue;
            other.PastIterationsAfter(other.Find(e.Row.Key), iteration, schedule.Iterations);
            schedule.AddAtEach(handle);
        }
    }

    private void Emit(in K key, in VL left, in VR right, long leftWeight, long rightWeight)
    {
        if (F.Join(key, left, right, out var row)) _result.Add(row, checked(leftWeight * rightWeight));
    }

    public bool HasWorkAfter(int iteration) => _leftSchedule.HasWorkAfter(iteration) || _rightSchedule.HasWorkAfter(iteration);

    public void EndStep()
    {
        _state.Left.EndStep();
        _state.Right.EndStep();
        _leftSchedule.Clear();
        _rightSchedule.Clear();
    }
}

/// <summary>State of <see cref="NestedJoinOperator{K, VL, VR, TOut, F}"/>: both inputs over (step, iteration) time.</summary>
internal sealed class NestedJoinState<K, VL, VR> : IOperatorState
    where K : struct, IRow<K> where VL : struct, IRow<VL> where VR : struct, IRow<VR>
{
    public TimedTrace<K, VL> Left { get; } = new();
    public TimedTrace<K, VR> Right { get; } = new();

    public void Save(ref StateWriter writer)
    {
        Left.Save(ref writer);
        Right.Save(ref writer);
    }

    public void Load(ref StateReader reader)
    {
        Left.Load(ref reader);
        Right.Load(ref reader);
    }
}
