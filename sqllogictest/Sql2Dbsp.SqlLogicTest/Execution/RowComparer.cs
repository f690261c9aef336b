using System.Collections;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>Structural equality of untyped rows (value equality of each field, byte arrays by content).</summary>
internal sealed class RowComparer : IEqualityComparer<object?[]>
{
    /// <summary>The shared instance.</summary>
    public static readonly RowComparer Instance = new();

    /// <inheritdoc/>
    public bool Equals(object?[]? x, object?[]? y) =>
        ReferenceEquals(x, y) || x is not null && y is not null && StructuralComparisons.StructuralEqualityComparer.Equals(x, y);

    /// <inheritdoc/>
    public int GetHashCode(object?[] row) => StructuralComparisons.StructuralEqualityComparer.GetHashCode(row);
}
