using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>index(k, v)(x) = Σ x[r]·{(k(r), v(r))}: a flat Z-set to an indexed one. Linear.</summary>
public sealed record IndexOperator(int Source, ImmutableArray<Expr> Keys, ImmutableArray<Expr> Values, RowType KeyRow, RowType ValueRow)
    : Operator([Source], StreamType.Indexed(KeyRow, ValueRow)), ILinear
{
    public override string Kind => "index";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() =>
        "key (" + string.Join(", ", Keys.Select(ExprPrinter.Print)) + ") value (" + string.Join(", ", Values.Select(ExprPrinter.Print)) + ")";
}
