using System.Collections.Immutable;

namespace Sql2Dbsp.Differential.Generation;

/// <summary>
/// Generates a database: three tables t0..t2 with an <c>id</c> column and 3–5 random columns, 6–16 rows each, and
/// three change rounds of deletes, updates and inserts. Values come from small per-column pools with the edge cases
/// (NULL, negative numbers, zero, DECIMAL bounds and smallest steps, strings with trailing spaces and the empty
/// string, leap days), so duplicates and join matches are common.
/// </summary>
internal sealed class DataGenerator(Random random, Feature avoid)
{
    public const int TableCount = 3;
    public const int RoundCount = 3;

    private static readonly int[] IntPool = [-100, -7, -3, -1, 0, 1, 2, 3, 5, 7, 10, 42];
    private static readonly long[] BigIntPool = [-3_000_000_000, -5, 0, 1, 4, 9, 3_000_000_000, 1L << 40];
    private static readonly double[] DoublePool = [-1.5, -0.25, 0, 0.25, 0.5, 2.75, 100.125, 1e6, -3];
    private static readonly string[] StringPool = ["", "a", "ab", "a ", "ab ", "b", "B", "abc", "x y", "A", " a", "a%b", "zz"];
    private static readonly DateOnly[] DatePool =
    [
        new(2024, 1, 1), new(2024, 2, 29), new(2023, 12, 31), new(1999, 6, 15), new(2024, 3, 1), new(2000, 1, 1), new(2024, 12, 31),
    ];

    private readonly Dictionary<Column, object?[]> pools = [];

    public Database Generate()
    {
        var tables = ImmutableArray.CreateBuilder<Table>();
        for (int t = 0; t < TableCount; t++) tables.Add(GenerateTable("t" + t));
        var initial = ImmutableArray.CreateBuilder<ImmutableArray<object?[]>>();
        var live = new List<List<object?[]>>();
        var nextId = new int[TableCount];
        foreach (var table in tables)
        {
            int count = random.Next(6, 17);
            var rows = new List<object?[]>();
            for (int i = 0; i < count; i++) rows.Add(Row(table, ++nextId[live.Count]));
            initial.Add([.. rows]);
            live.Add(rows);
        }

        var rounds = ImmutableArray.CreateBuilder<ImmutableArray<Change>>();
        for (int r = 0; r < RoundCount; r++)
        {
            var changes = ImmutableArray.CreateBuilder<Change>();
            for (int t = 0; t < TableCount; t++)
            {
                var table = tables[t];
                var rows = live[t];
                for (int k = random.Next(0, 3); k > 0 && rows.Count > 0; k--)
                {
                    var old = rows[random.Next(rows.Count)];
                    rows.Remove(old);
                    changes.Add(new Change(table, ChangeKind.Delete, old, null));
                }
                for (int k = random.Next(0, 4); k > 0 && rows.Count > 0; k--)
                {
                    int index = random.Next(rows.Count);
                    var old = rows[index];
                    var updated = (object?[])old.Clone();
                    for (int c = 1; c < updated.Length; c++)
                        if (random.Next(2) == 0) updated[c] = Value(table.Columns[c]);
                    rows[index] = updated;
                    changes.Add(new Change(table, ChangeKind.Update, old, updated));
                }
                for (int k = random.Next(0, 4); k > 0; k--)
                {
                    var row = Row(table, ++nextId[t]);
                    rows.Add(row);
                    changes.Add(new Change(table, ChangeKind.Insert, null, row));
                }
            }
            rounds.Add(changes.ToImmutable());
        }
        return new Database(tables.ToImmutable(), initial.ToImmutable(), rounds.ToImmutable());
    }

    private Table GenerateTable(string name)
    {
        var columns = ImmutableArray.CreateBuilder<Column>();
        columns.Add(new Column("id", ColumnType.Int, Nullable: false));
        int count = random.Next(3, 6);
        // Every table gets an INT and a string column, so joins and string functions always find something.
        columns.Add(new Column("c1", ColumnType.Int, random.Next(3) > 0));
        columns.Add(new Column("c2", StringType(), random.Next(3) > 0));
        for (int i = 3; i <= count; i++) columns.Add(new Column("c" + i, RandomType(), random.Next(3) > 0));
        return new Table(name, columns.ToImmutable());
    }

    private ColumnType StringType() =>
        !avoid.HasFlag(Feature.Char) && random.Next(3) == 0 ? ColumnType.Char(random.Next(2, 5)) : ColumnType.Varchar(random.Next(3, 9));

    private ColumnType RandomType()
    {
        switch (random.Next(8))
        {
            case 0: return ColumnType.Int;
            case 1: return ColumnType.BigInt;
            case 2:
                (int p, int s)[] decimals = avoid.HasFlag(Feature.WideDecimal) ? [(5, 2), (10, 0), (12, 4)] : [(5, 2), (10, 0), (12, 4), (28, 10)];
                var (precision, scale) = decimals[random.Next(decimals.Length)];
                return ColumnType.Decimal(precision, scale);
            case 3: return ColumnType.Double;
            case 4: return StringType();
            case 5: return ColumnType.Date;
            case 6: return ColumnType.Boolean;
            default: return ColumnType.Decimal(8, 2);
        }
    }

    private object?[] Row(Table table, int id)
    {
        var row = new object?[table.Columns.Length];
        row[0] = id;
        for (int c = 1; c < row.Length; c++) row[c] = Value(table.Columns[c]);
        return row;
    }

    /// <summary>A value from the column's pool: a few values of its type (and NULL when nullable), fixed per column.</summary>
    private object? Value(Column column)
    {
        if (!pools.TryGetValue(column, out var pool))
        {
            var all = AllValues(column.Type);
            int size = Math.Min(all.Count, random.Next(3, 7));
            var chosen = all.OrderBy(_ => random.Next()).Take(size).ToList();
            if (column.Nullable) chosen.Add(null);
            pools[column] = pool = [.. chosen];
        }
        return pool[random.Next(pool.Length)];
    }

    internal static List<object?> AllValues(ColumnType type) => type.Class switch
    {
        ValueClass.Int when type.Sql == "BIGINT" => [.. BigIntPool.Select(v => (object?)v)],
        ValueClass.Int => [.. IntPool.Select(v => (object?)v)],
        ValueClass.Decimal => [.. DecimalValues(type.Precision, type.Scale).Select(v => (object?)v)],
        ValueClass.Double => [.. DoublePool.Select(v => (object?)v)],
        ValueClass.String => [.. StringPool.Where(s => s.Length <= type.Length).Select(v => (object?)v)],
        ValueClass.Date => [.. DatePool.Select(v => (object?)v)],
        _ => [true, false],
    };

    /// <summary>Zero, ±the smallest step, ±the largest value, and a few ordinary values, all with the column's scale.</summary>
    private static IEnumerable<decimal> DecimalValues(int precision, int scale)
    {
        decimal step = 1m;
        for (int i = 0; i < scale; i++) step /= 10m;
        decimal max = 0m;
        for (int i = 0; i < precision; i++) max = max * 10m + 9m;
        for (int i = 0; i < scale; i++) max /= 10m;
        decimal[] ordinary = [1.5m, 12.25m, -3.75m, 100m, 0.5m];
        return new[] { 0m, step, -step, max, -max }.Concat(ordinary.Where(v => Math.Abs(v) <= max))
            .Select(v => WithScale(decimal.Round(v, scale), scale));
    }

    /// <summary>The value with exactly <paramref name="scale"/> fraction digits (decimal keeps its scale in its text).</summary>
    private static decimal WithScale(decimal value, int scale) =>
        decimal.Parse(value.ToString("F" + scale, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
