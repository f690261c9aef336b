using System.Globalization;
using System.Numerics;
using System.Text;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>
/// The C# representation of SQL values (the contract of <c>Sql2Dbsp.Runtime.Sql</c>) and C# literal syntax. Every
/// number is formatted with the invariant culture so the generated text does not depend on the machine.
/// </summary>
public static class CSharpText
{
    /// <summary>The C# type of a non-null value of <paramref name="kind"/>.</summary>
    public static string ValueType(SqlTypeKind kind) => kind switch
    {
        SqlTypeKind.Boolean => "bool",
        SqlTypeKind.TinyInt => "sbyte",
        SqlTypeKind.SmallInt => "short",
        SqlTypeKind.Integer => "int",
        SqlTypeKind.BigInt => "long",
        SqlTypeKind.Decimal => "SqlDecimal",
        SqlTypeKind.Real => "float",
        SqlTypeKind.Double => "double",
        SqlTypeKind.Char or SqlTypeKind.Varchar => "string",
        SqlTypeKind.Varbinary => "SqlBinary",
        SqlTypeKind.Date => "SqlDate",
        SqlTypeKind.Time => "SqlTime",
        SqlTypeKind.Timestamp => "SqlTimestamp",
        SqlTypeKind.IntervalYearMonth => "SqlMonthInterval",
        SqlTypeKind.IntervalDayTime => "SqlDayTimeInterval",
        // The type of an untyped NULL: every value is NULL, so any nullable type would do.
        SqlTypeKind.Null => "bool",
        _ => throw new InternalCompilerError($"no C# representation for SQL type {kind}"),
    };

    /// <summary>The C# type of a value of <paramref name="type"/>: <c>T?</c> when nullable.</summary>
    public static string TypeOf(SqlType type) => ValueType(type.Kind) + (IsNullable(type) ? "?" : "");

    /// <summary>Whether the C# representation is nullable (the untyped NULL always is).</summary>
    public static bool IsNullable(SqlType type) => type.Nullable || type.Kind == SqlTypeKind.Null;

    /// <summary>Whether the representation is a reference type (<c>string</c>), where nullability is only an annotation.</summary>
    public static bool IsReference(SqlTypeKind kind) => kind is SqlTypeKind.Char or SqlTypeKind.Varchar;

    /// <summary>Two SQL types share a C# representation (ignoring nullability).</summary>
    public static bool SameRepresentation(SqlTypeKind a, SqlTypeKind b) => ValueType(a) == ValueType(b);

    /// <summary>The suffix of the conversion methods of SqlCast/SqlConvert for a kind ("Integer" → <c>SqlCast.ToInteger</c>).</summary>
    public static string ConversionName(SqlTypeKind kind) => kind switch
    {
        SqlTypeKind.Boolean or SqlTypeKind.Null => "Boolean",
        SqlTypeKind.TinyInt => "TinyInt",
        SqlTypeKind.SmallInt => "SmallInt",
        SqlTypeKind.Integer => "Integer",
        SqlTypeKind.BigInt => "BigInt",
        SqlTypeKind.Decimal => "Decimal",
        SqlTypeKind.Real => "Real",
        SqlTypeKind.Double => "Double",
        SqlTypeKind.Char => "Char",
        SqlTypeKind.Varchar => "Varchar",
        SqlTypeKind.Varbinary => "Varbinary",
        SqlTypeKind.Date => "Date",
        SqlTypeKind.Time => "Time",
        SqlTypeKind.Timestamp => "Timestamp",
        SqlTypeKind.IntervalYearMonth => "MonthInterval",
        SqlTypeKind.IntervalDayTime => "DayTimeInterval",
        _ => throw new InternalCompilerError($"no conversion for SQL type {kind}"),
    };

    /// <summary>The extra arguments of a conversion to <paramref name="type"/>: DECIMAL precision and scale, CHAR/VARCHAR length.</summary>
    public static string ConversionArguments(SqlType type) => type.Kind switch
    {
        SqlTypeKind.Decimal => ", " + Int(type.Precision) + ", " + Int(type.Scale),
        SqlTypeKind.Char or SqlTypeKind.Varchar => ", " + Int(type.Precision),
        _ => "",
    };

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A non-null literal of the exact representation type of <paramref name="type"/> from its canonical IR value.</summary>
    public static string Literal(object value, SqlType type)
    {
        try
        {
            return type.Kind switch
            {
                SqlTypeKind.Boolean => (bool)value ? "true" : "false",
                SqlTypeKind.TinyInt => "(sbyte)" + Signed(Int(checked((sbyte)(long)value))),
                SqlTypeKind.SmallInt => "(short)" + Signed(Int(checked((short)(long)value))),
                SqlTypeKind.Integer => Signed(Int(checked((int)(long)value))),
                SqlTypeKind.BigInt => Signed(Int((long)value) + "L"),
                SqlTypeKind.Decimal => Decimal(ExactDecimal(value)),
                SqlTypeKind.Real => Real((float)(double)value),
                SqlTypeKind.Double => Double((double)value),
                SqlTypeKind.Char or SqlTypeKind.Varchar => String((string)value),
                SqlTypeKind.Varbinary => "new SqlBinary(" + ByteArray((byte[])value) + ")",
                SqlTypeKind.Date => "new SqlDate(" + Signed(Int(checked((int)(long)value))) + ")",
                SqlTypeKind.Time => "new SqlTime(" + Signed(Int((long)value) + "L") + ")",
                SqlTypeKind.Timestamp => "new SqlTimestamp(" + Signed(Int((long)value) + "L") + ")",
                SqlTypeKind.IntervalYearMonth => "new SqlMonthInterval(" + Signed(Int(checked((int)(long)value))) + ")",
                SqlTypeKind.IntervalDayTime => "new SqlDayTimeInterval(" + Signed(Int((long)value) + "L") + ")",
                _ => throw new InternalCompilerError($"no literal syntax for SQL type {type}"),
            };
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            throw new InternalCompilerError($"literal {value} ({value.GetType().Name}) is not a canonical value of {type}", inner: e);
        }
    }

    private static DecimalValue ExactDecimal(object value) => value switch
    {
        DecimalValue d => d,
        decimal d => DecimalValue.From(d),
        long l => new DecimalValue(l, 0),
        _ => throw new InvalidCastException(),
    };

    /// <summary>
    /// A DECIMAL constant: <c>new SqlDecimal(150L, 2)</c> is 1.50 (the constructor folds away after inlining); an unscaled
    /// value beyond BIGINT is written as the two halves of its Int128.
    /// </summary>
    private static string Decimal(DecimalValue value)
    {
        if (BigInteger.Abs(value.Unscaled) >= BigInteger.Pow(10, SqlType.MaxDecimalPrecision))
            throw new OverflowException();
        string unscaled;
        if (value.Unscaled >= long.MinValue && value.Unscaled <= long.MaxValue)
            unscaled = Int((long)value.Unscaled) + "L";
        else
        {
            var bits = value.Unscaled & ((BigInteger.One << 128) - 1); // two's complement
            ulong upper = (ulong)(bits >> 64), lower = (ulong)(bits & ulong.MaxValue);
            unscaled = $"new global::System.Int128({upper.ToString(CultureInfo.InvariantCulture)}UL, {lower.ToString(CultureInfo.InvariantCulture)}UL)";
        }
        return $"new SqlDecimal({unscaled}, {Int(value.Scale)})";
    }

    /// <summary>A typed null: <c>(int?)null</c>, <c>(string?)null</c>.</summary>
    public static string Null(SqlType type) => "(" + ValueType(type.Kind) + "?)null";

    /// <summary>Negative literals are parenthesised so they can be used as operands.</summary>
    private static string Signed(string literal) => literal.StartsWith('-') ? "(" + literal + ")" : literal;

    public static string Double(double d)
    {
        if (double.IsNaN(d)) return "double.NaN";
        if (double.IsPositiveInfinity(d)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(d)) return "double.NegativeInfinity";
        if (d == 0 && double.IsNegative(d)) return "(-0d)";
        return Signed(d.ToString("R", CultureInfo.InvariantCulture) + "d");
    }

    public static string Real(float f)
    {
        if (float.IsNaN(f)) return "float.NaN";
        if (float.IsPositiveInfinity(f)) return "float.PositiveInfinity";
        if (float.IsNegativeInfinity(f)) return "float.NegativeInfinity";
        if (f == 0 && float.IsNegative(f)) return "(-0f)";
        return Signed(f.ToString("R", CultureInfo.InvariantCulture) + "f");
    }

    /// <summary>A regular C# string literal; control and non-ASCII characters are escaped so the file is pure ASCII.</summary>
    public static string String(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < 0x20 || c > 0x7E) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string ByteArray(byte[] bytes)
    {
        if (bytes.Length == 0) return "global::System.Array.Empty<byte>()";
        var sb = new StringBuilder("new byte[] { ");
        for (int i = 0; i < bytes.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append("0x").Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.Append(" }").ToString();
    }

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Xml(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\n", " ").Replace("\r", " ");
}
