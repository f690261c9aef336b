using System.Globalization;
using System.Numerics;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Tpch;

/// <summary>
/// Compares a view's contents with DuckDB's result as multisets of rows, each value at our column's type:
/// exact numbers (integers, DECIMAL) must be numerically equal; a CHAR(n) string from DuckDB (which does not pad)
/// is padded to n first; a DOUBLE on either side (DuckDB gives DOUBLE for AVG of DECIMAL and for DECIMAL division)
/// matches when the difference is at most half a unit of our DECIMAL scale plus a relative 1e-9.
/// For ORDER BY … LIMIT views, rows tying on the ORDER BY columns with the last row of a full result are compared by
/// their count only, since two correct engines may cut such a tie group differently.
/// </summary>
public static class ResultComparison
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Null when equal; otherwise the first difference, in words.</summary>
    public static string? Compare(TpchQuery query, IReadOnlyList<SqlType> types, IReadOnlyList<object?[]> ours, IReadOnlyList<object?[]> reference)
    {
        var mine = ours.Select(r => Normalize(types, r, fromReference: false)).ToList();
        var theirs = reference.Select(r => Normalize(types, r, fromReference: true)).ToList();
        string tieNote = "";
        if (query.Limit is int limit && query.SortColumns is { } keys && theirs.Count == limit && limit > 0)
        {
            var last = theirs[^1];
            bool Ties(object?[] row) => keys.All(k => CompareValues(types[k], row[k], last[k]) == 0);
            int myTies = mine.RemoveAll(Ties), theirTies = theirs.RemoveAll(Ties);
            tieNote = myTies == theirTies
                ? myTies > 1 ? $" ({myTies} rows tying at the LIMIT compared by count)" : ""
                : $"; {myTies} row(s) ours and {theirTies} in DuckDB tie with DuckDB's last row {Format(last)} on the ORDER BY columns";
        }
        var comparer = Comparer<object?[]>.Create((a, b) => CompareRows(types, a, b));
        mine.Sort(comparer);
        theirs.Sort(comparer);
        int i = 0, j = 0, extra = 0, missing = 0;
        object?[]? firstExtra = null, firstMissing = null;
        while (i < mine.Count || j < theirs.Count)
        {
            int c = i == mine.Count ? 1 : j == theirs.Count ? -1 : CompareRows(types, mine[i], theirs[j]);
            if (c == 0) { i++; j++; }
            else if (c < 0) { extra++; firstExtra ??= mine[i]; i++; }
            else { missing++; firstMissing ??= theirs[j]; j++; }
        }
        if (extra == 0 && missing == 0 && !tieNote.StartsWith(';')) return null;
        var message = $"{ours.Count} row(s) ours, {reference.Count} in DuckDB{tieNote}; {extra} only ours, {missing} only in DuckDB";
        if (firstExtra is not null) message += $"; first only ours: {Format(firstExtra)}";
        if (firstMissing is not null) message += $"; first only in DuckDB: {Format(firstMissing)}";
        return message;
    }

    /// <summary>
    /// Brings a row to our column types' representation: exact numbers as decimal, dates as DateOnly, and
    /// DuckDB's CHAR(n) values (unpadded there) padded to n. Our own strings are left alone, so missing padding shows.
    /// </summary>
    private static object?[] Normalize(IReadOnlyList<SqlType> types, object?[] row, bool fromReference)
    {
        if (row.Length != types.Count)
            return [.. row, $"<{row.Length} columns, expected {types.Count}>"];
        var result = new object?[row.Length];
        for (int c = 0; c < row.Length; c++)
        {
            object? value = row[c];
            result[c] = value switch
            {
                null => null,
                double or float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
                BigInteger big => (decimal)big,
                SqlDecimal d => (decimal)d,
                sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                DateTime time => DateOnly.FromDateTime(time),
                string s when fromReference && types[c].Kind == SqlTypeKind.Char && types[c].Precision > s.Length =>
                    s.PadRight(types[c].Precision),
                _ => value,
            };
        }
        return result;
    }

    private static int CompareRows(IReadOnlyList<SqlType> types, object?[] a, object?[] b)
    {
        for (int c = 0; c < types.Count && c < a.Length && c < b.Length; c++)
        {
            int r = CompareValues(types[c], a[c], b[c]);
            if (r != 0) return r;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static int CompareValues(SqlType type, object? a, object? b)
    {
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        switch (a, b)
        {
            case (decimal x, decimal y): return x.CompareTo(y);
            case (double or decimal, double or decimal):
            {
                double x = Convert.ToDouble(a, CultureInfo.InvariantCulture), y = Convert.ToDouble(b, CultureInfo.InvariantCulture);
                double tolerance = RelativeTolerance * Math.Max(Math.Abs(x), Math.Abs(y)) + 1e-12;
                if (type.Kind == SqlTypeKind.Decimal) tolerance += 0.5 * Math.Pow(10, -type.Scale);
                return Math.Abs(x - y) <= tolerance ? 0 : x.CompareTo(y);
            }
            case (string x, string y): return string.CompareOrdinal(x, y);
            case (DateOnly x, DateOnly y): return x.CompareTo(y);
            default:
                // Values of different kinds (a string against a number): order by kind so the sort stays total.
                int kinds = string.CompareOrdinal(a.GetType().Name, b.GetType().Name);
                return kinds != 0 ? kinds : string.CompareOrdinal(Format(a), Format(b));
        }
    }

    public static string Format(object?[] row) => "(" + string.Join(", ", row.Select(Format)) + ")";

    private static string Format(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
