using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Order-preserving 64-bit sort prefixes (<c>IRow.SortPrefix</c>) of the values a row starts with: if
/// <c>SortPrefix(x) &lt; SortPrefix(y)</c> then <c>Compare(x, y) &lt; 0</c>. NULL, which sorts first, is 0; a nullable
/// value gives up its lowest bit to make room for it (equal prefixes are resolved by comparing the rows).
/// </summary>
public static partial class SqlCompare
{
    private const ulong SignBit = 0x8000_0000_0000_0000UL;

    /// <summary>Signed to unsigned order: flipping the sign bit maps long.MinValue..MaxValue onto 0..ulong.MaxValue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Ordered(long x) => (ulong)x ^ SignBit;

    /// <summary>A non-NULL value of a nullable column: above NULL's 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Present(ulong ordered) => ordered >> 1 | SignBit;

    /// <summary>Sort prefix of a TINYINT.</summary>
    public static ulong SortPrefix(sbyte x) => Ordered(x);
    /// <summary>Sort prefix of a nullable TINYINT.</summary>
    public static ulong SortPrefix(sbyte? x) => x is { } v ? Present(Ordered(v)) : 0;
    /// <summary>Sort prefix of a SMALLINT.</summary>
    public static ulong SortPrefix(short x) => Ordered(x);
    /// <summary>Sort prefix of a nullable SMALLINT.</summary>
    public static ulong SortPrefix(short? x) => x is { } v ? Present(Ordered(v)) : 0;
    /// <summary>Sort prefix of an INTEGER.</summary>
    public static ulong SortPrefix(int x) => Ordered(x);
    /// <summary>Sort prefix of a nullable INTEGER.</summary>
    public static ulong SortPrefix(int? x) => x is { } v ? Present(Ordered(v)) : 0;
    /// <summary>Sort prefix of a BIGINT.</summary>
    public static ulong SortPrefix(long x) => Ordered(x);
    /// <summary>Sort prefix of a nullable BIGINT.</summary>
    public static ulong SortPrefix(long? x) => x is { } v ? Present(Ordered(v)) : 0;
    /// <summary>Sort prefix of a BOOLEAN (FALSE before TRUE).</summary>
    public static ulong SortPrefix(bool x) => x ? 1UL : 0UL;
    /// <summary>Sort prefix of a nullable BOOLEAN.</summary>
    public static ulong SortPrefix(bool? x) => x is { } v ? (v ? 2UL : 1UL) : 0;
    /// <summary>Sort prefix of a DATE.</summary>
    public static ulong SortPrefix(SqlDate x) => Ordered(x.Days);
    /// <summary>Sort prefix of a nullable DATE.</summary>
    public static ulong SortPrefix(SqlDate? x) => x is { } v ? Present(Ordered(v.Days)) : 0;
    /// <summary>Sort prefix of a TIME.</summary>
    public static ulong SortPrefix(SqlTime x) => Ordered(x.Nanoseconds);
    /// <summary>Sort prefix of a nullable TIME.</summary>
    public static ulong SortPrefix(SqlTime? x) => x is { } v ? Present(Ordered(v.Nanoseconds)) : 0;
    /// <summary>Sort prefix of a TIMESTAMP.</summary>
    public static ulong SortPrefix(SqlTimestamp x) => Ordered(x.Microseconds);
    /// <summary>Sort prefix of a nullable TIMESTAMP.</summary>
    public static ulong SortPrefix(SqlTimestamp? x) => x is { } v ? Present(Ordered(v.Microseconds)) : 0;
    /// <summary>Sort prefix of a year-month INTERVAL.</summary>
    public static ulong SortPrefix(SqlMonthInterval x) => Ordered(x.Months);
    /// <summary>Sort prefix of a nullable year-month INTERVAL.</summary>
    public static ulong SortPrefix(SqlMonthInterval? x) => x is { } v ? Present(Ordered(v.Months)) : 0;
    /// <summary>Sort prefix of a day-time INTERVAL.</summary>
    public static ulong SortPrefix(SqlDayTimeInterval x) => Ordered(x.Microseconds);
    /// <summary>Sort prefix of a nullable day-time INTERVAL.</summary>
    public static ulong SortPrefix(SqlDayTimeInterval? x) => x is { } v ? Present(Ordered(v.Microseconds)) : 0;
}
