using Sql2Dbsp;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.EndToEnd.Tests.Oracle;

/// <summary>
/// Decorrelated subqueries: incremental == non-incremental == a naive nested-loop evaluation written here with SQL's
/// three-valued logic, after every step of a random change stream.
/// </summary>
public class SubqueryOracleTests
{
    private const string Tables = """
        CREATE TABLE t (k INT NOT NULL, v BIGINT, s VARCHAR);
        CREATE TABLE u (k INT, w BIGINT NOT NULL);
        """;

    private static readonly Dictionary<string, OracleHarness.RowGenerator> Generators = new()
    {
        ["t"] = r => [r.Next(6), r.Next(5) == 0 ? null : (long)r.Next(-1, 6), r.Next(4) == 0 ? null : "s" + r.Next(3)],
        ["u"] = r => [r.Next(5) == 0 ? null : r.Next(6), (long)r.Next(0, 5)],
    };

    // Row accessors: t = (k INT NOT NULL, v BIGINT, s VARCHAR), u = (k INT, w BIGINT NOT NULL).
    private static int TK(object?[] r) => (int)r[0]!;
    private static long? TV(object?[] r) => (long?)r[1];
    private static int? UK(object?[] r) => (int?)r[0];
    private static long UW(object?[] r) => (long)r[1]!;

    /// <summary>x IN S with SQL's three-valued result.</summary>
    private static bool? In<T>(T? x, IEnumerable<T?> set) where T : struct
    {
        bool any = false, sawNull = false;
        foreach (var s in set)
        {
            any = true;
            if (s is null) sawNull = true;
            else if (x is not null && s.Value.Equals(x.Value)) return true;
        }
        if (!any) return false;
        return x is null || sawNull ? null : false;
    }

    private static bool? Not(bool? b) => b is null ? null : !b.Value;

    public static TheoryData<string, string, OracleHarness.NaiveView> Cases => new()
    {
        {
            "exists",
            "SELECT k, v FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k = t.k)",
            db => db["t"].Where(r => db["u"].Any(x => UK(x) == TK(r))).Select(r => new object?[] { r[0], r[1] })
        },
        {
            "not-exists",
            "SELECT k, v FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.k = t.k AND u.w > t.v)",
            db => db["t"].Where(r => !db["u"].Any(x => UK(x) == TK(r) && TV(r) is { } v && UW(x) > v)).Select(r => new object?[] { r[0], r[1] })
        },
        {
            "in-where",
            "SELECT k FROM t WHERE v IN (SELECT w FROM u WHERE u.k <> t.k)",
            db => db["t"].Where(r => In(TV(r), db["u"].Where(x => UK(x) is { } k && k != TK(r)).Select(x => (long?)UW(x))) == true)
                .Select(r => new object?[] { r[0] })
        },
        {
            "not-in-nullable",
            "SELECT k, v, k NOT IN (SELECT u.k FROM u WHERE u.w > 1) AS b FROM t",
            db => db["t"].Select(r => new object?[] { r[0], r[1], Not(In((int?)TK(r), db["u"].Where(x => UW(x) > 1).Select(UK))) })
        },
        {
            "in-select-list",
            "SELECT k, v IN (SELECT w FROM u WHERE u.k = t.k) AS b FROM t",
            db => db["t"].Select(r => new object?[] { r[0], In(TV(r), db["u"].Where(x => UK(x) == TK(r)).Select(x => (long?)UW(x))) })
        },
        {
            "scalar-count",
            "SELECT k, (SELECT COUNT(*) FROM u WHERE u.k = t.k) AS n FROM t",
            db => db["t"].Select(r => new object?[] { r[0], (long)db["u"].Count(x => UK(x) == TK(r)) })
        },
        {
            "scalar-max",
            "SELECT s, (SELECT MAX(w) FROM u WHERE u.k = t.k AND u.w <> t.v) AS m FROM t",
            db => db["t"].Select(r =>
            {
                var ws = db["u"].Where(x => UK(x) == TK(r) && TV(r) is { } v && UW(x) != v).Select(UW).ToList();
                return new object?[] { r[2], ws.Count == 0 ? null : ws.Max() };
            })
        },
        {
            "scalar-uncorrelated",
            "SELECT k FROM t WHERE v > (SELECT AVG(w) FROM u)",
            db => db["t"].Where(r => db["u"].Count > 0 && TV(r) is { } v && v > db["u"].Average(x => (decimal)UW(x)))
                .Select(r => new object?[] { r[0] })
        },
        {
            "exists-in-or",
            "SELECT k, s FROM t WHERE v > 3 OR EXISTS (SELECT 1 FROM u WHERE u.w = t.v)",
            db => db["t"].Where(r => TV(r) is { } v && (v > 3 || db["u"].Any(x => UW(x) == v))).Select(r => new object?[] { r[0], r[2] })
        },
        {
            "nested",
            "SELECT k FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k = t.k AND EXISTS (SELECT 1 FROM t AS t2 WHERE t2.v = u.w AND t2.k = t.k))",
            db => db["t"].Where(r => db["u"].Any(x => UK(x) == TK(r) && db["t"].Any(t2 => TV(t2) == UW(x) && TK(t2) == TK(r))))
                .Select(r => new object?[] { r[0] })
        },
        {
            "grouped-subquery",
            "SELECT k FROM t WHERE EXISTS (SELECT u.k FROM u WHERE u.w < t.v GROUP BY u.k HAVING COUNT(*) > 1)",
            db => db["t"].Where(r => TV(r) is { } v && db["u"].Where(x => UW(x) < v).GroupBy(UK).Any(g => g.Count() > 1))
                .Select(r => new object?[] { r[0] })
        },
        {
            "exists-join-inside",
            "SELECT k FROM t WHERE EXISTS (SELECT 1 FROM u JOIN t AS t2 ON u.k = t2.k WHERE u.w = t.v)",
            db => db["t"].Where(r => TV(r) is { } v && db["u"].Any(x => UW(x) == v && db["t"].Any(t2 => UK(x) == TK(t2))))
                .Select(r => new object?[] { r[0] })
        },
        {
            "left-join-inside",
            "SELECT k, (SELECT COUNT(t2.s) FROM u LEFT JOIN t AS t2 ON u.k = t2.k AND t2.v = t.v) AS n FROM t",
            db => db["t"].Select(r => new object?[]
            {
                r[0],
                (long)db["u"].Sum(x => db["t"].Count(t2 => UK(x) == TK(t2) && TV(t2) is { } a && TV(r) is { } b && a == b && t2[2] is not null)),
            })
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecorrelatedSubqueryMatchesNaiveEvaluation(string name, string query, OracleHarness.NaiveView naive)
    {
        var program = SqlProgram.Compile(Tables + $"CREATE VIEW v AS {query};", new SqlProgramOptions { FileName = name + ".sql" });
        OracleHarness.Run(program, Generators, steps: 80, seed: name.Length * 104729, naive: new Dictionary<string, OracleHarness.NaiveView> { ["v"] = naive });
    }

    [Fact]
    public void ScalarSubqueryWithMoreThanOneRowFailsTheStep()
    {
        using var program = SqlProgram.Compile(Tables + "CREATE VIEW v AS SELECT k, (SELECT w FROM u WHERE u.k = t.k) AS w FROM t;");
        Assert.True(program.Success, program.RenderDiagnostics());
        var pipeline = program.CreatePipeline();
        pipeline.Input("t").Insert(1, 5L, "a");
        pipeline.Input("u").Insert(1, 7L);
        pipeline.Step();
        Assert.Equal([(new object?[] { 1, 7L }, 1L)], pipeline.Output("v").Changes.Select(c => (c.Row, c.Weight)), ChangeComparer.Instance);

        pipeline.Input("u").Insert(1, 8L);
        var error = Assert.Throws<StepFailedException>(pipeline.Step);
        Assert.Contains("more than one row returned by a subquery", error.Message);
    }

    private sealed class ChangeComparer : IEqualityComparer<(object?[] Row, long Weight)>
    {
        public static readonly ChangeComparer Instance = new();
        public bool Equals((object?[] Row, long Weight) x, (object?[] Row, long Weight) y) => x.Weight == y.Weight && x.Row.SequenceEqual(y.Row);
        public int GetHashCode((object?[] Row, long Weight) obj) => obj.Weight.GetHashCode();
    }
}
