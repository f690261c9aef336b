using System.Collections.Immutable;
using Sql2Dbsp.Differential.Generation;
using Sql2Dbsp.Differential.Running;
using Xunit.Abstractions;

namespace Sql2Dbsp.Differential.Tests;

/// <summary>The seeded differential run of CI: generated queries through our engine and PostgreSQL 15.</summary>
public sealed class DifferentialTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    /// <summary>CI's share of the generated queries (the long run is the console's <c>--queries 10000</c>).</summary>
    private const int Queries = 2000;

    [PostgresFact]
    public void Generated_queries_agree_with_PostgreSQL()
    {
        var options = new RunOptions(Queries, Seed: 1, Avoid: KnownEngineBugs.Features);
        var log = new StringWriter();
        RunSummary summary;
        using (var run = new DifferentialRun(options, postgres.ConnectionString, log)) summary = run.Execute();
        output.WriteLine(log.ToString());
        output.WriteLine(summary.Line);
        Assert.True(summary.Failed == 0,
            $"{summary.Line}; re-run one with: dotnet run -c Release --project tests/Sql2Dbsp.Differential -- --seed 1 " +
            $"--avoid {Features.Format(KnownEngineBugs.Features)} --first INDEX --queries 1 --out DIR\n" +
            string.Join("\n", summary.Failures.Take(20)));
        Assert.Equal(Queries, summary.Passed);
    }

    [PostgresFact]
    public void A_difference_is_reported_after_the_round_it_appears_in_and_shrunk_to_a_reproduction()
    {
        // A deliberate difference (docs/sql-reference.md): ROUND of a DOUBLE rounds half away from zero here and to even
        // in PostgreSQL; it shows only once such a row arrives, which must be caught.
        var t0 = new Table("t0", [new Column("id", ColumnType.Int, false), new Column("c1", ColumnType.Double, true)]);
        object?[] halfRow = [3, 2.5];
        var db = new Database([t0], [[[1, null], [2, null]]], [[], [new Change(t0, ChangeKind.Insert, null, halfRow)]]);
        var differs = new Query(0, "SELECT ROUND(a.c1) AS x1 FROM t0 a", 1, "test");
        var agrees = new Query(1, "SELECT a.id AS x1 FROM t0 a", 1, "test");
        var dir = Directory.CreateTempSubdirectory("sql2dbsp-diff-").FullName;
        try
        {
            List<Failure> failures;
            using (var run = new DifferentialRun(new RunOptions(2, Seed: 0, OutputDirectory: dir), postgres.ConnectionString, TextWriter.Null))
                failures = run.RunBatch(db, [differs, agrees]);

            var failure = Assert.Single(failures);
            Assert.Equal(0, failure.Query.Index);
            Assert.Equal(FailureKind.Mismatch, failure.Kind);
            Assert.Equal(2, failure.Round);
            string slt = File.ReadAllText(failure.Reproduction!);
            // Shrunk to the one row that shows it.
            Assert.Contains("INSERT INTO t0 VALUES (3, CAST(2.5 AS DOUBLE PRECISION))\n", slt, StringComparison.Ordinal);
            Assert.DoesNotContain("(1, NULL)", slt, StringComparison.Ordinal);
            Assert.EndsWith("SELECT ROUND(a.c1) AS x1 FROM t0 a\n----\n2\n", slt, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [PostgresFact]
    public void PostgreSQL_answers_keep_CHAR_padding_NULLs_and_NUMERIC_digits_beyond_decimal()
    {
        var t = new Table("t", [new Column("id", ColumnType.Int, false), new Column("c", ColumnType.Char(3), true)]);
        using var pg = new Postgres.PostgresDatabase(postgres.ConnectionString, "sql2dbsp_diff_test");
        pg.Load([t], [[[1, "a"], [2, null], [3, ""]]]);
        var rows = pg.Query("SELECT c AS x1, c || 'x' AS x2, 1000000000000000000000000000000.5 AS x3 FROM t ORDER BY id", 3).Rows!;
        var text = rows.Select(r => string.Join("|", r.Select(v => v ?? "NULL"))).ToList();
        Assert.Equal(["a  |ax|1000000000000000000000000000000.5", "NULL|NULL|1000000000000000000000000000000.5",
                      "   |x|1000000000000000000000000000000.5"], text);
    }
}
