using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>A column visible by name: its relation alias, its ordinal in the scope's row, and its type.</summary>
internal sealed record ScopeColumn(string? Relation, bool RelationQuoted, string Name, bool Quoted, int Index, SqlType Type)
{
    /// <summary>Not produced by <c>*</c> (the right-hand copy of a USING column).</summary>
    public bool HiddenFromStar { get; init; }

    /// <summary>Only reachable when qualified (the originals of a merged USING column).</summary>
    public bool QualifiedOnly { get; init; }
}

/// <summary>
/// The names visible while binding one query level: the columns of its FROM row, and the enclosing query's scope
/// for correlated references.
/// </summary>
internal sealed class Scope(IReadOnlyList<ScopeColumn> columns, Scope? parent)
{
    public static readonly Scope Empty = new([], null);

    public IReadOnlyList<ScopeColumn> Columns { get; } = columns;
    public Scope? Parent { get; } = parent;

    /// <summary>Set when this level is aggregated and a correlated subquery must not see its raw rows.</summary>
    public bool Aggregated { get; set; }

    public Scope WithParent(Scope? newParent) => new(Columns, newParent) { Aggregated = Aggregated };
}
