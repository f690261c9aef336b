namespace Sql2Dbsp.Differential.Running;

/// <summary>Rows as multiset keys: equal when every value is equal.</summary>
internal sealed class RowComparer : IEqualityComparer<object?[]>
{
    public static readonly RowComparer Instance = new();

    public bool Equals(object?[]? x, object?[]? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Length == y.Length && x.AsSpan().SequenceEqual(y));

    public int GetHashCode(object?[] row)
    {
        var hash = new HashCode();
        foreach (var v in row) hash.Add(v);
        return hash.ToHashCode();
    }
}
