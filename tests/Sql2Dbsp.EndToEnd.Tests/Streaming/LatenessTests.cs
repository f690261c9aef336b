using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.EndToEnd.Tests.Streaming;

/// <summary>LATENESS on table columns: late changes are dropped at the input and counted, in both circuits and across checkpoints.</summary>
public class LatenessTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Unspecified);

    private const string Program = """
        CREATE TABLE t (id INT NOT NULL, ts TIMESTAMP NOT NULL LATENESS INTERVAL '10' SECOND);
        CREATE MATERIALIZED VIEW v AS SELECT id FROM t;
        """;

    private static HashSet<int> Ids(Pipeline p) => [.. p.Output("v").Contents.Select(r => (int)r[0]!)];

    /// <summary>
    /// Step 1 accepts 30 s (waterline 20 s); step 2 drops 19 s, keeps 20 s (not below) and 45 s (waterline 35 s);
    /// step 3 drops the deletion of 20 s and the insertion of 34 s. Records within one step are never late relative to each other.
    /// </summary>
    private static void Feed(Pipeline p)
    {
        var t = p.Input("t");
        t.Insert(1, T0.AddSeconds(30));
        t.Insert(9, T0.AddSeconds(5)); // same step as 30 s: not late yet
        p.Step();
        t.Insert(2, T0.AddSeconds(19));
        t.Insert(3, T0.AddSeconds(20));
        t.Insert(4, T0.AddSeconds(45));
        p.Step();
        t.Delete(3, T0.AddSeconds(20));
        t.Insert(5, T0.AddSeconds(34));
        t.Insert(6, T0.AddSeconds(35));
        p.Step();
    }

    [Fact]
    public void LateChangesAreDroppedAndCounted()
    {
        using var program = SqlProgram.Compile(Program);
        Assert.True(program.Success, program.RenderDiagnostics());
        foreach (var p in new[] { program.CreatePipeline(), program.CreateReferencePipeline() })
        {
            Feed(p);
            Assert.Equal([1, 3, 4, 6, 9], Ids(p));
            Assert.Equal(3, p.Input("t").LateRecords);
        }
    }

    [Fact]
    public void TablesWithoutLatenessCountNothing()
    {
        using var program = SqlProgram.Compile("CREATE TABLE t (id INT NOT NULL, ts TIMESTAMP NOT NULL); CREATE MATERIALIZED VIEW v AS SELECT id FROM t;");
        var p = program.CreatePipeline();
        Feed(p);
        Assert.Equal([1, 2, 4, 5, 6, 9], Ids(p));
        Assert.Equal(0, p.Input("t").LateRecords);
    }

    [Fact]
    public void WaterlineAndCountSurviveACheckpoint()
    {
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile(Program, new SqlProgramOptions { Compiler = new CompilerOptions { FaultTolerance = FaultToleranceModel.ExactlyOnce } });
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        Feed(p);
        p.Checkpoint(storage.Path);
        var resumed = program.ResumePipeline(storage.Path);
        Assert.Equal(3, resumed.Input("t").LateRecords);
        resumed.Input("t").Insert(7, T0.AddSeconds(34)); // below the waterline 35 s of the restored maximum 45 s
        resumed.Step();
        Assert.Equal([1, 3, 4, 6, 9], Ids(resumed));
        Assert.Equal(4, resumed.Input("t").LateRecords);
    }

    [Fact]
    public void NumericLatenessWorksOnIntegerColumns()
    {
        using var program = SqlProgram.Compile("""
            CREATE TABLE t (id INT NOT NULL, seq BIGINT NOT NULL LATENESS 5);
            CREATE MATERIALIZED VIEW v AS SELECT id FROM t;
            """);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        p.Input("t").Insert(1, 100L);
        p.Step();
        p.Input("t").Insert(2, 94L);
        p.Input("t").Insert(3, 95L);
        p.Step();
        Assert.Equal([1, 3], Ids(p));
        Assert.Equal(1, p.Input("t").LateRecords);
    }

    [Theory]
    [InlineData("CREATE TABLE t (ts TIMESTAMP LATENESS INTERVAL '1' SECOND);", "SQL0901", "nullable")]
    [InlineData("CREATE TABLE t (ts TIMESTAMP NOT NULL LATENESS 5);", "SQL0201", "cannot be subtracted")]
    [InlineData("CREATE TABLE t (ts TIMESTAMP NOT NULL LATENESS INTERVAL '1' SECOND, u TIMESTAMP NOT NULL LATENESS INTERVAL '1' SECOND);", "SQL0901", "more than one column")]
    [InlineData("CREATE TABLE t (ts TIMESTAMP NOT NULL WATERMARK INTERVAL '1' SECOND);", "SQL0901", "WATERMARK")]
    [InlineData("CREATE TABLE t (ts TIMESTAMP NOT NULL); CREATE VIEW v AS SELECT ts FROM t; LATENESS v.nope INTERVAL '1' SECOND;", "SQL0107", "no column 'nope'")]
    [InlineData("CREATE TABLE t (ts TIMESTAMP NOT NULL); LATENESS w.ts INTERVAL '1' SECOND;", "SQL0110", "unknown view")]
    public void BadLatenessIsReportedAtItsSpan(string sql, string code, string message)
    {
        var result = SqlCompiler.Compile(new Compiler.Text.SourceText(sql, "lateness.sql"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ViewLatenessStatementIsAccepted()
    {
        var result = SqlCompiler.Compile(new Compiler.Text.SourceText("""
            CREATE TABLE t (ts TIMESTAMP NOT NULL LATENESS INTERVAL 4 SECONDS);
            CREATE VIEW v AS SELECT ts FROM t;
            LATENESS v.ts INTERVAL 1 HOUR;
            """, "lateness.sql"));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }
}
