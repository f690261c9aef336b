using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// A group of mutually recursive views: the least fixed point of <c>x = distinct(body(x, imports))</c>, computed within
/// every step. <see cref="Body"/> is a nested circuit whose sources are <see cref="ImportOperator"/>s (the outer
/// streams <see cref="Imports"/>) and <see cref="FeedbackOperator"/>s (each view's result of the previous
/// iteration, z⁻¹ in iteration time, ∅ at iteration 0); <see cref="Results"/> are the body streams each view's
/// feedback carries. Non-incremental form: naive iteration <c>x₀ = ∅, xᵢ₊₁ = body(xᵢ)</c> until <c>xᵢ₊₁ = xᵢ</c>.
/// Incremental form (<see cref="Incremental"/>): the body is incrementalized over (step, iteration) time — its
/// stateful operators keep their inputs per iteration across steps — so a change of the imports costs work in
/// proportion to the change of the fixed point. Each view's stream is a <see cref="ScopeOutputOperator"/>.
/// </summary>
public sealed record RecursiveOperator(
    ImmutableArray<int> Imports,
    DbspCircuit Body,
    ImmutableArray<int> Feedbacks,
    ImmutableArray<int> Results,
    ImmutableArray<string> Views,
    bool Incremental)
    : Operator(Imports, StreamType.Flat(RowType.Empty))
{
    public override string Kind => Incremental ? "recursive" : "stream-recursive";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Imports = inputs, Inputs = inputs };

    public override string Describe() => string.Join(", ", Views);

    /// <summary>Everything, including the whole body: two groups are the same operator only if their bodies are.</summary>
    public override string Parameters() =>
        $"{Describe()} feedbacks [{string.Join(",", Feedbacks)}] results [{string.Join(",", Results)}] body {{" +
        string.Join("; ", Body.Operators.Select(o => $"{o.Id}={o.CanonicalText()}")) + "}";

    public bool Equals(RecursiveOperator? other) => other is not null && CanonicalText() == other.CanonicalText();

    public override int GetHashCode() => HashCode.Combine(Views.Length, Imports.Length, Body.Operators.Length);
}

/// <summary>Inside a recursive body: the outer stream <c>Imports[Index]</c> of the enclosing <see cref="RecursiveOperator"/>.</summary>
public sealed record ImportOperator(int Index, StreamType Type) : Operator(ImmutableArray<int>.Empty, Type)
{
    public override string Kind => "import";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this;
    public override string Describe() => "#" + Index;
}

/// <summary>Inside a recursive body: view <see cref="View"/>'s result of the previous iteration (∅ at iteration 0).</summary>
public sealed record FeedbackOperator(string View, RowType Row) : Operator(ImmutableArray<int>.Empty, StreamType.Flat(Row))
{
    public override string Kind => "feedback";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this;
    public override string Describe() => View;
}

/// <summary>The fixed point of view number <see cref="Index"/> of a <see cref="RecursiveOperator"/> (its change, when incremental).</summary>
public sealed record ScopeOutputOperator(int Source, int Index, RowType Row) : Operator([Source], StreamType.Flat(Row))
{
    public override string Kind => "recursive-output";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => "#" + Index;
}
