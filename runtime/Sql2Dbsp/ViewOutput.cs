using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp;

/// <summary>A view's output: the change of the last step and, for materialized views, the current contents.</summary>
public sealed class ViewOutput
{
    private readonly IOutputHandle handle;
    private readonly bool integrated;
    private IReadOnlyList<(object?[] Row, long Weight)> changes = [];

    /// <param name="view">The view.</param>
    /// <param name="handle">Its output; materialized (by the program) when the view is MATERIALIZED.</param>
    /// <param name="integrated">Whether the output is the whole view already (reference circuit).</param>
    internal ViewOutput(ViewInfo view, IOutputHandle handle, bool integrated)
    {
        View = view;
        this.handle = handle;
        this.integrated = integrated;
    }

    /// <summary>The view's declaration (name, columns, kind).</summary>
    public ViewInfo View { get; }

    /// <summary>
    /// The rows that changed in the last step with their weights (+n inserted, −n deleted). On a reference pipeline
    /// this is the whole view instead.
    /// </summary>
    public IReadOnlyList<(object?[] Row, long Weight)> Changes => changes;

    /// <summary>The whole view (rows repeated by multiplicity). Available for MATERIALIZED views and on reference pipelines.</summary>
    public IReadOnlyList<object?[]> Contents
    {
        get
        {
            if (integrated) return Expand(changes);
            if (!handle.IsMaterialized)
                throw new InvalidOperationException($"view '{View.Name}' is not MATERIALIZED; declare it with CREATE MATERIALIZED VIEW to read its contents");
            // Kept by the circuit's output (an integral of the changes), so checkpoints include it.
            return Expand(handle.ReadContents());
        }
    }

    internal void Publish() => changes = handle.ReadDelta();

    private static List<object?[]> Expand(IEnumerable<(object?[] Row, long Weight)> rows)
    {
        var list = new List<object?[]>();
        foreach (var (row, weight) in rows)
            for (long i = 0; i < weight; i++) list.Add(row);
        return list;
    }
}
