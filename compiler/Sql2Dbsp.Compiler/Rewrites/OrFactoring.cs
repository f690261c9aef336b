using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Factors the conjuncts that every branch of an OR shares out of it: <c>(A AND B) OR (A AND C)</c> becomes
/// <c>A AND (B OR C)</c>, and a branch that is only shared conjuncts makes the rest TRUE (<c>A OR (A AND C)</c> is
/// <c>A</c>). Both hold in three-valued logic (it is a distributive lattice), so results do not change; what changes is
/// that a join key written in every branch (TPC-H Q19) becomes a conjunct <see cref="JoinOrdering"/> can join on,
/// instead of leaving an OR that only a cross product can evaluate. Runs before <see cref="PredicatePushdown"/>.
/// </summary>
internal sealed class OrFactoring : IPlanRewrite
{
    public string Name => "or-factoring";
    public bool Optional => true;

    public LogicalPlan Apply(LogicalPlan plan)
    {
        var children = plan.Children.Select(Apply).ToList();
        if (!PlanMapping.SameNodes([.. children], plan.Children)) plan = plan.WithChildren([.. children]);
        return PlanMapping.MapExpressions(plan, e => Factorer.Instance.Rewrite(e));
    }

    /// <summary>The disjuncts of an expression (OR flattened).</summary>
    public static IEnumerable<Expr> Disjuncts(Expr e)
    {
        if (e is CallExpr { Function: "or" } or)
        {
            foreach (var a in or.Arguments)
                foreach (var d in Disjuncts(a)) yield return d;
        }
        else
        {
            yield return e;
        }
    }

    /// <summary>Equal expressions, also when they are the same equality written the other way round.</summary>
    public static bool Same(Expr a, Expr b) =>
        a.Equals(b) ||
        a is CallExpr { Function: "eq" or "ne" or "is_not_distinct_from", Arguments: [var a0, var a1] } x &&
        b is CallExpr { Arguments: [var b0, var b1] } y && x.Function == y.Function && a0.Equals(b1) && a1.Equals(b0);

    private sealed class Factorer : ExprRewriter
    {
        public static readonly Factorer Instance = new();

        public override Expr VisitCall(CallExpr e)
        {
            var call = (CallExpr)base.VisitCall(e);
            if (call.Function != "or") return call;
            var branches = Disjuncts(call).Select(d => Plans.Conjuncts(d).ToList()).ToList();
            var common = branches[0].Where(c => branches.All(b => b.Exists(x => Same(x, c)))).ToList();
            if (common.Count == 0) return call;
            Expr? rest = null;
            foreach (var branch in branches)
            {
                var remaining = Plans.AndAll(branch.Where(c => !common.Exists(x => Same(x, c))));
                if (remaining is null)
                {
                    // This branch is TRUE whenever the shared part is, so the OR adds nothing to it.
                    rest = null;
                    break;
                }
                rest = rest is null ? remaining : Plans.Or(rest, remaining);
            }
            return Plans.AndAll(rest is null ? common : [.. common, rest])!;
        }
    }
}
