using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Finds temporal filters: WHERE conjuncts that compare an expression of the row with an expression of NOW() only,
/// such as <c>ts &gt;= NOW() - INTERVAL '1' HOUR</c>. At most one lower and one upper bound on one key become a
/// <see cref="TemporalFilterPlan"/>, which the runtime keeps up to date as the clock moves, touching only the rows that
/// cross a bound. Other uses of NOW() are left to decorrelation (a join with the clock, re-evaluated when it ticks).
/// </summary>
internal sealed class TemporalFilters : IPlanRewrite
{
    public string Name => "temporal-filters";

    /// <summary>Not optional: without it a temporal filter re-evaluates every row at every clock tick.</summary>
    public bool Optional => false;

    public LogicalPlan Apply(LogicalPlan plan)
    {
        var children = plan.Children.Select(Apply).ToImmutableArray();
        if (!PlanMapping.SameNodes(children, plan.Children)) plan = plan.WithChildren(children);
        return plan is FilterPlan f ? Rewrite(f) : plan;
    }

    private static LogicalPlan Rewrite(FilterPlan filter)
    {
        Expr? key = null;
        TemporalBound? lower = null, upper = null;
        var rest = new List<Expr>();
        foreach (var conjunct in Plans.Conjuncts(filter.Predicate))
        {
            if (AsBound(conjunct) is not { } found || key is not null && !found.Key.Equals(key) || (found.IsLower ? lower : upper) is not null)
            {
                rest.Add(conjunct);
                continue;
            }
            var (k, bound, isLower) = found;
            key = k;
            if (isLower) lower = bound;
            else upper = bound;
        }
        if (key is null) return filter;
        // Rows whose key is NULL never pass a comparison; the window then works on a NOT NULL key.
        var input = key.Type.Nullable ? new FilterPlan(filter.Input, Plans.IsNotNull(key)) : filter.Input;
        var temporal = new TemporalFilterPlan(input, Binding.Binder.Coerce(key, key.Type.WithNullable(false)), lower, upper);
        return Plans.Filter(temporal, rest);
    }

    /// <summary>
    /// <c>key op f(NOW())</c> or <c>f(NOW()) op key</c> with op one of &lt; &lt;= &gt; &gt;=: the key, the bound over the
    /// clock row, and whether it is a lower bound.
    /// </summary>
    private static (Expr Key, TemporalBound Bound, bool IsLower)? AsBound(Expr conjunct)
    {
        if (conjunct is not CallExpr { Function: "lt" or "le" or "gt" or "ge", Arguments: [var a, var b] } call) return null;
        bool keyLeft = IsRowExpression(a) && IsClockExpression(b);
        if (!keyLeft && !(IsRowExpression(b) && IsClockExpression(a))) return null;
        var (key, clock) = keyLeft ? (a, b) : (b, a);
        if (clock.Type.Nullable) return null;
        // Normalise to "key op bound".
        string op = keyLeft ? call.Function : call.Function switch { "lt" => "gt", "le" => "ge", "gt" => "lt", _ => "le" };
        var bound = new TemporalBound(ToClockRow(clock), op is "le" or "ge");
        return (key, bound, op is "gt" or "ge");
    }

    private static bool IsRowExpression(Expr e) =>
        !ExprNodes.Any(e, x => x is NowExpr or SubqueryExpr or OuterColumnExpr) && ExprNodes.Any(e, x => x is ColumnExpr);

    private static bool IsClockExpression(Expr e) =>
        ExprNodes.Any(e, x => x is NowExpr) && !ExprNodes.Any(e, x => x is ColumnExpr or SubqueryExpr or OuterColumnExpr);

    /// <summary>The clock expression over the clock input's row: NOW() is its column 0.</summary>
    private static Expr ToClockRow(Expr e) => new NowReplacer().Rewrite(e);

    private sealed class NowReplacer : ExprRewriter
    {
        public override Expr VisitOther(Expr e) => e is NowExpr ? new ColumnExpr(0, 0, ClockInput.Type) { Span = e.Span } : e;
    }
}
