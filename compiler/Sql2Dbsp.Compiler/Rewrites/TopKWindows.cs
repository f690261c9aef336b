using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// The top-k pattern: a filter <c>rn &lt;= k</c> (also <c>rn &lt; k</c>, <c>rn = 1</c>) over the number column of a
/// <see cref="WindowRankPlan"/>, possibly through projections, gives the window rank a limit, so its operator keeps
/// and emits only the first k rows of each partition instead of numbering all of them. The filter stays (it is then
/// always true), so the rewrite is optional: without it the same rows come out, at a higher cost.
/// </summary>
internal sealed class TopKWindows : IPlanRewrite
{
    public string Name => "topk-windows";
    public bool Optional => true;

    public LogicalPlan Apply(LogicalPlan plan)
    {
        var children = plan.Children.Select(Apply).ToList();
        if (!PlanMapping.SameNodes([.. children], plan.Children)) plan = plan.WithChildren([.. children]);
        if (plan is not FilterPlan f) return plan;
        var input = f.Input;
        foreach (var conjunct in Plans.Conjuncts(f.Predicate))
            if (Bound(conjunct) is var (column, k) && WithLimit(input, column, k) is { } limited) input = limited;
        return ReferenceEquals(input, f.Input) ? f : f with { Input = input };
    }

    /// <summary>The column and the largest number a conjunct lets through: <c>c &lt;= k</c>, <c>c &lt; k</c>, <c>c = k</c> and their mirrors.</summary>
    private static (int Column, long Limit)? Bound(Expr conjunct)
    {
        if (conjunct is not CallExpr { Arguments.Length: 2 } call) return null;
        var (a, b) = (call.Arguments[0], call.Arguments[1]);
        string function = call.Function;
        if (a is not ColumnExpr && b is ColumnExpr)
        {
            (a, b) = (b, a);
            function = function switch { "ge" => "le", "gt" => "lt", "le" => "ge", "lt" => "gt", _ => function };
        }
        if (a is not ColumnExpr { Input: 0 } column || Constant(b) is not long k) return null;
        return function switch
        {
            "le" or "eq" => (column.Index, k),
            "lt" => (column.Index, k - 1),
            _ => null,
        };
    }

    private static long? Constant(Expr e) => e switch
    {
        LiteralExpr { Value: long v } => v,
        LiteralExpr { Value: int v } => v,
        CastExpr { Operand: var inner } => Constant(inner),
        _ => null,
    };

    /// <summary><paramref name="plan"/> with the limit set, when <paramref name="column"/> is (through projections) a window rank's number; else null.</summary>
    private static LogicalPlan? WithLimit(LogicalPlan plan, int column, long limit) => plan switch
    {
        ProjectPlan p when p.Expressions[column] is ColumnExpr { Input: 0 } c && WithLimit(p.Input, c.Index, limit) is { } input => p with { Input = input },
        WindowRankPlan w when column == w.Arity - 1 => w with { Limit = Math.Max(0, Math.Min(limit, w.Limit ?? long.MaxValue)) },
        _ => null,
    };
}
