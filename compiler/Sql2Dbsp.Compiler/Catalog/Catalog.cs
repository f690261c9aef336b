using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Catalog;

public sealed record ColumnInfo(string Name, bool Quoted, SqlType Type, SourceSpan Span)
{
    /// <summary>
    /// For a column declared with <c>LATENESS L</c>: the waterline <c>v − L</c> of a value v, an expression over a row
    /// whose only column (index 0) is this column. Records whose value is below the waterline of the largest value
    /// seen in earlier steps are dropped at the input.
    /// </summary>
    public Expressions.Expr? Waterline { get; init; }
}

/// <summary>A declared table: columns, primary key (column ordinals) and its WITH properties.</summary>
public sealed record TableInfo(
    string Name,
    bool Quoted,
    ImmutableArray<ColumnInfo> Columns,
    ImmutableArray<int> PrimaryKey,
    ImmutableArray<Property> Properties,
    SourceSpan Span)
{
    /// <summary>The table's identity (<see cref="SqlCatalog.Identity"/>): its name in plans, circuits and pipelines.</summary>
    public string Identity => SqlCatalog.Identity(Name, Quoted);
}

/// <summary>A view: output columns, kind and its bound logical plan.</summary>
public sealed record ViewInfo(
    string Name,
    bool Quoted,
    ImmutableArray<ColumnInfo> Columns,
    ViewKind Kind,
    ImmutableArray<Property> Properties,
    LogicalPlan Plan,
    SourceSpan Span)
{
    /// <summary>The view's identity (<see cref="SqlCatalog.Identity"/>): its name in plans, circuits and pipelines.</summary>
    public string Identity { get; init; } = SqlCatalog.Identity(Name, Quoted);

    /// <summary>
    /// The identity of the view that carries <see cref="Ordering"/>'s keys when this view does not output them all
    /// (with <see cref="CompilerOptions.OrderingOutputs"/>): its rows are this view's followed by the keys' values.
    /// Null when the keys are columns of this view.
    /// </summary>
    public string? OrderingSource { get; init; }

    /// <summary>ORDER BY of the view's top-level query: it does not order the view's contents (a multiset, also under
    /// LIMIT), but clients that print rows (the sqllogictest runner) sort by it. Keys are column ordinals of the view,
    /// or of <see cref="OrderingSource"/> when that is set; empty when the view does not output every key and has no
    /// ordering source.</summary>
    public ImmutableArray<Circuit.SortKey> Ordering { get; init; } = ImmutableArray<Circuit.SortKey>.Empty;
}

/// <summary>
/// Tables and views of a program, in declaration order. A relation is found by its identity (unquoted names fold to
/// lower case, quoted ones are exact); columns match case-insensitively unless quoted.
/// </summary>
public sealed class SqlCatalog
{
    private readonly List<TableInfo> tables = [];
    private readonly List<ViewInfo> views = [];
    private readonly List<ImmutableArray<string>> recursiveGroups = [];

    public IReadOnlyList<TableInfo> Tables => tables;
    public IReadOnlyList<ViewInfo> Views => views;

    /// <summary>Groups of mutually recursive views (names, in declaration order), evaluated together to a fixed point.</summary>
    public IReadOnlyList<ImmutableArray<string>> RecursiveGroups => recursiveGroups;

    public void AddRecursiveGroup(ImmutableArray<string> group) => recursiveGroups.Add(group);

    public TableInfo? FindTable(string name, bool quoted) => Find(tables, name, quoted, t => t.Identity);
    public ViewInfo? FindView(string name, bool quoted) => Find(views, name, quoted, v => v.Identity);

    public bool Exists(string name, bool quoted) => FindTable(name, quoted) is not null || FindView(name, quoted) is not null;

    public void AddTable(TableInfo table) => tables.Add(table);
    public void AddView(ViewInfo view) => views.Add(view);
    public bool RemoveTable(TableInfo table) => tables.Remove(table);
    public bool RemoveView(ViewInfo view) => views.Remove(view);

    /// <summary>Puts <paramref name="updated"/> in the place of <paramref name="view"/> (same declaration order).</summary>
    public void ReplaceView(ViewInfo view, ViewInfo updated) => views[views.IndexOf(view)] = updated;

    public static bool NamesMatch(string a, bool aQuoted, string b, bool bQuoted) =>
        string.Equals(a, b, aQuoted || bQuoted ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The identity of a relation named <paramref name="name"/>: an unquoted name folds to lower case, a quoted one is
    /// exact (as in Feldera and PostgreSQL), so <c>"T"</c> and <c>"t"</c> are two relations and <c>T</c> is <c>"t"</c>.
    /// Plans, circuits and pipelines know relations by it.
    /// </summary>
    public static string Identity(string name, bool quoted) => quoted ? name : name.ToLowerInvariant();

    /// <summary>Whether two relation names (with their quoting) name the same relation.</summary>
    public static bool SameRelation(string a, bool aQuoted, string b, bool bQuoted) =>
        string.Equals(Identity(a, aQuoted), Identity(b, bQuoted), StringComparison.Ordinal);

    private static T? Find<T>(List<T> list, string name, bool quoted, Func<T, string> identityOf) where T : class
    {
        string identity = Identity(name, quoted);
        foreach (var item in list)
            if (identityOf(item) == identity) return item;
        return null;
    }
}
