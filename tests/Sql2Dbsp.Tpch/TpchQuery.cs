using System.Reflection;

namespace Sql2Dbsp.Tpch;

/// <summary>
/// One TPC-H query as a Feldera-style program fragment (views over the tables of <c>tables.sql</c>): the view to check,
/// and for ORDER BY … LIMIT queries the limit and the output columns of the ORDER BY, which decide the tie group at
/// the cut (rows tying with the last row may be chosen differently by two correct engines).
/// </summary>
public sealed record TpchQuery(int Number, string Sql, int? Limit = null, int[]? SortColumns = null)
{
    /// <summary>The view compared with DuckDB (Q15 also declares the helper view <c>revenue0</c>).</summary>
    public string View => $"q{Number}";

    public override string ToString() => View;

    /// <summary>The schema (CREATE TABLE statements) shared by every query.</summary>
    public static string Tables { get; } = Resource("tables");

    /// <summary>The 22 queries, in order.</summary>
    public static IReadOnlyList<TpchQuery> All { get; } = Enumerable.Range(1, 22).Select(Create).ToArray();

    public static TpchQuery Get(int number) => All[number - 1];

    private static TpchQuery Create(int number)
    {
        string sql = Resource($"q{number}");
        return number switch
        {
            2 => new TpchQuery(number, sql, 100, [0, 2, 1, 3]),
            3 => new TpchQuery(number, sql, 10, [1, 2]),
            10 => new TpchQuery(number, sql, 20, [2]),
            18 => new TpchQuery(number, sql, 100, [4, 3]),
            21 => new TpchQuery(number, sql, 100, [1, 0]),
            _ => new TpchQuery(number, sql),
        };
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Sql2Dbsp.Tpch.Queries.{name}.sql")
            ?? throw new InvalidOperationException($"embedded query file {name}.sql is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
