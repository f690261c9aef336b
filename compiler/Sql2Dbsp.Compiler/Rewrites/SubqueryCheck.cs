using Sql2Dbsp.Compiler.Binding;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Reports subqueries that no rewrite turned into joins: lowering has no subquery operator, so each one left is an
/// unsupported feature at its span (decorrelation of IN / EXISTS / scalar subqueries is the next rewrite to land).
/// </summary>
internal static class SubqueryCheck
{
    public static void Report(LogicalPlan plan, DiagnosticBag diagnostics)
    {
        foreach (var e in PlanExpressions.Of(plan)) Visit(e, diagnostics);
        foreach (var child in plan.Children) Report(child, diagnostics);
    }

    private static void Visit(Expr e, DiagnosticBag diagnostics)
    {
        switch (e)
        {
            case SubqueryExpr s:
                diagnostics.Unsupported(s.Kind switch
                {
                    SubqueryKind.Exists => "EXISTS subqueries",
                    SubqueryKind.In => "IN (subquery)",
                    _ => "scalar subqueries",
                }, s.Span);
                break;
            case CallExpr c: foreach (var a in c.Arguments) Visit(a, diagnostics); break;
            case CastExpr c: Visit(c.Operand, diagnostics); break;
            case CaseExpr k:
                foreach (var b in k.Branches) { Visit(b.When, diagnostics); Visit(b.Then, diagnostics); }
                Visit(k.Else, diagnostics);
                break;
        }
    }
}
