using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>One ORDER BY key over the value row (input 0).</summary>
public sealed record SortKey(Expr Expression, bool Descending, bool NullsFirst)
{
    public override string ToString() =>
        ExprPrinter.Print(Expression) + (Descending ? " desc" : " asc") + (NullsFirst ? " nulls first" : " nulls last");
}
