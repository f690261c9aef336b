using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Passes;

/// <summary>
/// Q → Q^Δ = D ∘ Q ∘ I with the integrals pushed through: linear operators are their own incremental versions, each
/// non-incremental operator is replaced by its incremental one, and constants become D(constant), emitted once.
/// A recursive group's body is incrementalized the same way; its time is then (step, iteration).
/// </summary>
public sealed class Incrementalize : CircuitRewriter
{
    public override string Name => "incrementalize";

    protected override int Rewrite(Operator op, DbspCircuitBuilder builder) => builder.Add(op switch
    {
        StreamDistinctOperator d => new DistinctOperator(d.Source, d.Output) { Origin = d.Origin },
        StreamTemporalFilterOperator t => new TemporalFilterOperator(t.Data, t.Bounds, t.Window, t.Output) { Origin = t.Origin },
        StreamPositiveOperator p => new PositiveOperator(p.Source, p.Output) { Origin = p.Origin },
        StreamJoinOperator j => new JoinOperator(j.Left, j.Right, j.Outputs, j.Condition, j.Row) { Origin = j.Origin },
        StreamAggregateOperator a => new AggregateOperator(a.Source, a.Aggregates, a.KeyRow, a.ResultRow) { Origin = a.Origin },
        StreamTopKOperator t => new TopKOperator(t.Source, t.Order, t.Limit, t.Offset, t.Output) { Origin = t.Origin },
        StreamTopKRankOperator t => new TopKRankOperator(t.Source, t.Order, t.RankKind, t.Limit, t.Output) { Origin = t.Origin },
        ConstantOperator c => c with { Once = true },
        RecursiveOperator r => r with { Incremental = true }, // its body was incrementalized first
        _ => op,
    });
}
