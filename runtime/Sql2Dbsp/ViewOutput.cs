using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp;

/// <summary>
/// A view's output: the change of the last step and, for materialized views, the current contents. Values are the CLR
/// values of <see cref="SqlConvert.Box(bool)"/> and its overloads: a DECIMAL is an exact <see cref="SqlDecimal"/> (up to 38
/// digits, printed at its scale by <c>ToString()</c>, explicitly convertible to <see cref="decimal"/> and
/// <see cref="double"/>).
/// </summary>
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

    /// <summary>
    /// The whole view (rows repeated by multiplicity), in the order of the view's top-level ORDER BY when it has one
    /// over its output columns (<see cref="ViewInfo.Ordering"/>; rows that tie, and all rows without one, come in no
    /// particular order). Available for MATERIALIZED views and on reference pipelines.
    /// </summary>
    public IReadOnlyList<object?[]> Contents
    {
        get
        {
            if (integrated) return Sorted(Expand(changes));
            if (!handle.IsMaterialized)
                throw new InvalidOperationException($"view '{View.Name}' is not MATERIALIZED; declare it with CREATE MATERIALIZED VIEW to read its contents");
            // Kept by the circuit's output (an integral of the changes), so checkpoints include it.
            return Sorted(Expand(handle.ReadContents()));
        }
    }

    internal void Publish() => changes = handle.ReadDelta();

    private List<object?[]> Sorted(List<object?[]> rows)
    {
        if (View.Ordering.IsEmpty || View.OrderingSource is not null) return rows;
        var keys = new (int Column, bool Descending, bool NullsFirst)[View.Ordering.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            var key = View.Ordering[i];
            if (key.Expression is not Compiler.Expressions.ColumnExpr c) return rows;
            keys[i] = (c.Index, key.Descending, key.NullsFirst);
        }
        // Stable, so rows that tie keep the output's order.
        return [.. rows.Order(Comparer<object?[]>.Create((a, b) => CompareRows(a, b, keys)))];
    }

    private static int CompareRows(object?[] a, object?[] b, (int Column, bool Descending, bool NullsFirst)[] keys)
    {
        foreach (var (column, descending, nullsFirst) in keys)
        {
            object? x = a[column], y = b[column];
            int c = x is null || y is null
                ? (x is null ? (y is null ? 0 : nullsFirst ? -1 : 1) : nullsFirst ? 1 : -1)
                : (descending ? -1 : 1) * CompareValues(x, y);
            if (c != 0) return c;
        }
        return 0;
    }

    /// <summary>Two non-null values of one column, as SQL orders them (strings by code point, not culture).</summary>
    private static int CompareValues(object x, object y) => (x, y) switch
    {
        (string s, string t) => SqlCompare.Compare(s, t),
        (double d, double e) => SqlCompare.Compare(d, e),
        (byte[] s, byte[] t) => s.AsSpan().SequenceCompareTo(t),
        (IComparable c, _) => c.CompareTo(y),
        _ => 0,
    };

    private static List<object?[]> Expand(IEnumerable<(object?[] Row, long Weight)> rows)
    {
        var list = new List<object?[]>();
        foreach (var (row, weight) in rows)
            for (long i = 0; i < weight; i++) list.Add(row);
        return list;
    }
}
