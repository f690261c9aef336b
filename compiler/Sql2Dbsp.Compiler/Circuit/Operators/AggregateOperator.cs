using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Incremental aggregate: for every key touched by Δx, emit −agg(z⁻¹I(x)[k]) + agg(I(x)[k]). When every call is
/// linear the state is one accumulator per group; otherwise the integral of the input is kept and changed groups are re-folded.
/// </summary>
public sealed record AggregateOperator(int Source, ImmutableArray<AggregateCall> Aggregates, RowType KeyRow, RowType ResultRow)
    : Operator([Source], StreamType.Indexed(KeyRow, ResultRow)), IIncremental, IStateful
{
    public bool IsLinear => Aggregates.All(a => a.IsLinear);
    public override string Kind => IsLinear ? "linear-aggregate" : "aggregate";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => string.Join(", ", Aggregates);
}
