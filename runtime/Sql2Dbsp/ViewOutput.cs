using System.Collections;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp;

/// <summary>A view's output: the change of the last step and, for materialized views, the current contents.</summary>
public sealed class ViewOutput
{
    private readonly IOutputHandle handle;
    private readonly bool materialize;
    private readonly bool integrated;
    private readonly Dictionary<object?[], long>? contents;
    private IReadOnlyList<(object?[] Row, long Weight)> changes = [];

    internal ViewOutput(ViewInfo view, IOutputHandle handle, bool materialize, bool integrated)
    {
        View = view;
        this.handle = handle;
        this.materialize = materialize;
        this.integrated = integrated;
        if (materialize) contents = new Dictionary<object?[], long>(RowComparer.Instance);
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
            if (contents is null)
                throw new InvalidOperationException($"view '{View.Name}' is not MATERIALIZED; declare it with CREATE MATERIALIZED VIEW to read its contents");
            return Expand(contents.Select(kv => (Row: kv.Key, Weight: kv.Value)));
        }
    }

    internal void Publish()
    {
        changes = handle.ReadDelta();
        if (!materialize || contents is null) return;
        foreach (var (row, weight) in changes)
        {
            long w = contents.GetValueOrDefault(row) + weight;
            if (w == 0) contents.Remove(row);
            else contents[row] = w;
        }
    }

    private static List<object?[]> Expand(IEnumerable<(object?[] Row, long Weight)> rows)
    {
        var list = new List<object?[]>();
        foreach (var (row, weight) in rows)
            for (long i = 0; i < weight; i++) list.Add(row);
        return list;
    }

    /// <summary>Structural equality of untyped rows (byte[] by content).</summary>
    internal sealed class RowComparer : IEqualityComparer<object?[]>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) =>
            x is not null && y is not null && StructuralComparisons.StructuralEqualityComparer.Equals(x, y);

        public int GetHashCode(object?[] row) => StructuralComparisons.StructuralEqualityComparer.GetHashCode(row);
    }
}
