using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>Casts from and to strings, binary and date/time types, and the DECIMAL helpers.</summary>
public static partial class SqlCast
{
    // ---------------------------------------------------------------- from VARCHAR to value types (nullable results)

    /// <summary>CAST(VARCHAR AS BOOLEAN): <c>true</c>/<c>false</c>, their prefixes, <c>yes</c>/<c>no</c>,
    /// <c>on</c>/<c>off</c>, <c>1</c>/<c>0</c>, case-insensitive, blanks trimmed. NULL gives NULL.</summary>
    public static bool? ToBoolean(string? x)
    {
        if (x is null)
        {
            return null;
        }

        ReadOnlySpan<char> s = SqlText.TrimInput(x);
        if (s.Length is > 0 and <= 5)
        {
            Span<char> lower = stackalloc char[5];
            int n = s.ToLowerInvariant(lower);
            ReadOnlySpan<char> l = lower[..n];
            if ("true".AsSpan().StartsWith(l) || "yes".AsSpan().StartsWith(l) || l.SequenceEqual("on") || l.SequenceEqual("1"))
            {
                return true;
            }

            if ("false".AsSpan().StartsWith(l) || "no".AsSpan().StartsWith(l) || (l.Length >= 2 && "off".AsSpan().StartsWith(l)) || l.SequenceEqual("0"))
            {
                return false;
            }
        }

        return SqlErrors.CannotCast<bool?>(x, "BOOLEAN");
    }

    /// <summary>CAST(VARCHAR AS TINYINT): trims blanks, parses an optional sign and digits. NULL gives NULL.</summary>
    public static sbyte? ToTinyInt(string? x) => x is null ? null : ToTinyInt(ParseInteger(x, "TINYINT"));

    /// <summary>CAST(VARCHAR AS SMALLINT): trims blanks, parses an optional sign and digits. NULL gives NULL.</summary>
    public static short? ToSmallInt(string? x) => x is null ? null : ToSmallInt(ParseInteger(x, "SMALLINT"));

    /// <summary>CAST(VARCHAR AS INTEGER): trims blanks, parses an optional sign and digits. NULL gives NULL.</summary>
    public static int? ToInteger(string? x) => x is null ? null : ToInteger(ParseInteger(x, "INTEGER"));

    /// <summary>CAST(VARCHAR AS BIGINT): trims blanks, parses an optional sign and digits. NULL gives NULL.</summary>
    public static long? ToBigInt(string? x) => x is null ? null : ParseInteger(x, "BIGINT");

    /// <summary>CAST(VARCHAR AS DECIMAL(p, s)): trims blanks, parses a decimal (exponent allowed), then applies
    /// <see cref="ToDecimal(SqlDecimal, int, int)"/>. NULL gives NULL.</summary>
    public static SqlDecimal? ToDecimal(string? x, int precision, int scale) =>
        x is null ? null : SqlDecimal.Parse(x, precision, scale);

    /// <summary>CAST(VARCHAR AS REAL): trims blanks; accepts decimal/exponent notation, Infinity, NaN. NULL gives NULL.</summary>
    public static float? ToReal(string? x)
    {
        if (x is null)
        {
            return null;
        }

        ReadOnlySpan<char> s = SqlText.TrimInput(x);
        if (SqlText.TryParseDouble(s, out double d, out bool overflow) && (!double.IsFinite(d) || !SqlText.IsPlainNumber(s)))
        {
            return (float)d; // Infinity / NaN
        }

        if (!overflow && SqlText.IsPlainNumber(s) && float.TryParse(s, System.Globalization.NumberStyles.Float, SqlText.Invariant, out float f))
        {
            if (float.IsInfinity(f))
            {
                SqlErrors.OutOfRange(x.Trim(), "REAL");
            }

            return f;
        }

        if (overflow)
        {
            SqlErrors.OutOfRange(x.Trim(), "REAL");
        }

        return SqlErrors.CannotCast<float?>(x, "REAL");
    }

    /// <summary>CAST(VARCHAR AS DOUBLE): trims blanks; accepts decimal/exponent notation, Infinity, NaN. NULL gives NULL.</summary>
    public static double? ToDouble(string? x)
    {
        if (x is null)
        {
            return null;
        }

        if (SqlText.TryParseDouble(SqlText.TrimInput(x), out double d, out bool overflow))
        {
            return d;
        }

        if (overflow)
        {
            SqlErrors.OutOfRange(x.Trim(), "DOUBLE");
        }

        return SqlErrors.CannotCast<double?>(x, "DOUBLE");
    }

    /// <summary>CAST(VARCHAR AS VARBINARY) with PostgreSQL <c>bytea</c> input rules: <c>\x</c> followed by hex digits, or
    /// else the UTF-8 bytes of the text where <c>\\</c> is a backslash and <c>\ooo</c> an octal byte. NULL gives NULL.</summary>
    public static SqlBinary? ToVarbinary(string? x)
    {
        if (x is null)
        {
            return null;
        }

        if (x.Length >= 2 && x[0] == '\\' && (x[1] == 'x' || x[1] == 'X'))
        {
            return SqlBinary.TryParseHex(x.AsSpan(2), out SqlBinary hex) ? hex : SqlErrors.CannotCast<SqlBinary>(x, "VARBINARY");
        }

        if (!x.Contains('\\'))
        {
            return new SqlBinary(Encoding.UTF8.GetBytes(x));
        }

        var bytes = new List<byte>(x.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < x.Length; i++)
        {
            char c = x[i];
            if (c != '\\')
            {
                int w = CodePoints.WidthAt(x, i);
                int n = Encoding.UTF8.GetBytes(x.AsSpan(i, w), utf8);
                for (int k = 0; k < n; k++)
                {
                    bytes.Add(utf8[k]);
                }

                i += w - 1;
                continue;
            }

            if (i + 1 < x.Length && x[i + 1] == '\\')
            {
                bytes.Add((byte)'\\');
                i++;
            }
            else if (i + 3 < x.Length && IsOctal(x[i + 1]) && IsOctal(x[i + 2]) && IsOctal(x[i + 3]) && x[i + 1] <= '3')
            {
                bytes.Add((byte)(((x[i + 1] - '0') << 6) | ((x[i + 2] - '0') << 3) | (x[i + 3] - '0')));
                i += 3;
            }
            else
            {
                SqlErrors.CannotCast(x, "VARBINARY");
            }
        }

        return new SqlBinary(bytes.ToArray());

        static bool IsOctal(char c) => c is >= '0' and <= '7';
    }

    /// <summary>CAST(VARCHAR AS DATE) (see <see cref="SqlDate.Parse"/>). NULL gives NULL.</summary>
    public static SqlDate? ToDate(string? x) => x is null ? null : SqlDate.Parse(x);

    /// <summary>CAST(VARCHAR AS TIME) (see <see cref="SqlTime.Parse"/>). NULL gives NULL.</summary>
    public static SqlTime? ToTime(string? x) => x is null ? null : SqlTime.Parse(x);

    /// <summary>CAST(VARCHAR AS TIMESTAMP) (see <see cref="SqlTimestamp.Parse"/>). NULL gives NULL.</summary>
    public static SqlTimestamp? ToTimestamp(string? x) => x is null ? null : SqlTimestamp.Parse(x);

    /// <summary>CAST(VARCHAR AS INTERVAL YEAR TO MONTH) (see <see cref="SqlMonthInterval.Parse"/>). NULL gives NULL.</summary>
    public static SqlMonthInterval? ToMonthInterval(string? x) => x is null ? null : SqlMonthInterval.Parse(x);

    /// <summary>CAST(VARCHAR AS INTERVAL DAY TO SECOND) (see <see cref="SqlDayTimeInterval.Parse"/>). NULL gives NULL.</summary>
    public static SqlDayTimeInterval? ToDayTimeInterval(string? x) => x is null ? null : SqlDayTimeInterval.Parse(x);

    // ---------------------------------------------------------------- binary, date and time targets

    /// <summary>CAST(VARBINARY AS VARBINARY) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlBinary ToVarbinary(SqlBinary x) => x;

    /// <summary>CAST(DATE AS DATE) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate ToDate(SqlDate x) => x;

    /// <summary>CAST(TIMESTAMP AS DATE): the date part.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDate ToDate(SqlTimestamp x) => x.Date;

    /// <summary>CAST(TIME AS TIME) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime ToTime(SqlTime x) => x;

    /// <summary>CAST(TIMESTAMP AS TIME): the time of day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTime ToTime(SqlTimestamp x) => x.TimeOfDay;

    /// <summary>CAST(TIMESTAMP AS TIMESTAMP) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp ToTimestamp(SqlTimestamp x) => x;

    /// <summary>CAST(DATE AS TIMESTAMP): midnight of the date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlTimestamp ToTimestamp(SqlDate x) => new(CivilCalendar.DateToMicros(x.Days));

    /// <summary>CAST(INTERVAL YEAR TO MONTH AS INTERVAL YEAR TO MONTH) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlMonthInterval ToMonthInterval(SqlMonthInterval x) => x;

    /// <summary>CAST(INTERVAL DAY TO SECOND AS INTERVAL DAY TO SECOND) (identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SqlDayTimeInterval ToDayTimeInterval(SqlDayTimeInterval x) => x;

    // ---------------------------------------------------------------- to VARCHAR(n) / CHAR(n)

    /// <summary>CAST(VARCHAR AS VARCHAR(n)): truncates to <paramref name="maxLength"/> characters (code points) when
    /// <paramref name="maxLength"/> &gt;= 0. NULL gives NULL.</summary>
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToVarchar(string? x, int maxLength) =>
        x is null || maxLength < 0 || x.Length <= maxLength ? x : CodePoints.Truncate(x, maxLength);

    /// <summary>CAST(VARCHAR AS CHAR(n)): truncates to <paramref name="length"/> characters (code points), then drops
    /// trailing blanks. A CHAR(n) value is kept without its padding (the canonical form: trailing blanks are
    /// insignificant, so equality, hashing and ordering of plain strings are PostgreSQL's bpchar rules) and padded only
    /// where PostgreSQL shows it: on output, LIKE and CONCAT (<see cref="SqlString.PadChar"/>). With
    /// <paramref name="length"/> &lt; 0 (a CHAR without length, PostgreSQL's <c>bpchar</c>, the common type of CHAR
    /// values of different lengths or of CHAR and VARCHAR) the value is kept as it is, trailing blanks included.
    /// NULL gives NULL.</summary>
    [return: NotNullIfNotNull(nameof(x))]
    public static string? ToChar(string? x, int length)
    {
        if (x is null || length < 0)
        {
            return x;
        }

        string t = x.Length > length ? CodePoints.Truncate(x, length) : x;
        return t.Length > 0 && t[^1] == ' ' ? t.TrimEnd(' ') : t;
    }

    /// <summary>CAST(BOOLEAN AS VARCHAR(n)): <c>true</c> or <c>false</c>.</summary>
    public static string ToVarchar(bool x, int maxLength) => Limit(x ? "true" : "false", maxLength);

    /// <summary>CAST(TINYINT AS VARCHAR(n)).</summary>
    public static string ToVarchar(sbyte x, int maxLength) => Limit(x.ToString(SqlText.Invariant), maxLength);

    /// <summary>CAST(SMALLINT AS VARCHAR(n)).</summary>
    public static string ToVarchar(short x, int maxLength) => Limit(x.ToString(SqlText.Invariant), maxLength);

    /// <summary>CAST(INTEGER AS VARCHAR(n)).</summary>
    public static string ToVarchar(int x, int maxLength) => Limit(x.ToString(SqlText.Invariant), maxLength);

    /// <summary>CAST(BIGINT AS VARCHAR(n)).</summary>
    public static string ToVarchar(long x, int maxLength) => Limit(x.ToString(SqlText.Invariant), maxLength);

    /// <summary>CAST(DECIMAL AS VARCHAR(n)): the digits with the value's scale (1.50 stays <c>1.50</c>).</summary>
    public static string ToVarchar(SqlDecimal x, int maxLength) => Limit(x.ToString(), maxLength);

    /// <summary>CAST(REAL AS VARCHAR(n)): PostgreSQL's shortest round-trip text.</summary>
    public static string ToVarchar(float x, int maxLength) => Limit(SqlText.FormatReal(x), maxLength);

    /// <summary>CAST(DOUBLE AS VARCHAR(n)): PostgreSQL's shortest round-trip text (<c>0.1</c>, <c>1e+20</c>, <c>NaN</c>).</summary>
    public static string ToVarchar(double x, int maxLength) => Limit(SqlText.FormatDouble(x), maxLength);

    /// <summary>CAST(VARBINARY AS VARCHAR(n)): PostgreSQL hex text, <c>\x0a0b</c>.</summary>
    public static string ToVarchar(SqlBinary x, int maxLength) => Limit(x.ToString(), maxLength);

    /// <summary>CAST(DATE AS VARCHAR(n)): <c>YYYY-MM-DD</c>.</summary>
    public static string ToVarchar(SqlDate x, int maxLength) => Limit(x.ToString(), maxLength);

    /// <summary>CAST(TIME AS VARCHAR(n)): <c>HH:MM:SS[.fraction]</c>.</summary>
    public static string ToVarchar(SqlTime x, int maxLength) => Limit(x.ToString(), maxLength);

    /// <summary>CAST(TIMESTAMP AS VARCHAR(n)): <c>YYYY-MM-DD HH:MM:SS[.fraction]</c>.</summary>
    public static string ToVarchar(SqlTimestamp x, int maxLength) => Limit(x.ToString(), maxLength);

    /// <summary>CAST(INTERVAL YEAR TO MONTH AS VARCHAR(n)): PostgreSQL text, <c>1 year 2 mons</c>.</summary>
    public static string ToVarchar(SqlMonthInterval x, int maxLength) => Limit(x.ToString(), maxLength);

    /// <summary>CAST(INTERVAL DAY TO SECOND AS VARCHAR(n)): PostgreSQL text, <c>1 day 02:03:04</c>.</summary>
    public static string ToVarchar(SqlDayTimeInterval x, int maxLength) => Limit(x.ToString(), maxLength);

    /// <summary>CAST(BOOLEAN AS CHAR(n)).</summary>
    public static string ToChar(bool x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(TINYINT AS CHAR(n)).</summary>
    public static string ToChar(sbyte x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(SMALLINT AS CHAR(n)).</summary>
    public static string ToChar(short x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(INTEGER AS CHAR(n)).</summary>
    public static string ToChar(int x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(BIGINT AS CHAR(n)).</summary>
    public static string ToChar(long x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(DECIMAL AS CHAR(n)).</summary>
    public static string ToChar(SqlDecimal x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(REAL AS CHAR(n)).</summary>
    public static string ToChar(float x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(DOUBLE AS CHAR(n)).</summary>
    public static string ToChar(double x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(VARBINARY AS CHAR(n)).</summary>
    public static string ToChar(SqlBinary x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(DATE AS CHAR(n)).</summary>
    public static string ToChar(SqlDate x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(TIME AS CHAR(n)).</summary>
    public static string ToChar(SqlTime x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(TIMESTAMP AS CHAR(n)).</summary>
    public static string ToChar(SqlTimestamp x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(INTERVAL YEAR TO MONTH AS CHAR(n)).</summary>
    public static string ToChar(SqlMonthInterval x, int length) => ToChar(ToVarchar(x, -1), length);

    /// <summary>CAST(INTERVAL DAY TO SECOND AS CHAR(n)).</summary>
    public static string ToChar(SqlDayTimeInterval x, int length) => ToChar(ToVarchar(x, -1), length);

    // ---------------------------------------------------------------- helpers

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string Limit(string s, int maxLength) =>
        maxLength < 0 || s.Length <= maxLength ? s : CodePoints.Truncate(s, maxLength);

    private static long ParseInteger(string x, string type)
    {
        ReadOnlySpan<char> s = SqlText.TrimInput(x);
        if (!SqlText.TryParseInteger(s, out long value, out bool overflow))
        {
            if (overflow)
            {
                SqlErrors.OutOfRange(s.ToString(), type);
            }

            SqlErrors.CannotCast(x, type);
        }

        return value;
    }

    internal static string DecimalTypeName(int precision, int scale) =>
        string.Create(SqlText.Invariant, $"DECIMAL({precision}, {scale})");
}
