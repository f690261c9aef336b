using System.Globalization;
using System.Text;
using System.Text.Json;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Values;

/// <summary>
/// Converts one column's input (a JSON token or a CSV field) to the value pushed into the table: the SQL library's
/// own representation (<see cref="long"/> for BIGINT, <see cref="SqlDate"/> for DATE, ...), already range-checked,
/// rounded and truncated by the same rules as a cast, so a record that parses is never rejected later by the table.
/// A failure returns false with a message that names the column, its type and the offending text.
/// </summary>
public sealed class ColumnReader
{
    private const int SmallMin = -128;
    private const int SmallMax = 1024;

    // Shared boxes for small integers (as the JDK caches Integer): flags, codes and counters are mostly small.
    private static readonly object[] SmallInts = [.. Enumerable.Range(SmallMin, SmallMax - SmallMin).Select(i => (object)i)];
    private static readonly object[] SmallLongs = [.. Enumerable.Range(SmallMin, SmallMax - SmallMin).Select(i => (object)(long)i)];

    // Throws on invalid bytes (the default encoding would replace them with U+FFFD without a word).
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SqlType type;

    /// <summary>A reader for <paramref name="column"/>.</summary>
    public ColumnReader(ColumnSchema column)
    {
        Column = column;
        type = column.Type;
    }

    /// <summary>The column.</summary>
    public ColumnSchema Column { get; }

    /// <summary>Reads the JSON value at the reader's current token (which must be a complete value).</summary>
    public bool TryRead(ref Utf8JsonReader reader, out object? value, out string? error)
    {
        error = null;
        value = null;
        try
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.True or JsonTokenType.False:
                    if (type.Kind == SqlTypeKind.Boolean)
                    {
                        value = reader.TokenType == JsonTokenType.True;
                        return true;
                    }
                    return Wrong("a boolean", out error);
                case JsonTokenType.Number:
                    return FromJsonNumber(ref reader, out value, out error);
                case JsonTokenType.String:
                    return FromJsonString(ref reader, out value, out error);
                case JsonTokenType.StartArray when type.Kind == SqlTypeKind.Varbinary:
                    return FromByteArray(ref reader, out value, out error);
                default:
                    return Wrong(reader.TokenType == JsonTokenType.StartArray ? "an array" : "an object", out error);
            }
        }
        catch (SqlRuntimeException e)
        {
            error = $"{Describe()}: {e.Message}";
            return false;
        }
    }

    /// <summary>Reads a text field (CSV). <paramref name="quoted"/> distinguishes <c>""</c> (an empty string) from an
    /// empty unquoted field (NULL).</summary>
    public bool TryRead(ReadOnlySpan<byte> text, bool quoted, out object? value, out string? error)
    {
        error = null;
        value = null;
        if (text.IsEmpty && !quoted) return true;
        try
        {
            switch (type.Kind)
            {
                case SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt:
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l)) return Integer(l, text, out value, out error);
                    return Invalid(text, "an integer", out error);
                case SqlTypeKind.Double:
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                    {
                        value = d;
                        return true;
                    }
                    return Invalid(text, "a number", out error);
                case SqlTypeKind.Real:
                    if (float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float f) && (float.IsFinite(f) || !IsPlainNumber(text)))
                    {
                        value = f;
                        return true;
                    }
                    return Invalid(text, "a number in REAL range", out error);
                case SqlTypeKind.Decimal:
                    if (Decimal(text, out value)) return true;
                    return Invalid(text, "a decimal number", out error);
                case SqlTypeKind.Boolean:
                    value = SqlCast.ToBoolean(StrictUtf8.GetString(text));
                    return true;
                case SqlTypeKind.Date when TryIsoDate(text, out var date):
                    value = date;
                    return true;
                default:
                    return FromString(StrictUtf8.GetString(text), out value, out error);
            }
        }
        catch (SqlRuntimeException e)
        {
            error = $"{Describe()}: {e.Message}";
            return false;
        }
        catch (DecoderFallbackException)
        {
            // Text input must be UTF-8: a replacement character would silently change the value.
            error = $"{Describe()}: the text is not valid UTF-8 (byte {InvalidUtf8Offset(text) + 1} of the field)";
            return false;
        }
    }

    /// <summary>A JSON reader could not turn a string into .NET text: invalid UTF-8 bytes, or an escaped lone surrogate
    /// (which System.Text.Json reports without an inner exception, so its message tells).</summary>
    internal static bool IsTextError(InvalidOperationException e) =>
        e.InnerException is DecoderFallbackException || e.Message.Contains("UTF-16", StringComparison.Ordinal) || e.Message.Contains("UTF-8", StringComparison.Ordinal);

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence.</summary>
    /// <summary>
    /// A number as the column's DECIMAL(p, s), exactly from its digits (all 38 of them); false when the text is not a
    /// number; a number out of the type's range throws the cast's error.
    /// </summary>
    private bool Decimal(ReadOnlySpan<byte> text, out object? value)
    {
        value = null;
        if (SqlDecimal.TryParse(text, type.Precision, type.Scale, out var d, out bool outOfRange))
        {
            value = d;
            return true;
        }

        if (outOfRange) value = SqlCast.ToDecimal(Encoding.ASCII.GetString(text), type.Precision, type.Scale);
        return false;
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> text)
    {
        int offset = 0;
        while (offset < text.Length && Rune.DecodeFromUtf8(text[offset..], out _, out int consumed) == System.Buffers.OperationStatus.Done) offset += consumed;
        return offset;
    }

    /// <summary>"column 'price' (DECIMAL(10, 2))".</summary>
    public string Describe() => $"column '{Column.Name}' ({type.WithNullable(true)})";

    private bool FromJsonNumber(ref Utf8JsonReader reader, out object? value, out string? error)
    {
        value = null;
        error = null;
        switch (type.Kind)
        {
            case SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt:
                if (reader.TryGetInt64(out long l)) return Integer(l, reader.ValueSpan, out value, out error);
                return Invalid(reader.ValueSpan, IsPlainInteger(reader.ValueSpan) ? $"an integer in {type.WithNullable(true)} range" : "an integer", out error);
            case SqlTypeKind.Double:
                value = reader.GetDouble();
                return true;
            case SqlTypeKind.Real:
                float f = reader.GetSingle();
                if (float.IsInfinity(f)) return Invalid(reader.ValueSpan, "a number in REAL range", out error);
                value = f;
                return true;
            case SqlTypeKind.Decimal:
                if (Decimal(reader.ValueSpan, out value)) return true;
                return Invalid(reader.ValueSpan, "a decimal number", out error);
            case SqlTypeKind.IntervalYearMonth:
                if (reader.TryGetInt32(out int months))
                {
                    value = new SqlMonthInterval(months);
                    return true;
                }
                return Invalid(reader.ValueSpan, "a number of months", out error);
            default:
                return Wrong("a number", out error);
        }
    }

    private bool FromJsonString(ref Utf8JsonReader reader, out object? value, out string? error)
    {
        value = null;
        error = null;
        switch (type.Kind)
        {
            case SqlTypeKind.Boolean or SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt:
                return Wrong("a string", out error);
            case SqlTypeKind.Date when !reader.ValueIsEscaped && TryIsoDate(reader.ValueSpan, out var date):
                value = date;
                return true;
        }
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException e) when (IsTextError(e))
        {
            error = e.InnerException is DecoderFallbackException
                ? $"{Describe()}: the string is not valid UTF-8"
                : $"{Describe()}: the string is not valid Unicode (a lone surrogate escape)";
            return false;
        }
        switch (type.Kind)
        {
            case SqlTypeKind.Decimal:
                value = SqlCast.ToDecimal(text, type.Precision, type.Scale);
                return true;
            case SqlTypeKind.Double:
                // JSON has no NaN or Infinity literals, so they travel as strings.
                value = SqlCast.ToDouble(text);
                return true;
            case SqlTypeKind.Real:
                value = SqlCast.ToReal(text);
                return true;
            default:
                return FromString(text, out value, out error);
        }
    }

    /// <summary>The common <c>YYYY-MM-DD</c> form read straight from UTF-8 (no string); anything else takes the general path.</summary>
    private static bool TryIsoDate(ReadOnlySpan<byte> text, out SqlDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-') return false;
        int year = Digits(text[..4]), month = Digits(text.Slice(5, 2)), day = Digits(text.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = SqlDate.FromDateOnly(new DateOnly(year, month, day));
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> text)
    {
        int n = 0;
        foreach (byte b in text)
        {
            if ((uint)(b - '0') > 9) return -1;
            n = n * 10 + (b - '0');
        }
        return n;
    }

    private bool FromString(string s, out object? value, out string? error)
    {
        error = null;
        value = type.Kind switch
        {
            SqlTypeKind.Varchar => type.Precision >= 0 ? SqlCast.ToVarchar(s, type.Precision) : s,
            SqlTypeKind.Char => SqlCast.ToChar(s, type.Precision),
            SqlTypeKind.Varbinary => SqlCast.ToVarbinary(s),
            SqlTypeKind.Date => SqlDate.Parse(s),
            SqlTypeKind.Time => SqlTime.Parse(s),
            SqlTypeKind.Timestamp => SqlTimestamp.Parse(s),
            SqlTypeKind.IntervalDayTime => SqlCast.ToDayTimeInterval(s),
            SqlTypeKind.IntervalYearMonth => SqlCast.ToMonthInterval(s),
            SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt
                => SqlConvert.ToNullableBigInt(s) is long l ? Narrow(l) : null,
            _ => null,
        };
        return value is not null || Wrong("a string", out error);
    }

    private bool FromByteArray(ref Utf8JsonReader reader, out object? value, out string? error)
    {
        value = null;
        var bytes = new List<byte>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetByte(out byte b))
            {
                error = $"{Describe()}: expected an array of bytes (integers 0 to 255)";
                reader.Skip();
                while (reader.TokenType != JsonTokenType.EndArray && reader.Read()) reader.Skip();
                return false;
            }
            bytes.Add(b);
        }
        value = new SqlBinary(bytes.ToArray());
        error = null;
        return true;
    }

    private bool Integer(long l, ReadOnlySpan<byte> text, out object? value, out string? error)
    {
        error = null;
        value = type.Kind switch
        {
            SqlTypeKind.TinyInt when l is >= sbyte.MinValue and <= sbyte.MaxValue => (sbyte)l,
            SqlTypeKind.SmallInt when l is >= short.MinValue and <= short.MaxValue => (short)l,
            SqlTypeKind.Integer when l is >= int.MinValue and <= int.MaxValue => l is >= SmallMin and < SmallMax ? SmallInts[l - SmallMin] : (int)l,
            SqlTypeKind.BigInt => l is >= SmallMin and < SmallMax ? SmallLongs[l - SmallMin] : l,
            _ => null,
        };
        return value is not null || Invalid(text, $"an integer in {type.WithNullable(true)} range", out error);
    }

    private object Narrow(long l) => type.Kind switch
    {
        SqlTypeKind.TinyInt => SqlCast.ToTinyInt(l),
        SqlTypeKind.SmallInt => SqlCast.ToSmallInt(l),
        SqlTypeKind.Integer => SqlCast.ToInteger(l),
        _ => l,
    };

    private bool Wrong(string found, out string error)
    {
        error = $"{Describe()}: expected {Expected()}, found {found}";
        return false;
    }

    private bool Invalid(ReadOnlySpan<byte> text, string expected, out string error)
    {
        string shown = text.Length > 40 ? Encoding.UTF8.GetString(text[..40]) + "..." : Encoding.UTF8.GetString(text);
        error = $"{Describe()}: expected {expected}, found '{shown}'";
        return false;
    }

    private string Expected() => type.Kind switch
    {
        SqlTypeKind.Boolean => "true or false",
        SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt => "an integer",
        SqlTypeKind.Decimal or SqlTypeKind.Real or SqlTypeKind.Double => "a number",
        SqlTypeKind.Char or SqlTypeKind.Varchar => "a string",
        SqlTypeKind.Varbinary => "an array of bytes",
        SqlTypeKind.Date => "a date string (YYYY-MM-DD)",
        SqlTypeKind.Time => "a time string (HH:MM:SS)",
        SqlTypeKind.Timestamp => "a timestamp string (YYYY-MM-DD HH:MM:SS)",
        _ => "an interval string",
    };

    private static bool IsPlainInteger(ReadOnlySpan<byte> text) => text.IndexOfAny("."u8 + "eE"u8) < 0;

    private static bool IsPlainNumber(ReadOnlySpan<byte> text) => text.IndexOfAnyInRange((byte)'0', (byte)'9') >= 0;
}
