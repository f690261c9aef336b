using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Per key, the rows ranked <see cref="Offset"/> .. <see cref="Offset"/>+<see cref="Limit"/>−1 by <see cref="Order"/>
/// (a row of weight w counts w times; <see cref="Limit"/> &lt; 0 = unlimited). Non-incremental form.
/// </summary>
public sealed record StreamTopKOperator(int Source, ImmutableArray<SortKey> Order, long Limit, long Offset, StreamType Type)
    : Operator([Source], Type), INonIncremental
{
    public override string Kind => "stream-topk";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => $"order by {string.Join(", ", Order)} limit {Limit} offset {Offset}";
}
