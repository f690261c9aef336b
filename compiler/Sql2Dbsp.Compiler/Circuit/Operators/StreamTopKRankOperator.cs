using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Per key, every value with its ROW_NUMBER, RANK or DENSE_RANK in <see cref="Order"/> appended as a last column,
/// keeping only numbers up to <see cref="Limit"/> (&lt; 0: all). A value of weight w is w rows (ROW_NUMBER gives each
/// copy its own number). Non-incremental form.
/// </summary>
public sealed record StreamTopKRankOperator(int Source, ImmutableArray<SortKey> Order, RankKind RankKind, long Limit, StreamType Type)
    : Operator([Source], Type), INonIncremental
{
    public override string Kind => "stream-topk-rank";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => $"{RankKind} order by {string.Join(", ", Order)} limit {Limit}";
}
