using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests.Oracle;

/// <summary>Incremental == non-incremental after every step, for every supported construct.</summary>
public class OracleTests
{
    private const string Tables = """
        CREATE TABLE t (k INT NOT NULL, v BIGINT, s VARCHAR);
        CREATE TABLE u (k INT, w BIGINT NOT NULL);
        """;

    private static readonly Dictionary<string, OracleHarness.RowGenerator> Generators = new()
    {
        ["t"] = r => [r.Next(6), r.Next(5) == 0 ? null : (long)r.Next(-3, 10), r.Next(4) == 0 ? null : "s" + r.Next(3)],
        ["u"] = r => [r.Next(5) == 0 ? null : r.Next(6), (long)r.Next(0, 4)],
    };

    public static TheoryData<string, string> Views => new()
    {
        { "filter-map", "CREATE VIEW v AS SELECT k + 1 AS k1, v * 2 AS v2, s || 'x' AS sx FROM t WHERE v > 2 OR s IS NULL" },
        { "inner-join", "CREATE VIEW v AS SELECT t.k, t.v, u.w FROM t JOIN u ON t.k = u.k AND t.v < u.w + 5" },
        { "comma-join", "CREATE VIEW v AS SELECT t.k, u.w FROM t, u WHERE t.k = u.k" },
        { "left-join", "CREATE VIEW v AS SELECT t.k, t.v, u.w FROM t LEFT JOIN u ON t.k = u.k" },
        { "right-join", "CREATE VIEW v AS SELECT t.s, u.k, u.w FROM t RIGHT JOIN u ON t.k = u.k" },
        { "full-join", "CREATE VIEW v AS SELECT t.v, u.w FROM t FULL OUTER JOIN u ON t.k = u.k" },
        { "group-having", "CREATE VIEW v AS SELECT k, COUNT(*) AS n, SUM(v) AS total, AVG(v) AS mean FROM t GROUP BY k HAVING COUNT(*) > 1" },
        { "min-max", "CREATE VIEW v AS SELECT k, MIN(v) AS lo, MAX(s) AS hi, COUNT(DISTINCT v) AS d FROM t GROUP BY k" },
        { "global-aggregate", "CREATE VIEW v AS SELECT COUNT(*) AS n, SUM(v) AS total, MAX(v) AS top FROM t" },
        { "distinct", "CREATE VIEW v AS SELECT DISTINCT k, s FROM t" },
        { "union", "CREATE VIEW v AS SELECT k FROM t UNION SELECT k FROM u" },
        { "union-all", "CREATE VIEW v AS SELECT k, v FROM t UNION ALL SELECT k, w FROM u" },
        { "intersect", "CREATE VIEW v AS SELECT k FROM t INTERSECT SELECT k FROM u" },
        { "except", "CREATE VIEW v AS SELECT k FROM t EXCEPT SELECT k FROM u" },
        { "top-k", "CREATE VIEW v AS SELECT k, v, s FROM t ORDER BY v DESC NULLS LAST, k, s LIMIT 3" },
        { "join-aggregate", "CREATE VIEW v AS SELECT u.w, COUNT(*) AS n, SUM(t.v) AS total FROM t JOIN u ON t.k = u.k GROUP BY u.w HAVING SUM(t.v) > 0" },
        { "case-coalesce", "CREATE VIEW v AS SELECT CASE WHEN v IS NULL THEN 'none' WHEN v > 5 THEN 'big' ELSE s END AS c, COALESCE(v, -1) AS v, NULLIF(k, 2) AS k FROM t" },
        { "statistics-aggregates", "CREATE VIEW v AS SELECT k, ARG_MIN(s, v) AS amin, ARG_MAX(k + 1, s) AS amax, EVERY(v > 2) AS e, SOME(s = 's1') AS so, BIT_AND(v) AS ba, BIT_OR(v) AS bo, BIT_XOR(v) AS bx, VAR_POP(v) AS vp, STDDEV_SAMP(v) AS ss, VARIANCE(CAST(v AS DOUBLE)) AS vd, STDDEV(DISTINCT v) AS sd, BIT_XOR(DISTINCT v) AS bxd, SUM(v) FILTER (WHERE s IS NOT NULL) AS fs FROM t GROUP BY k" },
        { "global-statistics-aggregates", "CREATE VIEW v AS SELECT ARG_MAX(s, v) AS a, BOOL_OR(v < 0) AS neg, BOOL_AND(s IS NOT NULL) AS alls, STDDEV_POP(CAST(v AS DECIMAL(10, 2))) AS sp, VAR_SAMP(k) AS vs FROM t" },
        { "view-on-view", "CREATE LOCAL VIEW a AS SELECT k, v FROM t WHERE v IS NOT NULL; CREATE VIEW v AS SELECT a.k, SUM(a.v) AS total FROM a GROUP BY a.k" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void IncrementalEqualsNonIncremental(string name, string view)
    {
        var program = SqlProgram.Compile(Tables + view, new SqlProgramOptions { FileName = name + ".sql" });
        OracleHarness.Run(program, Generators, steps: 120, seed: name.Length * 7919);
    }

    /// <summary>INTERSECT ALL and EXCEPT ALL keep min(a, b) and max(a − b, 0) copies of a row (checked naively too).</summary>
    [Fact]
    public void IntersectAllAndExceptAllCountCopies()
    {
        var program = SqlProgram.Compile(Tables + """
            CREATE VIEW i AS SELECT k FROM t INTERSECT ALL SELECT k FROM u;
            CREATE VIEW e AS SELECT k FROM t EXCEPT ALL SELECT k FROM u;
            """);
        static IEnumerable<object?[]> Copies(IReadOnlyDictionary<string, List<object?[]>> db, Func<int, int, int> count)
        {
            // t.k is NOT NULL, so u's NULL keys never match.
            var left = db["t"].GroupBy(r => (int)r[0]!).ToDictionary(g => g.Key, g => g.Count());
            var right = db["u"].Where(r => r[0] is not null).GroupBy(r => (int)r[0]!).ToDictionary(g => g.Key, g => g.Count());
            foreach (var (k, a) in left)
                for (int n = count(a, right.GetValueOrDefault(k)); n > 0; n--) yield return [k];
        }
        OracleHarness.Run(program, Generators, steps: 80, seed: 777, naive: new Dictionary<string, OracleHarness.NaiveView>
        {
            ["i"] = db => Copies(db, Math.Min),
            ["e"] = db => Copies(db, (a, b) => Math.Max(a - b, 0)),
        });
    }

    /// <summary>
    /// Enough views that the generated wiring is split into several parts, with streams (tables, local views, top-k
    /// results) read across parts.
    /// </summary>
    [Fact]
    public void ProgramWiredInSeveralPartsHoldsTheOracle()
    {
        var views = new System.Text.StringBuilder("CREATE LOCAL VIEW ranked AS SELECT k, v FROM t ORDER BY v DESC NULLS LAST, k LIMIT 4;\n");
        for (int i = 0; i < 40; i++)
            views.Append($"CREATE VIEW v{i} AS SELECT r.k + {i} AS k, COUNT(*) AS n, SUM(u.w) AS w FROM ranked AS r JOIN u ON r.k = u.k WHERE r.v + {i} > u.w GROUP BY r.k;\n");
        var program = SqlProgram.Compile(Tables + views);
        Assert.True(program.Success, program.RenderDiagnostics());
        Assert.Contains("private void Part1()", program.Generated!.Files.Single(f => f.FileName.EndsWith(".Circuit.g.cs")).Text);
        OracleHarness.Run(program, Generators, steps: 40, seed: 4242);
    }

    [Fact]
    public void MixedProgramHoldsTheOracle()
    {
        var program = SqlProgram.Compile(Tables + """
            CREATE LOCAL VIEW joined AS SELECT t.k, t.v, u.w FROM t LEFT JOIN u ON t.k = u.k;
            CREATE VIEW per_key AS SELECT k, COUNT(*) AS n, SUM(w) AS sw FROM joined GROUP BY k HAVING COUNT(*) >= 1;
            CREATE VIEW keys AS SELECT DISTINCT k FROM joined WHERE w IS NOT NULL;
            CREATE VIEW either AS SELECT k FROM t UNION SELECT k FROM u EXCEPT SELECT k FROM keys;
            CREATE VIEW correlated AS SELECT k, v, (SELECT COUNT(*) FROM u WHERE u.k = t.k AND u.w < t.v) AS n FROM t
              WHERE EXISTS (SELECT 1 FROM joined j WHERE j.k = t.k AND j.w IS NOT NULL) OR v NOT IN (SELECT w FROM u);
            """);
        OracleHarness.Run(program, Generators, steps: 150, seed: 12345);
    }
}
