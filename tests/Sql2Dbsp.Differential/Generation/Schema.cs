using System.Collections.Immutable;

namespace Sql2Dbsp.Differential.Generation;

/// <summary>The value classes the expression generator types its expressions by.</summary>
internal enum ValueClass { Int, Decimal, Double, String, Date, Boolean }

/// <summary>A column type of a generated table, with the SQL that declares it (the same in both dialects).</summary>
internal sealed record ColumnType(ValueClass Class, string Sql, int Length = 0, int Precision = 0, int Scale = 0)
{
    public static readonly ColumnType Int = new(ValueClass.Int, "INT");
    public static readonly ColumnType BigInt = new(ValueClass.Int, "BIGINT");
    public static readonly ColumnType Double = new(ValueClass.Double, "DOUBLE PRECISION");
    public static readonly ColumnType Date = new(ValueClass.Date, "DATE");
    public static readonly ColumnType Boolean = new(ValueClass.Boolean, "BOOLEAN");

    public static ColumnType Decimal(int p, int s) => new(ValueClass.Decimal, $"DECIMAL({p}, {s})", Precision: p, Scale: s);
    public static ColumnType Varchar(int n) => new(ValueClass.String, $"VARCHAR({n})", Length: n);
    public static ColumnType Char(int n) => new(ValueClass.String, $"CHAR({n})", Length: n);

    /// <summary>CHAR(n): fixed length, padded (PostgreSQL ignores the padding in comparisons).</summary>
    public bool IsChar => Sql.StartsWith("CHAR", StringComparison.Ordinal);
}

/// <summary>A column of a generated table.</summary>
internal sealed record Column(string Name, ColumnType Type, bool Nullable)
{
    public string Declaration => $"{Name} {Type.Sql}{(Nullable ? "" : " NOT NULL")}";
}

/// <summary>
/// A generated table. Column 0 is <c>id</c>, unique within the table, so change rounds can name a row in
/// PostgreSQL (<c>DELETE ... WHERE id = 3</c>); the other columns take values from small pools, so rows repeat
/// (queries that leave out <c>id</c> see duplicates) and joins find matches.
/// </summary>
internal sealed record Table(string Name, ImmutableArray<Column> Columns)
{
    public string CreateStatement => $"CREATE TABLE {Name} ({string.Join(", ", Columns.Select(c => c.Declaration))})";
}
