using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>filter(p)(x) = Σ_{p(r) is TRUE} x[r]·{r}. Linear.</summary>
public sealed record FilterOperator(int Source, Expr Predicate, StreamType Type)
    : Operator([Source], Type), ILinear
{
    public override string Kind => "filter";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => ExprPrinter.Print(Predicate);
}
