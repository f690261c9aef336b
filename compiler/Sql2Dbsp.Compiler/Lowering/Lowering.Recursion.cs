using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Lowering;

/// <summary>
/// Recursive groups: the views of a group are lowered together into the body of one <see cref="RecursiveOperator"/>.
/// Inside the body, a view of the group reads its feedback (the previous iteration's result), any other relation is
/// imported from the enclosing circuit, and each view's result is made DISTINCT (recursive views have set semantics,
/// which is what makes the iteration reach a least fixed point).
/// </summary>
internal sealed partial class PlanLowering
{
    /// <summary>The body being built: feedback streams by view, imports by outer stream.</summary>
    private sealed class RecursionBody
    {
        public Dictionary<string, int> Feedbacks { get; } = new(StringComparer.Ordinal);
        public List<int> Imports { get; } = [];
        public Dictionary<int, int> ImportOf { get; } = [];
    }

    private RecursionBody? body;

    /// <summary>
    /// Views one by one, or a whole recursive group at once, each after every view it reads from outside itself
    /// (a view may read a declared recursive view defined after it), otherwise in declaration order.
    /// </summary>
    private static List<(List<ViewInfo> Views, bool Recursive)> LoweringOrder(SqlCatalog catalog)
    {
        var pending = new List<(List<ViewInfo> Views, bool Recursive)>();
        var grouped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in catalog.Views)
        {
            if (grouped.Contains(v.Identity)) continue;
            var group = catalog.RecursiveGroups.FirstOrDefault(g => g.Contains(v.Identity));
            if (group.IsDefault)
            {
                pending.Add(([v], false));
                continue;
            }
            pending.Add(([.. catalog.Views.Where(w => group.Contains(w.Identity))], true));
            grouped.UnionWith(group);
        }
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<(List<ViewInfo>, bool)>();
        while (pending.Count > 0)
        {
            int ready = pending.FindIndex(unit => unit.Views.SelectMany(v => ViewGraph.ViewsRead(v.Plan))
                .All(read => done.Contains(read) || unit.Views.Any(v => v.Identity == read)));
            if (ready < 0) throw new Diagnostics.InternalCompilerError("views depend on each other outside a recursive group");
            order.Add(pending[ready]);
            done.UnionWith(pending[ready].Views.Select(v => v.Identity));
            pending.RemoveAt(ready);
        }
        return order;
    }

    private void LowerRecursiveGroup(List<ViewInfo> group)
    {
        var scope = new RecursionBody();
        var bodyBuilder = new DbspCircuitBuilder();
        foreach (var v in group)
        {
            bodyBuilder.Origin = new OperatorOrigin(v.Name, v.Span);
            scope.Feedbacks[v.Identity] = bodyBuilder.Add(new FeedbackOperator(v.Name, v.Plan.RowType));
        }
        (body, builder) = (scope, bodyBuilder);
        var results = new List<int>();
        try
        {
            foreach (var v in group)
            {
                builder.Origin = new OperatorOrigin(v.Name, v.Span);
                int result = Lower(v.Plan);
                results.Add(builder[result] is StreamDistinctOperator ? result : Add(new StreamDistinctOperator(result, StreamType.Flat(v.Plan.RowType))));
            }
        }
        finally
        {
            (body, builder) = (null, outer);
        }
        builder.Origin = new OperatorOrigin(group[0].Name, group[0].Span);
        int recursion = builder.Add(new RecursiveOperator([.. scope.Imports], bodyBuilder.Build(),
            [.. group.Select(v => scope.Feedbacks[v.Identity])], [.. results], [.. group.Select(v => v.Name)], Incremental: false));
        for (int i = 0; i < group.Count; i++)
        {
            builder.Origin = new OperatorOrigin(group[i].Name, group[i].Span);
            DefineView(group[i], builder.Add(new ScopeOutputOperator(recursion, i, group[i].Plan.RowType)));
        }
    }

    /// <summary>A view's stream: its feedback inside its own group's body, otherwise the (imported) view.</summary>
    private int ViewStream(string view) =>
        body is not null && body.Feedbacks.TryGetValue(view, out int feedback) ? feedback : Outer(views[view]);

    /// <summary>A stream of the enclosing circuit, imported (once) when lowering a recursive body.</summary>
    private int Outer(int stream)
    {
        if (body is null) return stream;
        if (body.ImportOf.TryGetValue(stream, out int imported)) return imported;
        body.Imports.Add(stream);
        return body.ImportOf[stream] = builder.Add(new ImportOperator(body.Imports.Count - 1, outer[stream].Output));
    }
}
