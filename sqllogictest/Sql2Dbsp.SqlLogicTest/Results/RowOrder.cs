using System.Collections;
using System.Globalization;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>
/// Orders result rows by a query's ORDER BY, comparing the CLR values with SQL semantics (numbers by value, strings by
/// code unit, NULLs where the key says). The sort is stable, so rows that tie keep the engine's order.
/// </summary>
internal static class RowOrder
{
    /// <summary>The rows sorted by <paramref name="keys"/> (the input when there are none).</summary>
    public static IReadOnlyList<object?[]> Sort(IReadOnlyList<object?[]> rows, IReadOnlyList<OrderKey> keys) =>
        keys.Count == 0 ? rows : rows.Order(new KeyComparer(keys)).ToList();

    /// <summary>Compares two non-null values of one column.</summary>
    internal static int CompareValues(object a, object b)
    {
        if (a is string sa && b is string sb) return string.CompareOrdinal(sa, sb);
        if (a.GetType() == b.GetType() && a is IComparable ca) return ca.CompareTo(b);
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is double or float || b is double or float)
                return Double(a).CompareTo(Double(b));
            return Exact(a).CompareTo(Exact(b));
        }
        if (a is byte[] ba && b is byte[] bb) return StructuralComparisons.StructuralComparer.Compare(ba, bb);
        return string.CompareOrdinal(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture));
    }

    private static bool IsNumber(object v) => v is sbyte or short or int or long or byte or ushort or uint or ulong or SqlDecimal or double or float;

    private static double Double(object v) => v is SqlDecimal d ? d.ToDouble() : Convert.ToDouble(v, CultureInfo.InvariantCulture);

    private static SqlDecimal Exact(object v) => v switch
    {
        SqlDecimal d => d,
        ulong u => new SqlDecimal(u, 0),
        _ => Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };

    private sealed class KeyComparer(IReadOnlyList<OrderKey> keys) : IComparer<object?[]>
    {
        public int Compare(object?[]? x, object?[]? y)
        {
            foreach (var key in keys)
            {
                object? a = x![key.Column], b = y![key.Column];
                int c;
                if (a is null || b is null)
                {
                    if (a is null && b is null) continue;
                    // NULL placement does not flip with the direction: it is stated by the key itself.
                    return (a is null) == key.NullsFirst ? -1 : 1;
                }
                c = CompareValues(a, b);
                if (c != 0) return key.Descending ? -c : c;
            }
            return 0;
        }
    }
}
