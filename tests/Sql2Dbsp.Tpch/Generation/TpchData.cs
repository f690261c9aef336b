namespace Sql2Dbsp.Tpch.Generation;

/// <summary>One order with its line items (rows in the column order of the DDL).</summary>
public sealed record OrderWithLines(object?[] Order, IReadOnlyList<object?[]> Lines);

/// <summary>One refresh round: orders deleted (with their line items), then orders inserted (with theirs).</summary>
public sealed record RefreshRound(IReadOnlyList<OrderWithLines> Deleted, IReadOnlyList<OrderWithLines> Inserted);

/// <summary>A generated TPC-H database: rows per table (lower-case names, DDL column order) and its refresh rounds.</summary>
public sealed class TpchData
{
    /// <summary>The tables in load order.</summary>
    public static readonly string[] TableNames = ["region", "nation", "part", "supplier", "partsupp", "customer", "orders", "lineitem"];

    public required double ScaleFactor { get; init; }
    public required ulong Seed { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<object?[]>> Tables { get; init; }
    public required IReadOnlyList<RefreshRound> Rounds { get; init; }

    /// <summary>Generates the database and <paramref name="rounds"/> refresh rounds.</summary>
    public static TpchData Generate(double scaleFactor, int rounds, ulong seed = 19920101) =>
        new TpchGenerator(scaleFactor, seed).Generate(rounds);

    public long RowCount
    {
        get
        {
            long count = 0;
            foreach (var rows in Tables.Values) count += rows.Count;
            return count;
        }
    }
}
