using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// map(f)(x) = Σ x[r]·{f(r)}: projects every row (of a flat or indexed input) to a flat row of
/// <see cref="Outputs"/>. Linear. Over an indexed input, column input 0 is the key and 1 the value.
/// </summary>
public sealed record MapOperator(int Source, ImmutableArray<Expr> Outputs, RowType Row)
    : Operator([Source], StreamType.Flat(Row)), ILinear
{
    public override string Kind => "map";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => string.Join(", ", Outputs.Select(ExprPrinter.Print));
}
