using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Moves filter conjuncts as close to the scans as their columns allow, so joins get their equality keys and work on
/// fewer rows: through projections (substituting the projected expressions, which are evaluated on every row anyway),
/// DISTINCT, UNION ALL, INTERSECT/EXCEPT, into the preserved side of outer joins, below GROUP BY when they read only
/// group keys, and into join conditions. Trees of inner joins are re-planned as a whole by <see cref="JoinOrdering"/>.
/// </summary>
internal sealed class PredicatePushdown : IPlanRewrite
{
    public string Name => "predicate-pushdown";
    public bool Optional => true;

    public LogicalPlan Apply(LogicalPlan plan) => Push(plan, []);

    /// <summary><paramref name="plan"/> filtered by <paramref name="conjuncts"/> (over its output row), pushed down.</summary>
    private static LogicalPlan Push(LogicalPlan plan, List<Expr> conjuncts)
    {
        switch (plan)
        {
            case FilterPlan f:
                return Push(f.Input, [.. conjuncts, .. Plans.Conjuncts(f.Predicate)]);
            case ProjectPlan p:
                {
                    var below = conjuncts.Select(c => Substitute(c, p.Expressions)).ToList();
                    return Rebuild(p, [Push(p.Input, below)]);
                }
            case JoinPlan { Type: JoinType.Inner } j:
                {
                    var flat = JoinOrdering.Flatten(j);
                    flat.Conjuncts.AddRange(conjuncts);
                    return JoinOrdering.Plan(flat, Push);
                }
            case JoinPlan j:
                return PushIntoOuterJoin(j, conjuncts);
            case AggregatePlan a:
                {
                    // Not below a global aggregate: it has a row even when no input row passes.
                    int keys = a.Keys.Length;
                    var (below, above) = Split(conjuncts, c => keys > 0 && Plans.References(c).All(i => i < keys));
                    var input = Push(a.Input, [.. below.Select(c => Substitute(c, a.Keys))]);
                    return Plans.Filter(Rebuild(a, [input]), above);
                }
            case TemporalFilterPlan t:
                // Filters commute: conjuncts go below the window, e.g. into the join it watches.
                return Rebuild(t, [Push(t.Input, conjuncts)]);
            case DistinctPlan or UnionAllPlan or SetOpPlan:
                // Rows pass or fail as a whole, whichever input they come from.
                return Rebuild(plan, [.. plan.Children.Select(c => Push(c, [.. conjuncts]))]);
            default:
                return Plans.Filter(Rebuild(plan, [.. plan.Children.Select(c => Push(c, []))]), conjuncts);
        }
    }

    /// <summary>
    /// Outer, semi and anti joins: a filter on the columns of a side whose rows are never padded goes into that side;
    /// an ON conjunct on the side whose rows are only matched (not preserved) goes into that side too.
    /// </summary>
    private static LogicalPlan PushIntoOuterJoin(JoinPlan j, List<Expr> conjuncts)
    {
        int nl = j.Left.Arity;
        bool leftPreserved = j.Type is JoinType.Left or JoinType.Semi or JoinType.Anti;
        bool rightPreserved = j.Type == JoinType.Right;
        var (toLeft, rest) = Split(conjuncts, c => leftPreserved && OnlyLeft(c, nl));
        var (toRight, above) = Split(rest, c => rightPreserved && OnlyRight(c, nl));

        var condition = new List<Expr>();
        foreach (var c in Plans.Conjuncts(j.Condition))
        {
            if (OnlyRight(c, nl) && j.Type is JoinType.Inner or JoinType.Left or JoinType.Semi or JoinType.Anti) toRight.Add(c);
            else if (OnlyLeft(c, nl) && j.Type is JoinType.Right or JoinType.Semi) toLeft.Add(c);
            else condition.Add(c);
        }
        var left = Push(j.Left, toLeft);
        var right = Push(j.Right, [.. toRight.Select(c => Plans.Shift(c, -nl))]);
        var joined = Plans.Join(left, right, j.Type, Plans.AndAll(condition));
        return Plans.Filter(joined, above);
    }

    private static LogicalPlan Rebuild(LogicalPlan plan, ImmutableArray<LogicalPlan> children) =>
        PlanMapping.SameNodes(children, plan.Children) ? plan : plan.WithChildren(children);

    private static (List<Expr> Matching, List<Expr> Others) Split(IEnumerable<Expr> conjuncts, Func<Expr, bool> predicate)
    {
        var match = new List<Expr>();
        var rest = new List<Expr>();
        foreach (var c in conjuncts) (predicate(c) ? match : rest).Add(c);
        return (match, rest);
    }

    /// <summary>The expression with each column reference replaced by the expression that produces that column.</summary>
    private static Expr Substitute(Expr e, ImmutableArray<Expr> producers) =>
        new ColumnMapper(c => producers[c.Index]).Rewrite(e);

    private static bool OnlyLeft(Expr e, int nl) => Plans.References(e) is { Count: > 0 } r && r.All(i => i < nl);
    private static bool OnlyRight(Expr e, int nl) => Plans.References(e) is { Count: > 0 } r && r.All(i => i >= nl);
}
