using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>Finds references from a subquery plan to enclosing query levels.</summary>
internal static class OuterReferences
{
    /// <summary>Whether <paramref name="plan"/> references the query <paramref name="depth"/> levels above it.</summary>
    public static bool Any(LogicalPlan plan, int depth) => Collect(plan, depth).Count > 0;

    /// <summary>The distinct outer columns (indexes) of the query <paramref name="depth"/> levels above <paramref name="plan"/>.</summary>
    public static SortedSet<int> Collect(LogicalPlan plan, int depth)
    {
        var found = new SortedSet<int>();
        Walk(plan, depth, found);
        return found;
    }

    private static void Walk(LogicalPlan plan, int depth, SortedSet<int> found)
    {
        foreach (var e in PlanExpressions.Of(plan)) WalkExpr(e, depth, found);
        foreach (var child in plan.Children) Walk(child, depth, found);
    }

    private static void WalkExpr(Expr e, int depth, SortedSet<int> found)
    {
        switch (e)
        {
            case OuterColumnExpr o when o.Depth == depth: found.Add(o.Index); break;
            case SubqueryExpr s:
                if (s.Operand is not null) WalkExpr(s.Operand, depth, found);
                Walk(s.Plan, depth + 1, found);
                break;
            case CallExpr c: foreach (var a in c.Arguments) WalkExpr(a, depth, found); break;
            case CastExpr c: WalkExpr(c.Operand, depth, found); break;
            case CaseExpr k:
                foreach (var b in k.Branches) { WalkExpr(b.When, depth, found); WalkExpr(b.Then, depth, found); }
                WalkExpr(k.Else, depth, found);
                break;
        }
    }
}

/// <summary>The expressions a plan node holds directly (not its children's).</summary>
internal static class PlanExpressions
{
    public static IEnumerable<Expr> Of(LogicalPlan plan) => plan switch
    {
        ProjectPlan p => p.Expressions,
        FilterPlan f => [f.Predicate],
        JoinPlan j when j.Condition is not null => [j.Condition],
        AggregatePlan a => a.Keys.Concat(a.Aggregates.SelectMany(c => c.Inputs())),
        ValuesPlan v => v.Rows.SelectMany(r => r),
        TopKPlan t => t.Order.Select(k => k.Expression),
        TemporalFilterPlan t => [t.Key],
        WindowRankPlan w => w.Partition.Concat(w.Order.Select(k => k.Expression)),
        _ => [],
    };
}
