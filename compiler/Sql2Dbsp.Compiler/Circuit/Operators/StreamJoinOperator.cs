using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Equi-join of two indexed Z-sets on their key: Σ_{k, a, b} x[(k,a)]·y[(k,b)]·{f(k,a,b)} where the optional
/// <see cref="Condition"/> holds. Expressions use input 0 = key, 1 = left value, 2 = right value. Non-incremental form.
/// </summary>
public sealed record StreamJoinOperator(int Left, int Right, ImmutableArray<Expr> Outputs, Expr? Condition, RowType Row)
    : Operator([Left, Right], StreamType.Flat(Row)), INonIncremental
{
    public override string Kind => "stream-join";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Left = inputs[0], Right = inputs[1], Inputs = inputs };
    public override string Describe() => JoinText.Describe(Outputs, Condition);
}

internal static class JoinText
{
    public static string Describe(ImmutableArray<Expr> outputs, Expr? condition) =>
        (condition is null ? "" : "where " + ExprPrinter.Print(condition) + " ") + "→ " + string.Join(", ", outputs.Select(ExprPrinter.Print));
}
