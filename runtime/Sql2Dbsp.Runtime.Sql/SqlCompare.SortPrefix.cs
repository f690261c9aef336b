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

    /// <summary>
    /// Sort prefix of a VARCHAR or CHAR: its first four UTF-16 units in code point order (surrogates after U+FFFF,
    /// as in <see cref="Compare(string?, string?)"/>), a shorter string padded with zeros; NULL is 0.
    /// </summary>
    public static ulong SortPrefix(string? x)
    {
        if (x is null) return 0;
        ulong p = 0;
        for (int i = 0; i < 4; i++)
        {
            uint c = i < x.Length ? x[i] : 0u;
            if (c >= 0xD800) c = c >= 0xE000 ? c - 0x800 : c + 0x2000;
            p = p << 16 | c;
        }
        return Present(p);
    }

    // Exact sort bits: the value's whole order in the low bits (8, 16 or 32; one more for a nullable value, whose
    // NULL is 0), so that a row's prefix can hold several leading columns one after another.

    /// <summary>Exact sort bits of a TINYINT (8 bits).</summary>
    public static ulong SortBits(sbyte x) => unchecked((byte)(x ^ sbyte.MinValue));
    /// <summary>Exact sort bits of a nullable TINYINT (9 bits).</summary>
    public static ulong SortBits(sbyte? x) => x is { } v ? SortBits(v) + 1 : 0;
    /// <summary>Exact sort bits of a SMALLINT (16 bits).</summary>
    public static ulong SortBits(short x) => unchecked((ushort)(x ^ short.MinValue));
    /// <summary>Exact sort bits of a nullable SMALLINT (17 bits).</summary>
    public static ulong SortBits(short? x) => x is { } v ? SortBits(v) + 1 : 0;
    /// <summary>Exact sort bits of an INTEGER (32 bits).</summary>
    public static ulong SortBits(int x) => unchecked((uint)(x ^ int.MinValue));
    /// <summary>Exact sort bits of a nullable INTEGER (33 bits).</summary>
    public static ulong SortBits(int? x) => x is { } v ? SortBits(v) + 1 : 0;
    /// <summary>Exact sort bits of a BOOLEAN (1 bit).</summary>
    public static ulong SortBits(bool x) => x ? 1UL : 0UL;
    /// <summary>Exact sort bits of a nullable BOOLEAN (2 bits).</summary>
    public static ulong SortBits(bool? x) => x is { } v ? SortBits(v) + 1 : 0;
    /// <summary>Exact sort bits of a DATE (32 bits).</summary>
    public static ulong SortBits(SqlDate x) => SortBits(x.Days);
    /// <summary>Exact sort bits of a nullable DATE (33 bits).</summary>
    public static ulong SortBits(SqlDate? x) => x is { } v ? SortBits(v) + 1 : 0;
    /// <summary>Exact sort bits of a year-month INTERVAL (32 bits).</summary>
    public static ulong SortBits(SqlMonthInterval x) => SortBits(x.Months);
    /// <summary>Exact sort bits of a nullable year-month INTERVAL (33 bits).</summary>
    public static ulong SortBits(SqlMonthInterval? x) => x is { } v ? SortBits(v) + 1 : 0;
}
