namespace Sql2Dbsp.Compiler.Types;

public enum SqlTypeKind
{
    /// <summary>The type of an untyped NULL literal; coerces to any type.</summary>
    Null,
    Boolean,
    TinyInt,
    SmallInt,
    Integer,
    BigInt,
    Decimal,
    Real,
    Double,
    Char,
    Varchar,
    Varbinary,
    Date,
    Time,
    Timestamp,
    /// <summary>INTERVAL YEAR / MONTH / YEAR TO MONTH: a number of months.</summary>
    IntervalYearMonth,
    /// <summary>INTERVAL DAY .. SECOND: a number of microseconds.</summary>
    IntervalDayTime,
    /// <summary>Result of an expression that already failed to bind; suppresses cascading errors.</summary>
    Error,
}

/// <summary>
/// A SQL type with nullability. <see cref="Precision"/> is the DECIMAL precision or the CHAR/VARCHAR/VARBINARY length
/// (-1 = unbounded); <see cref="Scale"/> is the DECIMAL scale.
/// </summary>
public sealed record SqlType(SqlTypeKind Kind, bool Nullable, int Precision = -1, int Scale = 0)
{
    public const int MaxDecimalPrecision = 38;

    public static readonly SqlType Null = new(SqlTypeKind.Null, true);
    public static readonly SqlType Error = new(SqlTypeKind.Error, true);
    public static SqlType Boolean(bool nullable = false) => new(SqlTypeKind.Boolean, nullable);
    public static SqlType TinyInt(bool nullable = false) => new(SqlTypeKind.TinyInt, nullable);
    public static SqlType SmallInt(bool nullable = false) => new(SqlTypeKind.SmallInt, nullable);
    public static SqlType Integer(bool nullable = false) => new(SqlTypeKind.Integer, nullable);
    public static SqlType BigInt(bool nullable = false) => new(SqlTypeKind.BigInt, nullable);
    public static SqlType Real(bool nullable = false) => new(SqlTypeKind.Real, nullable);
    public static SqlType Double(bool nullable = false) => new(SqlTypeKind.Double, nullable);
    public static SqlType Decimal(int precision, int scale, bool nullable = false) => new(SqlTypeKind.Decimal, nullable, precision, scale);
    public static SqlType Varchar(bool nullable = false, int length = -1) => new(SqlTypeKind.Varchar, nullable, length);
    public static SqlType Char(int length, bool nullable = false) => new(SqlTypeKind.Char, nullable, length);
    public static SqlType Varbinary(bool nullable = false) => new(SqlTypeKind.Varbinary, nullable);
    public static SqlType Date(bool nullable = false) => new(SqlTypeKind.Date, nullable);
    public static SqlType Time(bool nullable = false) => new(SqlTypeKind.Time, nullable);
    public static SqlType Timestamp(bool nullable = false) => new(SqlTypeKind.Timestamp, nullable);
    public static SqlType IntervalYearMonth(bool nullable = false) => new(SqlTypeKind.IntervalYearMonth, nullable);
    public static SqlType IntervalDayTime(bool nullable = false) => new(SqlTypeKind.IntervalDayTime, nullable);

    public bool IsInteger => Kind is SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt;
    public bool IsExactNumeric => IsInteger || Kind == SqlTypeKind.Decimal;
    public bool IsApproximate => Kind is SqlTypeKind.Real or SqlTypeKind.Double;
    public bool IsNumeric => IsExactNumeric || IsApproximate;
    public bool IsString => Kind is SqlTypeKind.Char or SqlTypeKind.Varchar;
    public bool IsInterval => Kind is SqlTypeKind.IntervalYearMonth or SqlTypeKind.IntervalDayTime;
    public bool IsTemporal => Kind is SqlTypeKind.Date or SqlTypeKind.Time or SqlTypeKind.Timestamp;
    public bool IsNullLiteral => Kind == SqlTypeKind.Null;
    public bool IsError => Kind == SqlTypeKind.Error;

    public SqlType WithNullable(bool nullable) => Nullable == nullable ? this : this with { Nullable = nullable };
    public SqlType AsNullable() => WithNullable(true);

    /// <summary>Same kind, precision and scale, ignoring nullability.</summary>
    public bool SameAs(SqlType other) => Kind == other.Kind && Precision == other.Precision && Scale == other.Scale;

    /// <summary>Decimal precision and scale of an exact numeric type (integers as DECIMAL(p,0)).</summary>
    public (int Precision, int Scale) DecimalShape() => Kind switch
    {
        SqlTypeKind.TinyInt => (3, 0),
        SqlTypeKind.SmallInt => (5, 0),
        SqlTypeKind.Integer => (10, 0),
        SqlTypeKind.BigInt => (19, 0),
        SqlTypeKind.Decimal => (Precision, Scale),
        _ => (MaxDecimalPrecision, 0),
    };

    public override string ToString()
    {
        string name = Kind switch
        {
            SqlTypeKind.Null => "NULL",
            SqlTypeKind.Boolean => "BOOLEAN",
            SqlTypeKind.TinyInt => "TINYINT",
            SqlTypeKind.SmallInt => "SMALLINT",
            SqlTypeKind.Integer => "INTEGER",
            SqlTypeKind.BigInt => "BIGINT",
            SqlTypeKind.Decimal => $"DECIMAL({Precision}, {Scale})",
            SqlTypeKind.Real => "REAL",
            SqlTypeKind.Double => "DOUBLE",
            SqlTypeKind.Char => Precision < 0 ? "CHAR" : $"CHAR({Precision})",
            SqlTypeKind.Varchar => Precision < 0 ? "VARCHAR" : $"VARCHAR({Precision})",
            SqlTypeKind.Varbinary => "VARBINARY",
            SqlTypeKind.Date => "DATE",
            SqlTypeKind.Time => "TIME",
            SqlTypeKind.Timestamp => "TIMESTAMP",
            SqlTypeKind.IntervalYearMonth => "INTERVAL YEAR TO MONTH",
            SqlTypeKind.IntervalDayTime => "INTERVAL DAY TO SECOND",
            _ => "<error>",
        };
        return Nullable || Kind == SqlTypeKind.Null ? name : name + " NOT NULL";
    }
}
