using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Values;

/// <summary>
/// Writes the values of view rows (the CLR values of <see cref="ViewOutput"/>: <see cref="long"/>,
/// <see cref="SqlDecimal"/>, <see cref="decimal"/>, <see cref="DateOnly"/>, <see cref="DateTime"/>, <see cref="byte"/>[], ...) as JSON or as
/// text, in the SQL text forms that the input side reads back (<c>2024-05-01 12:00:00</c> for a TIMESTAMP).
/// </summary>
public static class ValueFormatter
{
    /// <summary>Writes a value as JSON: numbers and booleans natively, temporal values and intervals as strings, binary
    /// as an array of bytes, NaN and infinities as strings (JSON has no literal for them).</summary>
    public static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case short s: writer.WriteNumberValue(s); break;
            case sbyte sb: writer.WriteNumberValue(sb); break;
            case SqlDecimal m: writer.WriteRawValue(m.ToString(), skipInputValidation: true); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case string str: writer.WriteStringValue(str); break;
            case byte[] bytes:
                writer.WriteStartArray();
                foreach (byte x in bytes) writer.WriteNumberValue(x);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Text(value)); break;
        }
    }

    /// <summary>The SQL text of a non-null value (CSV output, messages).</summary>
    public static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        short s => s.ToString(CultureInfo.InvariantCulture),
        sbyte sb => sb.ToString(CultureInfo.InvariantCulture),
        SqlDecimal m => m.ToString(),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        double d => SqlCast.ToVarchar(d, -1),
        float f => SqlCast.ToVarchar(f, -1),
        DateOnly d => SqlDate.FromDateOnly(d).ToString(),
        DateTime dt => SqlTimestamp.FromDateTime(dt).ToString(),
        TimeOnly t => SqlTime.FromTimeOnly(t).ToString(),
        TimeSpan ts => SqlDayTimeInterval.FromTimeSpan(ts).ToString(),
        byte[] bytes => new SqlBinary(bytes).ToString(),
        _ => value.ToString() ?? "",
    };

    /// <summary>Writes the text of a non-null value as UTF-8, without allocating for the common numeric types.</summary>
    public static void WriteText(IBufferWriter<byte> output, object value)
    {
        var span = output.GetSpan(32);
        int written;
        bool done = value switch
        {
            long l => Utf8Formatter.TryFormat(l, span, out written),
            int i => Utf8Formatter.TryFormat(i, span, out written),
            short s => Utf8Formatter.TryFormat(s, span, out written),
            sbyte sb => Utf8Formatter.TryFormat(sb, span, out written),
            bool b => Utf8Formatter.TryFormat(b, span, out written, new StandardFormat('l')),
            _ => Fail(out written),
        };
        if (done)
        {
            output.Advance(written);
            return;
        }
        string text = Text(value);
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        output.Advance(Encoding.UTF8.GetBytes(text, output.GetSpan(max)));
    }

    private static bool Fail(out int written)
    {
        written = 0;
        return false;
    }
}
