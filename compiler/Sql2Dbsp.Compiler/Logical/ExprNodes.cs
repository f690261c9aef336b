using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Logical;

/// <summary>
/// The nodes of a bound expression, parents before children, including the operand of IN (subquery) but not the
/// subquery's plan: the one walk that binder checks and rewrites search with.
/// </summary>
internal static class ExprNodes
{
    public static IEnumerable<Expr> Of(Expr e)
    {
        var pending = new Stack<Expr>();
        pending.Push(e);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            switch (node)
            {
                case CallExpr c:
                    for (int i = c.Arguments.Length - 1; i >= 0; i--) pending.Push(c.Arguments[i]);
                    break;
                case CastExpr c:
                    pending.Push(c.Operand);
                    break;
                case CaseExpr k:
                    pending.Push(k.Else);
                    for (int i = k.Branches.Length - 1; i >= 0; i--)
                    {
                        pending.Push(k.Branches[i].Then);
                        pending.Push(k.Branches[i].When);
                    }
                    break;
                case SubqueryExpr { Operand: { } operand }:
                    pending.Push(operand);
                    break;
            }
        }
    }

    /// <summary>Whether any node of <paramref name="e"/> satisfies <paramref name="predicate"/>.</summary>
    public static bool Any(Expr e, Func<Expr, bool> predicate) => Of(e).Any(predicate);
}
