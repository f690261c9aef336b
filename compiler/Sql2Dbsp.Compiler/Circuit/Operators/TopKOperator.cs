using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>Incremental top-k: recomputes the keys touched by Δx from I(x) and emits the difference. State: I(x) and the last output.</summary>
public sealed record TopKOperator(int Source, ImmutableArray<SortKey> Order, long Limit, long Offset, StreamType Type)
    : Operator([Source], Type), IIncremental, IStateful
{
    public override string Kind => "topk";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => $"order by {string.Join(", ", Order)} limit {Limit} offset {Offset}";
}
