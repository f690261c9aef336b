using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Connectors;

/// <summary>A column as formats see it: its name, whether the name is case-sensitive (quoted), and its SQL type.</summary>
public sealed record ColumnSchema(string Name, bool CaseSensitive, SqlType Type);

/// <summary>The shape of a table or view that a connector reads or writes.</summary>
/// <param name="Name">The table or view name.</param>
/// <param name="Columns">Columns in declaration order.</param>
/// <param name="PrimaryKey">Ordinals of the primary key columns (empty when the table has none).</param>
public sealed record RelationSchema(string Name, ImmutableArray<ColumnSchema> Columns, ImmutableArray<int> PrimaryKey)
{
    /// <summary>
    /// The relation's identity (<c>SqlCatalog.Identity</c>: unquoted names folded to lower case, quoted ones exact),
    /// which tells apart <c>"T"</c> and <c>"t"</c>; <see cref="Name"/> is the spelling, for messages.
    /// </summary>
    public string Identity { get; init; } = Name;

    /// <summary>True for a table with a primary key: inserts overwrite, deletes go by key, updates are allowed.</summary>
    public bool HasPrimaryKey => !PrimaryKey.IsDefaultOrEmpty;

    /// <summary>Number of columns.</summary>
    public int Arity => Columns.Length;

    /// <summary>The schema of a table.</summary>
    public static RelationSchema Of(TableInfo table) =>
        new(table.Name, [.. table.Columns.Select(c => new ColumnSchema(c.Name, c.Quoted, c.Type))], table.PrimaryKey.IsDefault ? [] : table.PrimaryKey)
        {
            Identity = table.Identity,
        };

    /// <summary>The schema of a view (views have no primary key).</summary>
    public static RelationSchema Of(ViewInfo view) =>
        new(view.Name, [.. view.Columns.Select(c => new ColumnSchema(c.Name, c.Quoted, c.Type))], []) { Identity = view.Identity };

    /// <summary>The ordinal of a column by name (case-insensitive unless the column was quoted), or -1.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Columns.Length; i++)
            if (Columns[i].Name == name) return i;
        for (int i = 0; i < Columns.Length; i++)
            if (!Columns[i].CaseSensitive && string.Equals(Columns[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>"a, b, c" for messages.</summary>
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
