using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Catalog;

public sealed record ColumnInfo(string Name, bool Quoted, SqlType Type, SourceSpan Span);

/// <summary>A declared table: columns, primary key (column ordinals) and its WITH properties.</summary>
public sealed record TableInfo(
    string Name,
    bool Quoted,
    ImmutableArray<ColumnInfo> Columns,
    ImmutableArray<int> PrimaryKey,
    ImmutableArray<Property> Properties,
    SourceSpan Span);

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
    /// <summary>ORDER BY of the view's top-level query, when it has no LIMIT: it does not change the view's contents,
    /// but clients that print rows (the sqllogictest runner) may want it. Keys are output column ordinals.</summary>
    public ImmutableArray<Circuit.SortKey> Ordering { get; init; } = ImmutableArray<Circuit.SortKey>.Empty;
}

/// <summary>
/// Tables and views of a program, in declaration order. Names match case-insensitively unless quoted.
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

    public TableInfo? FindTable(string name, bool quoted) => Find(tables, name, quoted, t => t.Name, t => t.Quoted);
    public ViewInfo? FindView(string name, bool quoted) => Find(views, name, quoted, v => v.Name, v => v.Quoted);

    public bool Exists(string name, bool quoted) => FindTable(name, quoted) is not null || FindView(name, quoted) is not null;

    public void AddTable(TableInfo table) => tables.Add(table);
    public void AddView(ViewInfo view) => views.Add(view);
    public bool RemoveTable(TableInfo table) => tables.Remove(table);
    public bool RemoveView(ViewInfo view) => views.Remove(view);

    /// <summary>Puts <paramref name="updated"/> in the place of <paramref name="view"/> (same declaration order).</summary>
    public void ReplaceView(ViewInfo view, ViewInfo updated) => views[views.IndexOf(view)] = updated;

    public static bool NamesMatch(string a, bool aQuoted, string b, bool bQuoted) =>
        string.Equals(a, b, aQuoted || bQuoted ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static T? Find<T>(List<T> list, string name, bool quoted, Func<T, string> nameOf, Func<T, bool> quotedOf) where T : class
    {
        foreach (var item in list)
            if (NamesMatch(nameOf(item), quotedOf(item), name, quoted)) return item;
        return null;
    }
}
