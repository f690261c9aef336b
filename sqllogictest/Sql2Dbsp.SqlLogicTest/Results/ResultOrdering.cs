using System.Collections.Immutable;
using Sql2Dbsp.SqlLogicTest.Format;

namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>Applies a record's sort mode to rendered rows and flattens them into the list of values that is compared.</summary>
internal static class ResultOrdering
{
    /// <summary>
    /// <c>rowsort</c> sorts whole rows and <c>valuesort</c> single values, both with <c>strcmp</c> on the rendered
    /// strings (so "10" sorts before "9"); <c>nosort</c> keeps the rows in the order given.
    /// </summary>
    public static ImmutableArray<string> Flatten(IReadOnlyList<string[]> rows, SortMode sort)
    {
        IEnumerable<string[]> ordered = rows;
        if (sort == SortMode.RowSort)
        {
            var copy = rows.ToArray();
            Array.Sort(copy, CompareRows);
            ordered = copy;
        }
        var values = ordered.SelectMany(r => r).ToArray();
        if (sort == SortMode.ValueSort) Array.Sort(values, StringComparer.Ordinal);
        return [.. values];
    }

    private static int CompareRows(string[] a, string[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            int c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }
}
