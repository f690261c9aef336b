using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators.Nested;

/// <summary>
/// A recursive scope: a nested circuit evaluated to its fixed point within every step. Its body reads imported
/// outer streams and feedback streams (each feedback carries its result of the previous iteration, z⁻¹ in iteration
/// time, empty at iteration 0).
/// <list type="bullet">
/// <item><b>Non-incremental</b> (the reference circuit): imports carry whole values at every iteration; iteration
/// stops when every result equals its previous value; the outputs are the results. Naive fixed-point evaluation:
/// <c>x₀ = ∅, xᵢ₊₁ = body(xᵢ)</c>.</item>
/// <item><b>Incremental</b>: time is (step, iteration) and every stream carries changes. Imports carry the outer
/// change at iteration 0 only (an outer value is constant over iterations); stateful body operators are the nested
/// (two-dimensional) forms; iteration stops when no result changed and no body operator owes output at a later
/// iteration; each output is the sum of its result's changes over the iterations, i.e. the change of the fixed point.</item>
/// </list>
/// </summary>
internal sealed class RecursionOperator : Operator
{
    private readonly RecursionScope _scope;
    private readonly Operator[] _body;
    private readonly INestedOperator[] _nested;

    public RecursionOperator(RecursionScope scope, Operator[] body) : base(scope.Incremental ? "Recursion" : "NaiveRecursion")
    {
        _scope = scope;
        _body = body;
        _nested = body.OfType<INestedOperator>().ToArray();
    }

    /// <summary>The operators of the body, in evaluation order.</summary>
    public IReadOnlyList<Operator> Body => _body;

    public override void Eval()
    {
        bool incremental = _scope.Incremental;
        foreach (var import in _scope.Imports) import.Enter();
        foreach (var feedback in _scope.Feedbacks) feedback.Reset();
        for (int i = 0; ; i++)
        {
            _scope.Clock.Iteration = i;
            foreach (var op in _body)
            {
                try
                {
                    op.Eval();
                }
                catch (Exception ex) when (ex is not NestedOperatorException)
                {
                    throw new NestedOperatorException(op, ex);
                }
            }
            bool changed = false;
            foreach (var feedback in _scope.Feedbacks) changed |= feedback.Advance(incremental);
            if (incremental && i == 0)
                foreach (var import in _scope.Imports) import.Clear();
            if (!changed && !OwesWork(i)) break;
            if (i + 1 >= _scope.MaxIterations)
                throw new InvalidOperationException(
                    $"recursive view(s) {_scope.Views} did not reach a fixed point after {_scope.MaxIterations:N0} iterations " +
                    "(a recursion through EXCEPT, NOT IN or an aggregate can oscillate; a recursion that only adds rows always converges)");
        }
        if (incremental)
            foreach (var op in _nested) op.EndStep();
        foreach (var feedback in _scope.Feedbacks) feedback.Export(incremental);
    }

    private bool OwesWork(int iteration)
    {
        foreach (var op in _nested)
            if (op.HasWorkAfter(iteration)) return true;
        return false;
    }
}

/// <summary>An operator inside a recursive scope threw: carries the operator, so the step failure names its view and location.</summary>
internal sealed class NestedOperatorException(Operator op, Exception inner) : Exception(inner.Message, inner)
{
    public Operator Operator { get; } = op;
}

/// <summary>An outer stream read inside a recursive scope.</summary>
internal abstract class ScopeImport
{
    /// <summary>Start of a step: the inner stream takes the outer stream's value.</summary>
    public abstract void Enter();

    /// <summary>After iteration 0 of an incremental scope: the outer change has been seen.</summary>
    public abstract void Clear();
}

internal sealed class ScopeImport<T>(Stream<T> outer, Stream<T> inner) : ScopeImport where T : struct, IRow<T>
{
    public override void Enter() => inner.Value = outer.Value;
    public override void Clear() => inner.Value = ZSet<T>.Empty;
}

/// <summary>A feedback stream of a recursive scope, the result it is closed with, and the outer stream it exports to.</summary>
internal abstract class ScopeFeedback
{
    public abstract bool IsClosed { get; }

    /// <summary>Start of a step: the feedback is empty (iteration 0 reads ∅).</summary>
    public abstract void Reset();

    /// <summary>After an iteration: the feedback takes the result; returns whether the result changed anything.</summary>
    public abstract bool Advance(bool incremental);

    /// <summary>End of a step: the export stream takes the fixed point (or, incrementally, its change).</summary>
    public abstract void Export(bool incremental);

    public abstract void CreateExport(CircuitBuilder builder);
}

internal sealed class ScopeFeedback<T>(Stream<T> feedback) : ScopeFeedback where T : struct, IRow<T>
{
    private readonly ZSetBuilder<T> _changes = new();

    public Stream<T> Feedback { get; } = feedback;
    public Stream<T>? Result { get; set; }
    public Stream<T>? Exported { get; private set; }

    public override bool IsClosed => Result is not null;

    public override void Reset()
    {
        Feedback.Value = ZSet<T>.Empty;
        _changes.Clear();
    }

    public override bool Advance(bool incremental)
    {
        var result = Result!.Value;
        bool changed = incremental ? !result.IsEmpty : !result.Equals(Feedback.Value);
        if (incremental) _changes.AddRange(result);
        Feedback.Value = result;
        return changed;
    }

    public override void Export(bool incremental) => Exported!.Value = incremental ? _changes.Build() : Feedback.Value;

    public override void CreateExport(CircuitBuilder builder) => Exported = builder.ExportStream<T>();
}
