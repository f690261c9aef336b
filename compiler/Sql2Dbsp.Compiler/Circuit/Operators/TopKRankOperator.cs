using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Incremental top-k rank: recomputes the numbered window of the keys touched by Δx from I(x) and emits the
/// difference with their previous window. State: I(x) and the last output (only the rows numbered up to the limit).
/// </summary>
public sealed record TopKRankOperator(int Source, ImmutableArray<SortKey> Order, RankKind RankKind, long Limit, StreamType Type)
    : Operator([Source], Type), IIncremental, IStateful
{
    public override string Kind => "topk-rank";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => $"{RankKind} order by {string.Join(", ", Order)} limit {Limit}";
}
