using Sql2Dbsp.Compiler.Catalog;

namespace Sql2Dbsp.Compiler.Logical;

/// <summary>Which relations a plan reads, and the recursive groups of a program's views.</summary>
public static class ViewGraph
{
    /// <summary>Every scan in the plan, including those of subqueries.</summary>
    public static IEnumerable<ScanPlan> Scans(LogicalPlan plan)
    {
        if (plan is ScanPlan s) yield return s;
        foreach (var child in plan.Children)
            foreach (var scan in Scans(child)) yield return scan;
        foreach (var e in Binding.PlanExpressions.Of(plan))
            foreach (var q in ExprNodes.Of(e).OfType<SubqueryExpr>())
                foreach (var scan in Scans(q.Plan)) yield return scan;
    }

    /// <summary>The names of the views the plan reads.</summary>
    public static HashSet<string> ViewsRead(LogicalPlan plan) =>
        [.. Scans(plan).Where(s => s.IsView).Select(s => s.Relation)];

    /// <summary>
    /// The strongly connected components of the graph "view reads view" that contain a cycle (several views, or one
    /// that reads itself), each in declaration order, the groups ordered by their first view (Tarjan's algorithm).
    /// </summary>
    public static List<List<ViewInfo>> RecursiveGroups(IReadOnlyList<ViewInfo> views)
    {
        var byName = views.ToDictionary(v => v.Identity, StringComparer.Ordinal);
        var reads = views.ToDictionary(v => v.Identity, v => ViewsRead(v.Plan).Where(byName.ContainsKey).ToList(), StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<ViewInfo>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in reads[v])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            } while (x != v);
            if (component.Count > 1 || reads[v].Contains(v))
                groups.Add([.. views.Where(view => component.Contains(view.Identity))]);
        }

        foreach (var v in views)
            if (!index.ContainsKey(v.Identity)) Visit(v.Identity);
        groups.Sort((a, b) => IndexOf(views, a[0]).CompareTo(IndexOf(views, b[0])));
        return groups;
    }

    private static int IndexOf(IReadOnlyList<ViewInfo> views, ViewInfo view)
    {
        for (int i = 0; i < views.Count; i++)
            if (ReferenceEquals(views[i], view)) return i;
        return -1;
    }
}
