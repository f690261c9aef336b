using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Plans a tree of inner joins (comma joins, CROSS JOIN, JOIN ... ON) as a whole: its leaves and all the conjuncts
/// that apply to it. Conjuncts on one leaf go into that leaf; the leaves are then joined greedily, each next leaf being
/// the first (in FROM order) that an equality connects to those already joined, so no cross product is formed while a
/// connected leaf remains; every conjunct becomes part of the first join where all its columns are available. An OR
/// whose every branch restricts a leaf also filters that leaf by those restrictions before the join.
/// </summary>
internal static class JoinOrdering
{
    /// <summary>The leaves of an inner-join tree (in order) and the conjuncts over their concatenated row.</summary>
    public sealed record Flattened(List<LogicalPlan> Leaves, List<Expr> Conjuncts, ImmutableArray<PlanColumn> Schema);

    public static Flattened Flatten(JoinPlan join)
    {
        var leaves = new List<LogicalPlan>();
        var conjuncts = new List<Expr>();
        Collect(join, 0, leaves, conjuncts);
        return new Flattened(leaves, conjuncts, join.Schema);
    }

    private static void Collect(LogicalPlan plan, int offset, List<LogicalPlan> leaves, List<Expr> conjuncts)
    {
        switch (plan)
        {
            case JoinPlan { Type: JoinType.Inner } j:
                Collect(j.Left, offset, leaves, conjuncts);
                Collect(j.Right, offset + j.Left.Arity, leaves, conjuncts);
                conjuncts.AddRange(Plans.Conjuncts(j.Condition).Select(c => Plans.Shift(c, offset)));
                break;
            case FilterPlan { Input: JoinPlan { Type: JoinType.Inner } } f:
                Collect(f.Input, offset, leaves, conjuncts);
                conjuncts.AddRange(Plans.Conjuncts(f.Predicate).Select(c => Plans.Shift(c, offset)));
                break;
            default:
                leaves.Add(plan);
                break;
        }
    }

    /// <param name="flat">The join tree.</param>
    /// <param name="push">Pushes conjuncts into a leaf (and plans the leaf itself).</param>
    public static LogicalPlan Plan(Flattened flat, Func<LogicalPlan, List<Expr>, LogicalPlan> push)
    {
        int n = flat.Leaves.Count;
        var starts = new int[n + 1];
        for (int i = 0; i < n; i++) starts[i + 1] = starts[i] + flat.Leaves[i].Arity;
        int LeafOf(int column)
        {
            int leaf = n - 1;
            while (starts[leaf] > column) leaf--;
            return leaf;
        }

        // Which leaves each conjunct reads; single-leaf conjuncts go into their leaf, constant ones stay on top.
        var leafConjuncts = Enumerable.Range(0, n).Select(_ => new List<Expr>()).ToArray();
        var joinConjuncts = new List<(Expr Expr, HashSet<int> Leaves)>();
        var constant = new List<Expr>();
        foreach (var c in flat.Conjuncts)
        {
            var leaves = Plans.References(c).Select(LeafOf).ToHashSet();
            if (leaves.Count == 0) constant.Add(c);
            else if (leaves.Count == 1) leafConjuncts[leaves.First()].Add(Plans.Shift(c, -starts[leaves.First()]));
            else
            {
                joinConjuncts.Add((c, leaves));
                foreach (int leaf in leaves)
                    if (BranchFilter(c, column => LeafOf(column) == leaf) is { } filter)
                        leafConjuncts[leaf].Add(Plans.Shift(filter, -starts[leaf]));
            }
        }
        var planned = flat.Leaves.Select((leaf, i) => push(leaf, leafConjuncts[i])).ToList();

        // Greedy order: the first leaf connected by an equality, else by any conjunct, else the next one.
        var order = new List<int> { 0 };
        var placed = new HashSet<int> { 0 };
        while (order.Count < n)
        {
            int next = Pick(n, placed, joinConjuncts, equalitiesOnly: true);
            if (next < 0) next = Pick(n, placed, joinConjuncts, equalitiesOnly: false);
            if (next < 0) next = Enumerable.Range(0, n).First(i => !placed.Contains(i));
            order.Add(next);
            placed.Add(next);
        }

        // Build left-deep joins; position[c] is where original column c is in the joined row so far.
        var position = new int[starts[n]];
        var used = new bool[joinConjuncts.Count];
        var joined = new HashSet<int>();
        LogicalPlan result = null!;
        foreach (int leaf in order)
        {
            int at = result?.Arity ?? 0;
            for (int c = 0; c < flat.Leaves[leaf].Arity; c++) position[starts[leaf] + c] = at + c;
            joined.Add(leaf);
            if (result is null)
            {
                result = planned[leaf];
                continue;
            }
            var condition = new List<Expr>();
            for (int i = 0; i < joinConjuncts.Count; i++)
            {
                if (used[i] || !joinConjuncts[i].Leaves.IsSubsetOf(joined)) continue;
                used[i] = true;
                condition.Add(Remap(joinConjuncts[i].Expr, position));
            }
            result = Plans.Join(result, planned[leaf], JoinType.Inner, Plans.AndAll(condition));
        }

        bool identity = Enumerable.Range(0, position.Length).All(c => position[c] == c);
        if (!identity)
            result = new ProjectPlan(result, [.. position.Select((p, c) => (Expr)new ColumnExpr(0, p, flat.Schema[c].Type))], flat.Schema);
        return Plans.Filter(result, constant);
    }

    /// <summary>
    /// What an OR over several leaves asks of one leaf: the OR of each branch's conjuncts on that leaf alone, or null
    /// when some branch puts no condition on it. The OR implies it, so filtering the leaf by it first changes nothing
    /// but the size of the join (DuckDB derives the same filters).
    /// </summary>
    private static Expr? BranchFilter(Expr e, Func<int, bool> onLeaf)
    {
        var branches = OrFactoring.Disjuncts(e).ToList();
        if (branches.Count < 2) return null;
        Expr? result = null;
        foreach (var branch in branches)
        {
            var own = Plans.AndAll(Plans.Conjuncts(branch).Where(c => Plans.References(c) is { Count: > 0 } r && r.All(onLeaf)));
            if (own is null) return null;
            result = result is null ? own : Plans.Or(result, own);
        }
        return result;
    }

    private static int Pick(int n, HashSet<int> placed, List<(Expr Expr, HashSet<int> Leaves)> conjuncts, bool equalitiesOnly)
    {
        for (int candidate = 0; candidate < n; candidate++)
        {
            if (placed.Contains(candidate)) continue;
            foreach (var (expr, leaves) in conjuncts)
            {
                if (equalitiesOnly && expr is not CallExpr { Function: "eq" or "is_not_distinct_from" }) continue;
                if (leaves.Contains(candidate) && leaves.All(l => l == candidate || placed.Contains(l))) return candidate;
            }
        }
        return -1;
    }

    private static Expr Remap(Expr e, int[] position) => new ColumnMapper(c => c with { Index = position[c.Index] }).Rewrite(e);
}
