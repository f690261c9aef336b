using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Rewrites column and outer-column references of an expression; subqueries are left as they are (rules that see
/// them handle them first).
/// </summary>
internal sealed class ReferenceMapper(Func<ColumnExpr, Expr> column, Func<OuterColumnExpr, Expr> outer) : ExprRewriter
{
    public override Expr VisitColumn(ColumnExpr e) => column(e);
    public override Expr VisitOther(Expr e) => e is OuterColumnExpr o ? outer(o) : e;

    public static Expr Map(Expr e, Func<ColumnExpr, Expr> column, Func<OuterColumnExpr, Expr> outer) =>
        new ReferenceMapper(column, outer).Rewrite(e);
}

/// <summary>Applies a function to the expressions a plan node holds directly, rebuilding only what changed.</summary>
internal static class PlanMapping
{
    public static LogicalPlan MapExpressions(LogicalPlan plan, Func<Expr, Expr> f)
    {
        switch (plan)
        {
            case ProjectPlan p:
                {
                    var exprs = MapAll(p.Expressions, f);
                    return exprs == p.Expressions ? p : p with { Expressions = exprs, Columns = Retype(p.Columns, exprs) };
                }
            case FilterPlan filter:
                {
                    var predicate = f(filter.Predicate);
                    return ReferenceEquals(predicate, filter.Predicate) ? filter : filter with { Predicate = predicate };
                }
            case JoinPlan { Condition: not null } j:
                {
                    var condition = f(j.Condition);
                    return ReferenceEquals(condition, j.Condition) ? j : j with { Condition = condition };
                }
            case AggregatePlan a:
                {
                    var keys = MapAll(a.Keys, f);
                    var aggregates = a.Aggregates.Select(c => c.MapInputs(f)).ToImmutableArray();
                    bool same = keys == a.Keys && SameNodes(aggregates, a.Aggregates);
                    return same ? a : a with { Keys = keys, Aggregates = aggregates };
                }
            case ValuesPlan v:
                {
                    var rows = v.Rows.Select(r => MapAll(r, f)).ToImmutableArray();
                    return rows.SequenceEqual(v.Rows, (x, y) => x == y) ? v : v with { Rows = rows };
                }
            case TopKPlan t:
                {
                    var order = t.Order.Select(k =>
                    {
                        var e = f(k.Expression);
                        return ReferenceEquals(e, k.Expression) ? k : k with { Expression = e };
                    }).ToImmutableArray();
                    return SameNodes(order, t.Order) ? t : t with { Order = order };
                }
            case WindowRankPlan w:
                {
                    var partition = MapAll(w.Partition, f);
                    var order = w.Order.Select(k =>
                    {
                        var e = f(k.Expression);
                        return ReferenceEquals(e, k.Expression) ? k : k with { Expression = e };
                    }).ToImmutableArray();
                    return partition == w.Partition && SameNodes(order, w.Order) ? w : w with { Partition = partition, Order = order };
                }
            case TemporalFilterPlan t:
                {
                    var key = f(t.Key);
                    return ReferenceEquals(key, t.Key) ? t : t with { Key = key };
                }
            default:
                return plan;
        }
    }

    /// <summary>Rewrites the outer references of every node of a plan (subqueries must already be gone).</summary>
    public static LogicalPlan MapOuterReferences(LogicalPlan plan, Func<OuterColumnExpr, Expr> outer)
    {
        var children = plan.Children.Select(c => MapOuterReferences(c, outer)).ToImmutableArray();
        var rebuilt = SameNodes(children, plan.Children) ? plan : plan.WithChildren(children);
        return MapExpressions(rebuilt, e => ReferenceMapper.Map(e, c => c, outer));
    }

    /// <summary>Whether two arrays hold the very same nodes (so nothing was rebuilt).</summary>
    public static bool SameNodes<T>(ImmutableArray<T> a, ImmutableArray<T> b) where T : class
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (!ReferenceEquals(a[i], b[i])) return false;
        return true;
    }

    private static ImmutableArray<Expr> MapAll(ImmutableArray<Expr> list, Func<Expr, Expr> f)
    {
        ImmutableArray<Expr>.Builder? builder = null;
        for (int i = 0; i < list.Length; i++)
        {
            var r = f(list[i]);
            if (builder is null && !ReferenceEquals(r, list[i]))
            {
                builder = ImmutableArray.CreateBuilder<Expr>(list.Length);
                builder.AddRange(list, i);
            }
            builder?.Add(r);
        }
        return builder is null ? list : builder.MoveToImmutable();
    }

    private static ImmutableArray<PlanColumn> Retype(ImmutableArray<PlanColumn> columns, ImmutableArray<Expr> exprs) =>
        [.. columns.Select((c, i) => c.Type == exprs[i].Type ? c : c with { Type = exprs[i].Type })];

    /// <summary>Whether a plan (any node, at any depth) references the query <paramref name="depth"/> levels above it.</summary>
    public static bool References(LogicalPlan plan, int depth) => Binding.OuterReferences.Any(plan, depth);
}
