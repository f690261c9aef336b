using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Operators.Nested;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// A recursive scope under construction (<see cref="CircuitBuilder.BeginRecursion"/>): a nested circuit that every step
/// evaluates to its fixed point. Between <c>BeginRecursion</c> and <c>EndRecursion</c> the builder's methods add
/// operators to the scope's body. The body reads outer streams through <see cref="Import{T}"/> and its own results of
/// the previous iteration through <see cref="Feedback{T}"/>; <see cref="Close{T}"/> names the result a feedback
/// carries, and after <c>EndRecursion</c>, <see cref="Output{T}"/> is that result's fixed point as an outer stream.
/// </summary>
/// <remarks>
/// In an incremental scope, time is (step, iteration) and the builder's incremental operators become their nested
/// forms (state per iteration across steps), so a change of the inputs costs work proportional to the change of the
/// fixed point. A non-incremental scope recomputes the fixed point naively every step (the reference circuit).
/// </remarks>
public sealed class RecursionScope
{
    /// <summary>Iterations after which a step fails instead of looping for ever on a recursion that never settles.</summary>
    public const int DefaultMaxIterations = 100_000;

    private readonly CircuitBuilder _owner;
    private readonly List<ScopeImport> _imports = new();
    private readonly List<ScopeFeedback> _feedbacks = new();

    internal RecursionScope(CircuitBuilder owner, string views, bool incremental, int maxIterations)
    {
        _owner = owner;
        Views = views;
        Incremental = incremental;
        MaxIterations = maxIterations;
    }

    /// <summary>The recursive views the scope computes, for error messages.</summary>
    public string Views { get; }

    /// <summary>Whether the scope is incremental (changes over (step, iteration) time) or recomputes naively.</summary>
    public bool Incremental { get; }

    /// <summary>The iteration limit of one step.</summary>
    public int MaxIterations { get; }

    internal RecursionClock Clock { get; } = new();
    internal IReadOnlyList<ScopeImport> Imports => _imports;
    internal IReadOnlyList<ScopeFeedback> Feedbacks => _feedbacks;
    internal bool Ended { get; set; }

    /// <summary>The outer stream <paramref name="outer"/> inside the scope (its change at iteration 0 only, when incremental).</summary>
    public Stream<T> Import<T>(Stream<T> outer) where T : struct, IRow<T>
    {
        ArgumentNullException.ThrowIfNull(outer);
        if (!ReferenceEquals(outer.Owner, _owner) || outer.Scope is not null)
            throw new ArgumentException("only a stream of the enclosing circuit can be imported", nameof(outer));
        var inner = _owner.ScopeStream<T>(this, "Import");
        outer.Consumers++;
        _imports.Add(new ScopeImport<T>(outer, inner));
        return inner;
    }

    /// <summary>A stream carrying, at each iteration, the value <see cref="Close{T}"/> gives it at the previous one (∅ at iteration 0).</summary>
    public Stream<T> Feedback<T>() where T : struct, IRow<T>
    {
        var stream = _owner.ScopeStream<T>(this, "Feedback");
        _feedbacks.Add(new ScopeFeedback<T>(stream));
        return stream;
    }

    /// <summary>Closes the loop: <paramref name="feedback"/> carries <paramref name="result"/> of the previous iteration.</summary>
    public void Close<T>(Stream<T> feedback, Stream<T> result) where T : struct, IRow<T>
    {
        var port = Find(feedback);
        if (port.IsClosed) throw new InvalidOperationException("the feedback stream is already closed");
        ArgumentNullException.ThrowIfNull(result);
        if (!ReferenceEquals(result.Scope, this)) throw new ArgumentException("the result must be a stream of this scope", nameof(result));
        port.Result = result;
    }

    /// <summary>The fixed point of the result <paramref name="feedback"/> was closed with, as a stream of the enclosing circuit.</summary>
    public Stream<T> Output<T>(Stream<T> feedback) where T : struct, IRow<T>
    {
        if (!Ended) throw new InvalidOperationException("a recursive scope's outputs exist after EndRecursion");
        return Find(feedback).Exported!;
    }

    private ScopeFeedback<T> Find<T>(Stream<T> feedback) where T : struct, IRow<T>
    {
        ArgumentNullException.ThrowIfNull(feedback);
        foreach (var f in _feedbacks)
            if (f is ScopeFeedback<T> typed && ReferenceEquals(typed.Feedback, feedback)) return typed;
        throw new ArgumentException("the stream is not a feedback stream of this scope", nameof(feedback));
    }
}
