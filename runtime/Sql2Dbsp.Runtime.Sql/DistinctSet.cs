namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// The distinct non-NULL values of a group, for <c>COUNT(DISTINCT x)</c>, <c>SUM(DISTINCT x)</c> and
/// <c>AVG(DISTINCT x)</c>. Equality is that of <see cref="SqlCompare"/> (so -0.0 and 0.0 are one value, NaN is one
/// value, 1.0 and 1.00 are one DECIMAL value).
/// </summary>
/// <typeparam name="T">The C# representation of the SQL type, nullable or not (e.g. <c>long?</c>, <see cref="string"/>).</typeparam>
public sealed class DistinctSet<T>
{
    private readonly HashSet<T> _set = new(SqlComparer<T>.Default);

    /// <summary>The number of distinct non-NULL values.</summary>
    public int Count => _set.Count;

    /// <summary>Adds a value; NULL is ignored.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when the value was not yet in the set.</returns>
    public bool Add(T? value) => value is not null && _set.Add(value);

    /// <summary>Removes a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when the value was in the set.</returns>
    public bool Remove(T? value) => value is not null && _set.Remove(value);

    /// <summary>Whether the set holds the value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when present (never for NULL).</returns>
    public bool Contains(T? value) => value is not null && _set.Contains(value);

    /// <summary>Removes every value (keeps the allocated capacity for reuse).</summary>
    public void Clear() => _set.Clear();

    /// <summary>Enumerates the distinct values (in no particular order) without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public HashSet<T>.Enumerator GetEnumerator() => _set.GetEnumerator();
}
