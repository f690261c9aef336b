using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>Δ(x ⋈ y) = Δx ⋈ Δy + Δx ⋈ z⁻¹I(y) + z⁻¹I(x) ⋈ Δy. State: the integrals of both inputs.</summary>
public sealed record JoinOperator(int Left, int Right, ImmutableArray<Expr> Outputs, Expr? Condition, RowType Row)
    : Operator([Left, Right], StreamType.Flat(Row)), IIncremental, IStateful
{
    public override string Kind => "join";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Left = inputs[0], Right = inputs[1], Inputs = inputs };
    public override string Describe() => JoinText.Describe(Outputs, Condition);
}
