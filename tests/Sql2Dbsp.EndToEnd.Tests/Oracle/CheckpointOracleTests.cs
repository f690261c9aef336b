using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests.Oracle;

/// <summary>
/// The oracle in checkpoint mode: pipelines are checkpointed and resumed at random steps, and must produce exactly the
/// changes of an uninterrupted pipeline (and still agree with the reference circuit), for every construct.
/// </summary>
public class CheckpointOracleTests
{
    private const string Tables = """
        CREATE TABLE t (k INT NOT NULL, v BIGINT, s VARCHAR, d DECIMAL(8, 2), ts TIMESTAMP);
        CREATE TABLE u (k INT, w BIGINT NOT NULL);
        """;

    private static readonly Dictionary<string, OracleHarness.RowGenerator> Generators = new()
    {
        ["t"] = r => [r.Next(6), r.Next(5) == 0 ? null : (long)r.Next(-3, 10), r.Next(4) == 0 ? null : "s" + r.Next(3),
            r.Next(5) == 0 ? null : r.Next(-500, 500) / 100m, r.Next(5) == 0 ? null : new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(r.Next(100))],
        ["u"] = r => [r.Next(5) == 0 ? null : r.Next(6), (long)r.Next(0, 4)],
    };

    public static TheoryData<string, string> Views()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in OracleTests.Views) data.Add((string)row[0], (string)row[1]);
        data.Add("materialized", "CREATE MATERIALIZED VIEW v AS SELECT k, SUM(d) AS sd, COUNT(ts) AS n FROM t GROUP BY k");
        data.Add("decimal-avg", "CREATE VIEW v AS SELECT s, AVG(d) AS a, MIN(ts) AS first FROM t GROUP BY s");
        data.Add("intersect-all", "CREATE VIEW v AS SELECT k FROM t INTERSECT ALL SELECT k FROM u");
        data.Add("except-all", "CREATE VIEW v AS SELECT k FROM t EXCEPT ALL SELECT k FROM u");
        data.Add("exists", "CREATE VIEW v AS SELECT k, v FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.k = t.k)");
        data.Add("not-in", "CREATE VIEW v AS SELECT k FROM t WHERE v NOT IN (SELECT w FROM u WHERE u.k = t.k)");
        data.Add("scalar-subquery", "CREATE VIEW v AS SELECT k, (SELECT MAX(w) FROM u WHERE u.k = t.k) AS m FROM t");
        data.Add("top-k-per-group", "CREATE MATERIALIZED VIEW v AS SELECT k, v FROM t ORDER BY v DESC NULLS LAST LIMIT 2");
        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void ResumedPipelineEqualsUninterrupted(string name, string view)
    {
        var program = SqlProgram.Compile(Tables + view, new SqlProgramOptions { FileName = name + ".sql" });
        OracleHarness.Run(program, Generators, steps: 60, seed: name.Length * 7919 + 1, checkpoint: true);
    }
}
