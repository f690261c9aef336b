using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>Type inference and coercion rules (PostgreSQL-flavoured, as DESIGN §7 describes).</summary>
internal static class TypeRules
{
    private static int IntegerRank(SqlTypeKind kind) => kind switch
    {
        SqlTypeKind.TinyInt => 1,
        SqlTypeKind.SmallInt => 2,
        SqlTypeKind.Integer => 3,
        SqlTypeKind.BigInt => 4,
        _ => 0,
    };

    /// <summary>
    /// The type both operands convert to for comparison, UNION, CASE and IN; null if incompatible. Not symmetric for
    /// strings: the first string type wins, as in PostgreSQL (comparisons involving CHAR do not come here).
    /// </summary>
    public static SqlType? Common(SqlType a, SqlType b)
    {
        bool nullable = a.Nullable || b.Nullable;
        if (a.IsError || b.IsError) return SqlType.Error;
        if (a.IsNullLiteral) return b.AsNullable();
        if (b.IsNullLiteral) return a.AsNullable();
        if (a.SameAs(b)) return a.WithNullable(nullable);
        if (a.IsNumeric && b.IsNumeric) return NumericCommon(a, b).WithNullable(nullable);
        if (a.IsString && b.IsString)
        {
            // PostgreSQL's select_common_type: every string type converts implicitly to every other, so the first one
            // wins. CHAR(n) values of one length keep it; CHAR(n) first among other lengths or VARCHAR gives a CHAR
            // without length (bpchar), whose values keep the padding each had (comparisons still ignore it).
            if (a.Kind == SqlTypeKind.Char)
                return (a.Precision == b.Precision && b.Kind == SqlTypeKind.Char ? a : SqlType.Char(-1)).WithNullable(nullable);
            int length = a.Precision < 0 || b.Precision < 0 ? -1 : Math.Max(a.Precision, b.Precision);
            return SqlType.Varchar(nullable, length);
        }
        if (a.Kind is SqlTypeKind.Date or SqlTypeKind.Timestamp && b.Kind is SqlTypeKind.Date or SqlTypeKind.Timestamp)
            return SqlType.Timestamp(nullable);
        return null;
    }

    private static SqlType NumericCommon(SqlType a, SqlType b)
    {
        if (a.Kind == SqlTypeKind.Double || b.Kind == SqlTypeKind.Double) return SqlType.Double();
        if (a.Kind == SqlTypeKind.Real || b.Kind == SqlTypeKind.Real)
            return a.Kind == SqlTypeKind.Real && b.Kind == SqlTypeKind.Real ? SqlType.Real() : SqlType.Double();
        if (a.IsInteger && b.IsInteger) return IntegerRank(a.Kind) >= IntegerRank(b.Kind) ? a.WithNullable(false) : b.WithNullable(false);
        var (p1, s1) = a.DecimalShape();
        var (p2, s2) = b.DecimalShape();
        int scale = Math.Max(s1, s2);
        int digits = Math.Max(p1 - s1, p2 - s2);
        return Decimal(digits + scale, scale);
    }

    /// <summary>
    /// A DECIMAL type with precision and scale capped at the maximum precision, as Calcite (and so Feldera) derives
    /// it: the scale is kept, so no operand digit is rounded away; a value whose integer part then needs more digits
    /// than remain is a runtime error, never a silently rounded value.
    /// </summary>
    public static SqlType Decimal(int precision, int scale, bool nullable = false)
    {
        int max = SqlType.MaxDecimalPrecision;
        precision = Math.Clamp(precision, 1, max);
        return SqlType.Decimal(precision, Math.Clamp(scale, 0, precision), nullable);
    }

    /// <summary>Result type of an arithmetic operator, or null if the operands do not support it.</summary>
    public static SqlType? Arithmetic(BinaryOperator op, SqlType a, SqlType b)
    {
        bool nullable = a.Nullable || b.Nullable;
        if (a.IsNullLiteral && b.IsNullLiteral) return SqlType.Integer(true);
        if (a.IsNullLiteral) a = b;
        if (b.IsNullLiteral) b = a;
        if (a.IsNumeric && b.IsNumeric)
        {
            if (a.Kind != SqlTypeKind.Decimal && b.Kind != SqlTypeKind.Decimal || a.IsApproximate || b.IsApproximate)
                return NumericCommon(a, b).WithNullable(nullable);
            var (p1, s1) = a.DecimalShape();
            var (p2, s2) = b.DecimalShape();
            return (op switch
            {
                BinaryOperator.Add or BinaryOperator.Subtract => Decimal(Math.Max(p1 - s1, p2 - s2) + Math.Max(s1, s2) + 1, Math.Max(s1, s2)),
                BinaryOperator.Multiply => Decimal(p1 + p2, s1 + s2),
                BinaryOperator.Divide => DivisionType(p1, s1, p2, s2),
                _ => Decimal(Math.Max(p1 - s1, p2 - s2) + Math.Max(s1, s2), Math.Max(s1, s2)),
            }).WithNullable(nullable);
        }
        return op switch
        {
            BinaryOperator.Add when a.Kind == SqlTypeKind.Timestamp && b.IsInterval => SqlType.Timestamp(nullable),
            BinaryOperator.Add when a.IsInterval && b.Kind == SqlTypeKind.Timestamp => SqlType.Timestamp(nullable),
            BinaryOperator.Subtract when a.Kind == SqlTypeKind.Timestamp && b.IsInterval => SqlType.Timestamp(nullable),
            BinaryOperator.Add when a.Kind == SqlTypeKind.Date && b.IsInterval => SqlType.Timestamp(nullable),
            BinaryOperator.Add when a.IsInterval && b.Kind == SqlTypeKind.Date => SqlType.Timestamp(nullable),
            BinaryOperator.Subtract when a.Kind == SqlTypeKind.Date && b.IsInterval => SqlType.Timestamp(nullable),
            BinaryOperator.Add or BinaryOperator.Subtract when a.Kind == SqlTypeKind.Time && b.Kind == SqlTypeKind.IntervalDayTime => SqlType.Time(nullable),
            BinaryOperator.Subtract when a.Kind == SqlTypeKind.Date && b.Kind == SqlTypeKind.Date => SqlType.Integer(nullable),
            BinaryOperator.Subtract when a.Kind == SqlTypeKind.Timestamp && b.Kind == SqlTypeKind.Timestamp => SqlType.IntervalDayTime(nullable),
            BinaryOperator.Add or BinaryOperator.Subtract when a.IsInterval && a.Kind == b.Kind => a.WithNullable(nullable),
            BinaryOperator.Multiply when a.IsInterval && b.IsNumeric => a.WithNullable(nullable),
            BinaryOperator.Multiply when a.IsNumeric && b.IsInterval => b.WithNullable(nullable),
            BinaryOperator.Divide when a.IsInterval && b.IsNumeric => a.WithNullable(nullable),
            _ => null,
        };
    }

    /// <summary>
    /// DECIMAL(p1,s1) / DECIMAL(p2,s2): scale max(6, s1 + p2 + 1) with p1 - s1 + s2 integer digits; when that exceeds
    /// the maximum precision the scale gives way first, down to 6 digits (Calcite's and SQL Server's rule).
    /// </summary>
    private static SqlType DivisionType(int p1, int s1, int p2, int s2)
    {
        int scale = Math.Max(6, s1 + p2 + 1);
        int integerDigits = p1 - s1 + s2;
        int max = SqlType.MaxDecimalPrecision;
        if (integerDigits + scale > max) scale = Math.Max(6, max - integerDigits);
        return Decimal(integerDigits + scale, scale);
    }

    /// <summary>Whether an explicit CAST from one type to another is allowed at compile time.</summary>
    public static bool CanCast(SqlType from, SqlType to)
    {
        if (from.IsNullLiteral || from.IsError || to.IsError) return true;
        if (from.SameAs(to) || from.IsString || to.IsString) return true;
        if (from.IsNumeric && to.IsNumeric) return true;
        if (from.Kind == SqlTypeKind.Boolean && to.IsNumeric || from.IsNumeric && to.Kind == SqlTypeKind.Boolean) return true;
        if (from.IsTemporal && to.IsTemporal) return !(from.Kind == SqlTypeKind.Time && to.Kind == SqlTypeKind.Date) && !(from.Kind == SqlTypeKind.Date && to.Kind == SqlTypeKind.Time);
        if (from.IsInterval && to.IsInterval) return from.Kind == to.Kind;
        if (from.IsInteger && to.IsInterval || from.IsInterval && to.IsInteger) return true;
        return false;
    }

    /// <summary>Maps a parsed type name to a SQL type, or null with an error message.</summary>
    public static SqlType? FromName(TypeName t, bool nullable, out string? error)
    {
        error = null;
        int Arg(int i, int dflt) => t.Arguments.Length > i ? t.Arguments[i] : dflt;
        switch (t.Name)
        {
            case "BOOLEAN" or "BOOL": return SqlType.Boolean(nullable);
            case "TINYINT": return SqlType.TinyInt(nullable);
            case "SMALLINT" or "INT2": return SqlType.SmallInt(nullable);
            case "INT" or "INTEGER" or "INT4": return SqlType.Integer(nullable);
            case "BIGINT" or "INT8": return SqlType.BigInt(nullable);
            case "DECIMAL" or "NUMERIC" or "DEC":
                {
                    int p = Arg(0, SqlType.MaxDecimalPrecision), s = Arg(1, 0);
                    if (p < 1 || p > SqlType.MaxDecimalPrecision)
                    {
                        error = $"DECIMAL precision must be between 1 and {SqlType.MaxDecimalPrecision}, not {p}";
                        return null;
                    }
                    if (s < 0 || s > p)
                    {
                        error = $"DECIMAL scale must be between 0 and the precision {p}, not {s}";
                        return null;
                    }
                    return SqlType.Decimal(p, s, nullable);
                }
            case "REAL" or "FLOAT4": return SqlType.Real(nullable);
            case "DOUBLE" or "FLOAT" or "FLOAT8": return SqlType.Double(nullable);
            case "CHAR" or "CHARACTER": return SqlType.Char(Arg(0, 1), nullable);
            case "VARCHAR" or "CHARACTER VARYING": return SqlType.Varchar(nullable, Arg(0, -1));
            case "TEXT" or "STRING": return SqlType.Varchar(nullable);
            case "VARBINARY" or "BINARY" or "BYTEA" or "BINARY VARYING": return SqlType.Varbinary(nullable);
            case "DATE": return SqlType.Date(nullable);
            case "TIME": return SqlType.Time(nullable);
            case "TIMESTAMP": return SqlType.Timestamp(nullable);
            case "INTERVAL":
                return t.IntervalStart is "YEAR" or "MONTH" ? SqlType.IntervalYearMonth(nullable) : SqlType.IntervalDayTime(nullable);
            default:
                error = $"unknown type '{t.Name}'";
                return null;
        }
    }
}
