using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.SqlLogicTest.Format;

namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>
/// Renders a query's rows by its type string, orders them by its sort mode and compares them with the expected block:
/// value by value when the values are written out, by count and MD5 when the block is a hash line.
/// </summary>
internal static class QueryVerifier
{
    /// <summary>Verifies <paramref name="rows"/> (in the engine's order) against <paramref name="query"/>.</summary>
    /// <param name="columnTypes">Each column's SQL type, when known (DECIMAL scale in T columns).</param>
    /// <param name="ordering">The query's ORDER BY, used for <c>nosort</c> queries.</param>
    public static Verification Verify(
        QueryRecord query, IReadOnlyList<object?[]> rows, IReadOnlyList<SqlType?> columnTypes, IReadOnlyList<OrderKey> ordering)
    {
        if (rows.Count > 0 && rows[0].Length != query.Types.Length)
            return new Verification(false, $"the query returns {rows[0].Length} column(s) but the type string '{query.Types}' has {query.Types.Length}", [], "");

        var ordered = query.Sort == SortMode.NoSort ? RowOrder.Sort(rows, ordering) : rows;
        var rendered = ordered
            .Select(row => row.Select((v, i) => ValueRenderer.Render(v, query.Types[i], i < columnTypes.Count ? columnTypes[i] : null)).ToArray())
            .ToList();
        var actual = ResultOrdering.Flatten(rendered, query.Sort);
        string hash = ResultHasher.Hash(actual);
        string? mismatch = query.Expected switch
        {
            ExpectedHash h when h.Count != actual.Length =>
                $"expected {h.Count} values hashing to {h.Hash}, got {actual.Length} values hashing to {hash}",
            ExpectedHash h when h.Hash != hash => $"expected {h.Count} values hashing to {h.Hash}, got the same count hashing to {hash}",
            ExpectedValues v => CompareValues(v, actual),
            _ => null,
        };
        bool orderOnly = mismatch is not null && query.Sort == SortMode.NoSort && query.Expected is ExpectedValues ev &&
                         SameRows(ev.Values, actual, query.Types.Length);
        return new Verification(mismatch is null, mismatch, actual, hash, orderOnly);
    }

    /// <summary>True when two value lists hold the same rows of <paramref name="width"/> values, in any order.</summary>
    private static bool SameRows(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int width)
    {
        if (expected.Count != actual.Count || width == 0 || expected.Count % width != 0) return false;
        static List<string[]> Rows(IReadOnlyList<string> values, int width) =>
            [.. Enumerable.Range(0, values.Count / width).Select(r => values.Skip(r * width).Take(width).ToArray())];
        var e = ResultOrdering.Flatten(Rows(expected, width), SortMode.RowSort);
        var a = ResultOrdering.Flatten(Rows(actual, width), SortMode.RowSort);
        return e.SequenceEqual(a);
    }

    /// <summary>The hash an expected block stands for (what a skipped labelled query contributes to its label).</summary>
    public static string ExpectedHashOf(ExpectedResult expected) => expected switch
    {
        ExpectedHash h => h.Hash,
        ExpectedValues v => ResultHasher.Hash(v.Values),
        _ => throw new ArgumentOutOfRangeException(nameof(expected)),
    };

    private static string? CompareValues(ExpectedValues expected, IReadOnlyList<string> actual)
    {
        var values = expected.Values;
        for (int i = 0; i < Math.Min(values.Length, actual.Count); i++)
            if (!string.Equals(values[i], actual[i], StringComparison.Ordinal))
                return $"value {i + 1} of {values.Length}: expected '{values[i]}', got '{actual[i]}'" +
                       (values.Length != actual.Count ? $" (and {actual.Count} values instead of {values.Length})" : "");
        return values.Length == actual.Count ? null : $"expected {values.Length} values, got {actual.Count}";
    }
}
