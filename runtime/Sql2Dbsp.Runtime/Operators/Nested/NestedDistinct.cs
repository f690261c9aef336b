using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Runtime.Operators.Nested;

/// <summary>
/// Incremental distinct (or, with <c>keepWeights</c>, positive part) inside a recursive scope. For a row r with
/// input value X = the sum of its changes, the output change at (t, i) is the second difference
/// <code>δout(t, i) = d(X(t, i)) − d(X(t, i−1)) − d(X(t−1, i)) + d(X(t−1, i−1))</code>
/// with <c>d(w) = w &gt; 0 ? 1 : 0</c> (distinct) or <c>max(w, 0)</c> (positive part). It is zero unless r changed
/// in step t at some iteration ≤ i and in column i at some step ≤ t, so the rows to visit at iteration i are those
/// of the input change plus this step's earlier changes that have past entries at i (scheduled when first changed).
/// </summary>
internal sealed class NestedDistinctOperator<T> : Operator, INestedOperator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;
    private readonly RecursionClock _clock;
    private readonly bool _keepWeights;
    private readonly NestedDistinctState<T> _state = new();
    private readonly IterationSchedule _schedule = new();
    private readonly ZSetBuilder<T> _result = new();
    private readonly VisitMarks _visited = new();

    public NestedDistinctOperator(Stream<T> input, Stream<T> output, RecursionClock clock, string id, bool keepWeights)
        : base(keepWeights ? "NestedPositive" : "NestedDistinct", id)
    {
        _input = input;
        _output = output;
        _clock = clock;
        _keepWeights = keepWeights;
    }

    public override object State => _state;

    public override void Eval()
    {
        int i = _clock.Iteration;
        var trace = _state.Trace;
        var changes = _input.Value.Entries;
        _result.Clear();
        _visited.Next();
        // Scheduled rows first, with their change at i if any (changes are sorted, so look it up by binary search).
        if (_schedule.At(i) is { } scheduled)
            foreach (int handle in scheduled)
            {
                T row = trace.KeyOf(handle);
                _visited.Mark(handle);
                Visit(trace, handle, row, WeightIn(changes, row), i);
            }
        foreach (ref readonly var e in changes)
        {
            int handle = trace.Find(e.Row);
            if (!_visited.IsMarked(handle)) Visit(trace, handle, e.Row, e.Weight, i);
        }
        foreach (ref readonly var e in changes) _schedule.Record(trace, e.Row, i, Unit.Value, e.Weight);
        _output.Value = _result.Build();
    }

    private void Visit(TimedTrace<T, Unit> trace, int handle, in T row, long change, int i)
    {
        long pastBefore = 0, pastAt = 0;
        foreach (ref readonly var e in trace.Past(handle))
        {
            if (e.Iteration < i) pastBefore += e.Weight;
            else if (e.Iteration == i) pastAt += e.Weight;
        }
        long current = trace.CurrentWeight(handle); // all before i
        long previousStep = pastBefore + pastAt;   // X(t−1, i)
        long output = D(previousStep + current + change) - D(pastBefore + current) - D(previousStep) + D(pastBefore);
        if (output != 0) _result.Add(row, output);
    }

    private long D(long weight) => _keepWeights ? Math.Max(weight, 0) : weight > 0 ? 1 : 0;

    private static long WeightIn(ReadOnlySpan<ZEntry<T>> changes, in T row)
    {
        int lo = 0, hi = changes.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int c = T.Compare(changes[mid].Row, row);
            if (c == 0) return changes[mid].Weight;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return 0;
    }

    public bool HasWorkAfter(int iteration) => _schedule.HasWorkAfter(iteration);

    public void EndStep()
    {
        _state.Trace.EndStep();
        _schedule.Clear();
    }
}

/// <summary>State of <see cref="NestedDistinctOperator{T}"/>: the input over (step, iteration) time.</summary>
internal sealed class NestedDistinctState<T> : IOperatorState where T : struct, IRow<T>
{
    public TimedTrace<T, Unit> Trace { get; } = new();

    public void Save(ref StateWriter writer) => Trace.Save(ref writer);

    public void Load(ref StateReader reader) => Trace.Load(ref reader);
}
