using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Drops columns nobody reads, as early as possible: scans are narrowed right away, joins carry only the columns used
/// above them or in their conditions, unused aggregates are not computed, and adjacent projections are merged. Narrow
/// rows mean less state in joins and aggregates, and fewer generated row types. DISTINCT and INTERSECT/EXCEPT read
/// whole rows, so their inputs keep every column.
/// </summary>
internal sealed class ProjectionPruning : IPlanRewrite
{
    public string Name => "projection-pruning";
    public bool Optional => true;

    public LogicalPlan Apply(LogicalPlan plan)
    {
        var (pruned, map) = Prune(plan, All(plan.Arity));
        return Exactly(pruned, map, plan.Schema);
    }

    /// <summary>
    /// A plan that produces at least the <paramref name="required"/> columns of <paramref name="plan"/> (sorted, distinct);
    /// map[old column] = its new position, or −1 when dropped.
    /// </summary>
    private static (LogicalPlan Plan, int[] Map) Prune(LogicalPlan plan, IReadOnlyList<int> required)
    {
        switch (plan)
        {
            case ScanPlan:
                return required.Count == plan.Arity ? (plan, Identity(plan.Arity)) : Narrow(plan, required);
            case ValuesPlan v:
                {
                    var rows = v.Rows.Select(r => required.Select(i => r[i]).ToImmutableArray()).ToImmutableArray();
                    return (new ValuesPlan(rows, [.. required.Select(i => v.Schema[i])]), Positions(plan.Arity, required));
                }
            case ProjectPlan p:
                return PruneProject(p, required);
            case FilterPlan f:
                {
                    var needed = Union(required, Columns(f.Predicate));
                    var (input, map) = Prune(f.Input, needed);
                    return (new FilterPlan(input, Remap(f.Predicate, map)), map);
                }
            case TemporalFilterPlan t:
                {
                    var needed = Union(required, Columns(t.Key));
                    var (input, map) = Prune(t.Input, needed);
                    return (t with { Input = input, Key = Remap(t.Key, map), Schema = input.Schema }, map);
                }
            case JoinPlan j:
                return PruneJoin(j, required);
            case AggregatePlan a:
                return PruneAggregate(a, required);
            case UnionAllPlan u:
                {
                    var inputs = u.Inputs.Select(i =>
                    {
                        var (pruned, map) = Prune(i, required);
                        return Exactly(pruned, map, [.. required.Select(c => i.Schema[c])], required);
                    }).ToImmutableArray();
                    return (new UnionAllPlan(inputs, [.. required.Select(i => u.Schema[i])]), Positions(plan.Arity, required));
                }
            case TopKPlan t:
                {
                    var needed = Union(required, t.Order.SelectMany(k => Columns(k.Expression)));
                    var (input, map) = Prune(t.Input, needed);
                    var order = t.Order.Select(k => k with { Expression = Remap(k.Expression, map) }).ToImmutableArray();
                    return (t with { Input = input, Order = order, Schema = input.Schema }, map);
                }
            default:
                {
                    // DISTINCT, INTERSECT, EXCEPT: whole rows matter; their inputs may still prune inside.
                    var children = plan.Children.Select(c =>
                    {
                        var (pruned, map) = Prune(c, All(c.Arity));
                        return Exactly(pruned, map, c.Schema);
                    }).ToImmutableArray();
                    var rebuilt = PlanMapping.SameNodes(children, plan.Children) ? plan : plan.WithChildren(children);
                    return (rebuilt, Identity(plan.Arity));
                }
        }
    }

    private static (LogicalPlan, int[]) PruneProject(ProjectPlan p, IReadOnlyList<int> required)
    {
        var kept = required.Select(i => p.Expressions[i]).ToList();
        var (input, map) = Prune(p.Input, [.. kept.SelectMany(Columns).Distinct().Order()]);
        var exprs = kept.Select(e => Remap(e, map)).ToImmutableArray();
        var columns = required.Select(i => p.Schema[i] with { Type = p.Expressions[i].Type }).ToImmutableArray();

        // Merge with a projection below when that duplicates no work: each of its expressions is a column, a
        // literal, or used at most once.
        if (input is ProjectPlan below)
        {
            var uses = new int[below.Arity];
            foreach (var e in exprs) foreach (int c in Columns(e)) uses[c]++;
            bool cheap = Enumerable.Range(0, below.Arity).All(c => uses[c] <= 1 || below.Expressions[c] is ColumnExpr or LiteralExpr);
            if (cheap)
            {
                input = below.Input;
                exprs = [.. exprs.Select(e => new ColumnMapper(c => below.Expressions[c.Index]).Rewrite(e))];
            }
        }
        var result = IsIdentity(exprs, input) ? input : new ProjectPlan(input, exprs, columns);
        return (result, Positions(p.Arity, required));
    }

    private static (LogicalPlan, int[]) PruneJoin(JoinPlan j, IReadOnlyList<int> required)
    {
        int nl = j.Left.Arity;
        var needed = Union(required, j.Condition is null ? [] : Columns(j.Condition));
        var (left, leftMap) = Prune(j.Left, [.. needed.Where(i => i < nl)]);
        var (right, rightMap) = Prune(j.Right, [.. needed.Where(i => i >= nl).Select(i => i - nl)]);
        var map = new int[j.Type is JoinType.Semi or JoinType.Anti ? nl : nl + j.Right.Arity];
        var conditionMap = new int[nl + j.Right.Arity];
        for (int i = 0; i < nl; i++) conditionMap[i] = leftMap[i];
        for (int i = 0; i < j.Right.Arity; i++) conditionMap[nl + i] = rightMap[i] < 0 ? -1 : left.Arity + rightMap[i];
        Array.Copy(conditionMap, map, map.Length);
        var condition = j.Condition is null ? null : Remap(j.Condition, conditionMap);
        var joined = Plans.Join(left, right, j.Type, condition);
        // Columns only the condition reads end here, so wide join trees do not carry every key to the top.
        if (joined.Arity == required.Count) return (joined, map);
        return Narrow(joined, [.. required.Select(i => map[i])], map, required);
    }

    private static (LogicalPlan, int[]) PruneAggregate(AggregatePlan a, IReadOnlyList<int> required)
    {
        int keys = a.Keys.Length;
        var aggregates = Enumerable.Range(0, a.Aggregates.Length).Where(i => required.Contains(keys + i)).ToList();
        if (aggregates.Count == 0 && keys == 0) aggregates.Add(0); // a global aggregate keeps its one row
        var calls = aggregates.Select(i => a.Aggregates[i]).ToList();
        var needed = a.Keys.SelectMany(Columns)
            .Concat(calls.SelectMany(c => c.Inputs().SelectMany(Columns)))
            .Distinct().Order().ToList();
        var (input, map) = Prune(a.Input, needed);
        var pruned = new AggregatePlan(input,
            [.. a.Keys.Select(k => Remap(k, map))],
            [.. calls.Select(c => c.MapInputs(e => Remap(e, map)))],
            [.. a.Schema.Take(keys), .. aggregates.Select(i => a.Schema[keys + i])]);
        var outputMap = Enumerable.Repeat(-1, a.Arity).ToArray();
        for (int i = 0; i < keys; i++) outputMap[i] = i;
        for (int i = 0; i < aggregates.Count; i++) outputMap[keys + aggregates[i]] = keys + i;
        return (pruned, outputMap);
    }

    /// <summary>A projection onto the required columns, right above a plan that cannot drop columns itself.</summary>
    private static (LogicalPlan, int[]) Narrow(LogicalPlan plan, IReadOnlyList<int> required) =>
        (Plans.Project(plan, required.Select(i => (Expr)Plans.Column(plan, i))), Positions(plan.Arity, required));

    /// <summary>
    /// A projection of a pruned plan onto <paramref name="columns"/> (its own positions), which hold the original
    /// columns <paramref name="required"/>; the result maps those original columns to their new positions.
    /// </summary>
    private static (LogicalPlan, int[]) Narrow(LogicalPlan plan, IReadOnlyList<int> columns, int[] map, IReadOnlyList<int> required) =>
        (Plans.Project(plan, columns.Select(i => (Expr)Plans.Column(plan, i))), Positions(map.Length, required));

    /// <summary>
    /// The pruned plan projected to exactly <paramref name="schema"/>: the original columns listed in
    /// <paramref name="columns"/> (all when null), in that order.
    /// </summary>
    private static LogicalPlan Exactly(LogicalPlan pruned, int[] map, ImmutableArray<PlanColumn> schema, IReadOnlyList<int>? columns = null)
    {
        columns ??= All(map.Length);
        var exprs = columns.Select(c => (Expr)Plans.Column(pruned, map[c])).ToImmutableArray();
        return IsIdentity(exprs, pruned) ? pruned : new ProjectPlan(pruned, exprs, schema);
    }

    private static bool IsIdentity(ImmutableArray<Expr> exprs, LogicalPlan input) =>
        exprs.Length == input.Arity && exprs.Select((e, i) => e is ColumnExpr { Input: 0 } c && c.Index == i).All(x => x);

    private static Expr Remap(Expr e, int[] map) => new ColumnMapper(c => map[c.Index] >= 0
        ? c with { Index = map[c.Index] }
        : throw new Diagnostics.InternalCompilerError($"pruned column {c.Index} is still read")).Rewrite(e);

    private static List<int> Columns(Expr e) => Plans.References(e);

    private static List<int> Union(IEnumerable<int> a, IEnumerable<int> b) => [.. a.Concat(b).Distinct().Order()];

    private static int[] All(int n) => [.. Enumerable.Range(0, n)];

    private static int[] Identity(int n) => All(n);

    /// <summary>map[required[i]] = i, −1 elsewhere.</summary>
    private static int[] Positions(int arity, IReadOnlyList<int> required)
    {
        var map = Enumerable.Repeat(-1, arity).ToArray();
        for (int i = 0; i < required.Count; i++) map[required[i]] = i;
        return map;
    }
}
