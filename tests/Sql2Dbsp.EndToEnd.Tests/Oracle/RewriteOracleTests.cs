using Sql2Dbsp;
using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.EndToEnd.Tests.Oracle;

/// <summary>
/// Plan rewrites preserve results: every view agrees, after every step, with the same program compiled without the
/// optional rewrites (and incremental agrees with non-incremental, as everywhere).
/// </summary>
public class RewriteOracleTests
{
    private const string Tables = """
        CREATE TABLE a (x INT NOT NULL, y INT, z VARCHAR);
        CREATE TABLE b (x INT, y INT NOT NULL);
        CREATE TABLE c (y INT, w BIGINT);
        """;

    private static readonly Dictionary<string, OracleHarness.RowGenerator> Generators = new()
    {
        ["a"] = r => [r.Next(5), r.Next(5) == 0 ? null : r.Next(5), r.Next(4) == 0 ? null : "z" + r.Next(3)],
        ["b"] = r => [r.Next(5) == 0 ? null : r.Next(5), r.Next(5)],
        ["c"] = r => [r.Next(4) == 0 ? null : r.Next(5), r.Next(4) == 0 ? null : (long)r.Next(-2, 3)],
    };

    public static TheoryData<string, string> Views => new()
    {
        { "comma-chain", "SELECT a.z, c.w FROM a, c, b WHERE a.x = b.x AND b.y = c.y AND a.y > 1" },
        { "comma-unconnected-first", "SELECT * FROM a, c, b WHERE b.y = c.y AND a.x = b.x" },
        { "constant-conjunct", "SELECT a.x, b.y FROM a, b WHERE 1 = 1 AND a.x = b.x AND a.z IS NOT NULL" },
        { "cross-and-residual", "SELECT a.x, b.x FROM a CROSS JOIN b WHERE a.y < b.y" },
        { "filter-over-derived", "SELECT s.k, s.t FROM (SELECT x + 1 AS k, y * 2 AS t FROM a) AS s WHERE s.k > 2 AND s.t IS NOT NULL" },
        { "filter-over-aggregate-key", "SELECT * FROM (SELECT x, COUNT(*) AS n FROM a GROUP BY x) AS g WHERE g.x <> 3 AND g.n > 1" },
        { "having-on-global", "SELECT COUNT(*) AS n FROM a HAVING 1 = 0" },
        { "left-join-filters", "SELECT a.x, b.y FROM a LEFT JOIN b ON a.x = b.x AND b.y > 1 AND a.y > 0 WHERE a.z IS NOT NULL" },
        { "left-join-filter-on-padded-side", "SELECT a.x, b.y FROM a LEFT JOIN b ON a.x = b.x WHERE b.y IS NULL" },
        { "right-join-filters", "SELECT a.x, b.y FROM a RIGHT JOIN b ON a.x = b.x AND a.y > 1 WHERE b.y < 4" },
        { "full-join-filters", "SELECT a.x, b.y FROM a FULL JOIN b ON a.x = b.x AND a.y > 1 AND b.y > 0 WHERE a.x IS NOT NULL OR b.y > 2" },
        { "union-filter", "SELECT * FROM (SELECT x, y FROM a UNION ALL SELECT x, y FROM b) AS u WHERE u.y > 1" },
        { "except-filter", "SELECT * FROM (SELECT x FROM a EXCEPT SELECT x FROM b) AS e WHERE e.x > 0" },
        { "distinct-filter", "SELECT * FROM (SELECT DISTINCT y FROM a) AS d WHERE d.y IS NOT NULL" },
        { "join-of-joins", "SELECT a.x, c.w FROM (a JOIN b ON a.x = b.x) JOIN c ON b.y = c.y AND c.w > a.y WHERE b.y <> 2" },
        { "exists-with-join", "SELECT a.x FROM a, b WHERE a.x = b.x AND EXISTS (SELECT 1 FROM c WHERE c.y = b.y AND c.w > 0)" },
        { "constants", "SELECT x, 3 * 4 - 2 AS c, CASE WHEN 1 < 2 THEN y END AS e, NULL + x AS n, x IS NULL AS nn, -(-5) % 3 AS m FROM a WHERE 2 > 1 AND (y > 1 OR 1 = 0)" },
        { "constant-false-filter-under-aggregate", "SELECT COUNT(*) AS n, SUM(y) AS s FROM a WHERE 1 = 2 AND y > 0" },
        { "values-projection", "SELECT v.p + 1 AS q, v.r FROM (VALUES (1, 'a'), (2, NULL)) AS v(p, r) WHERE v.p > 1" },
        { "or-shared-join-key", "SELECT a.x, b.y FROM a, b WHERE (a.x = b.x AND a.y = 1) OR (b.x = a.x AND b.y = 2) OR (a.x = b.x AND a.z IS NULL)" },
        { "or-shared-key-per-table-filters", "SELECT a.x, b.y, a.z FROM a, b WHERE (a.x = b.x AND a.y = 1 AND b.y > 1) OR (a.x = b.x AND a.y > 2 AND b.y < 3 AND a.z <> 'z1')" },
        { "or-branch-is-shared-part", "SELECT a.x, c.w FROM a, c WHERE (a.y = c.y AND c.w > 0) OR a.y = c.y" },
        { "or-shared-in-left-join", "SELECT a.x, b.y FROM a LEFT JOIN b ON (a.x = b.x AND b.y = 1) OR (a.x = b.x AND a.y IS NULL)" },
        { "outer-join-in-comma-join", "SELECT a.x, b.y, c.w FROM a LEFT JOIN b ON a.x = b.x, c WHERE c.y = a.y" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void RewrittenPlanAgreesWithUnrewrittenPlan(string name, string query)
    {
        string sql = Tables + $"CREATE VIEW v AS {query};";
        var program = SqlProgram.Compile(sql, new SqlProgramOptions { FileName = name + ".sql" });
        var baseline = SqlProgram.Compile(sql, new SqlProgramOptions { FileName = name + ".sql", Compiler = new CompilerOptions { SkipOptionalRewrites = true } });
        OracleHarness.Run(program, Generators, steps: 60, seed: name.Length * 31337, baseline: baseline);
    }
}
