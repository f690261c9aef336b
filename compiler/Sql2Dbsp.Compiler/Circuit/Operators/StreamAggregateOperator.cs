using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Groups an indexed Z-set by key and folds each non-empty group: out = Σ_k {(k, agg(x[k]))}. Output: indexed by the
/// same key with one row of aggregate results. Non-incremental form.
/// </summary>
public sealed record StreamAggregateOperator(int Source, ImmutableArray<AggregateCall> Aggregates, RowType KeyRow, RowType ResultRow)
    : Operator([Source], StreamType.Indexed(KeyRow, ResultRow)), INonIncremental
{
    public override string Kind => "stream-aggregate";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => string.Join(", ", Aggregates);
}
