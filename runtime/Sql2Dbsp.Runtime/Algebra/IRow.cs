namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// A row: a value type with a total order, equality consistent with it, and a hash consistent with equality.
/// Generated row structs implement it with static members, so generic operators constrained on
/// <c>T : struct, IRow&lt;T&gt;</c> are specialised by the JIT and never box.
/// </summary>
/// <remarks>The order is SQL's sort order with NULLs first; NULL equals NULL (grouping semantics, not <c>=</c>).</remarks>
public interface IRow<T> where T : struct, IRow<T>
{
    /// <summary>Total order: negative, zero or positive.</summary>
    static abstract int Compare(in T a, in T b);

    /// <summary>Equality consistent with <see cref="Compare"/> returning zero.</summary>
    static abstract bool AreEqual(in T a, in T b);

    /// <summary>Hash consistent with <see cref="AreEqual"/>.</summary>
    static abstract int Hash(in T row);

    /// <summary>Whether <see cref="SortPrefix"/> carries information (a constant the JIT folds).</summary>
    static virtual bool HasSortPrefix => false;

    /// <summary>
    /// A 64-bit key that orders rows wherever it differs: <c>SortPrefix(a) &lt; SortPrefix(b)</c> implies
    /// <c>Compare(a, b) &lt; 0</c>; equal prefixes decide nothing. Sorting compares integers first and rows only on ties.
    /// </summary>
    static virtual ulong SortPrefix(in T row) => 0;

    /// <summary>
    /// When the prefix is exact — equal prefixes mean equal rows — the number of its leading bits in use (the rest
    /// are zero), so a pair can append the next row's prefix after them; −1 when it is not exact.
    /// </summary>
    static virtual int SortPrefixExactBits => -1;
}

/// <summary>
/// A row that converts to and from untyped values, for the untyped input and output handles. Values use the CLR
/// types documented by the SQL library's <c>SqlConvert</c> (long for BIGINT, string for VARCHAR, DateOnly for DATE, ...).
/// </summary>
public interface IRowValues<T> : IRow<T> where T : struct, IRowValues<T>
{
    /// <summary>Number of columns.</summary>
    static abstract int Arity { get; }

    /// <summary>Builds a row from untyped values, converting and validating each (e.g. NULL in a NOT NULL column throws).</summary>
    static abstract T FromValues(ReadOnlySpan<object?> values);

    /// <summary>Writes the row's columns as untyped values into <paramref name="values"/> (length <see cref="Arity"/>).</summary>
    static abstract void ToValues(in T row, Span<object?> values);
}
