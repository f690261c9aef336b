using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests;

public class ApiTests
{
    [Fact]
    public void ViewChangesAndMaterializedContents()
    {
        var program = SqlProgram.Compile("""
            CREATE TABLE t (k INT NOT NULL, v BIGINT);
            CREATE MATERIALIZED VIEW s AS SELECT k, SUM(v) AS total FROM t GROUP BY k;
            """);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        p.Input("t").Insert(1, 10L);
        p.Input("t").Insert(1, 5L);
        p.Input("t").Insert(2, 7L);
        p.Step();
        Assert.Equal(2, p.Output("s").Changes.Count);
        Assert.Contains(p.Output("s").Changes, c => (int)c.Row[0]! == 1 && (long)c.Row[1]! == 15 && c.Weight == 1);

        p.Input("t").Delete(1, 5L);
        p.Step();
        var changes = p.Output("s").Changes;
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => (long)c.Row[1]! == 15 && c.Weight == -1);
        Assert.Contains(changes, c => (long)c.Row[1]! == 10 && c.Weight == 1);
        Assert.Equal(2, p.Output("S").Contents.Count);
    }

    [Fact]
    public void ProgramWithoutReferenceCircuitRunsIncrementallyOnly()
    {
        using var program = SqlProgram.Compile("""
            CREATE TABLE t (k INT NOT NULL, v BIGINT);
            CREATE VIEW s AS SELECT k, COUNT(*) AS n FROM t GROUP BY k;
            """, new SqlProgramOptions { IncludeReferenceCircuit = false });
        Assert.True(program.Success, program.RenderDiagnostics());
        Assert.False(program.IncludesReference);
        Assert.DoesNotContain(program.Generated!.Files, f => f.Text.Contains("RefWiring"));
        var p = program.CreatePipeline();
        p.Input("t").Insert(3, 1L);
        p.Step();
        Assert.Equal([3, 1L], Assert.Single(p.Output("s").Changes).Row);
        Assert.Throws<InvalidOperationException>(() => program.CreateReferencePipeline());
    }

    [Fact]
    public void DivisionByZeroFailsTheStepAndThePipeline()
    {
        var program = SqlProgram.Compile("""
            CREATE TABLE t (a INT NOT NULL, b INT NOT NULL);
            CREATE VIEW q AS SELECT a / b AS r FROM t;
            """, new SqlProgramOptions { FileName = "div.sql" });
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        p.Input("t").Insert(6, 3);
        p.Step();
        Assert.Equal(2, (int)p.Output("q").Changes.Single().Row[0]!);
        p.Input("t").Insert(5, 0);
        var error = Assert.ThrowsAny<Exception>(p.Step);
        Assert.True(p.IsFailed);
        Assert.Contains("q", error.Message);
        Assert.Contains("div.sql:2:", error.Message);
        Assert.Contains("division by zero", error.Message);
        // Nothing of the failed step was published: the output still shows the last completed step.
        Assert.Equal(2, (int)p.Output("q").Changes.Single().Row[0]!);
        Assert.ThrowsAny<Exception>(p.Step);
    }

    [Fact]
    public void CompileErrorsAreDiagnosticsNotExceptions()
    {
        var program = SqlProgram.Compile("CREATE TABLE t (a INT);\nCREATE VIEW v AS SELECT nope FROM t;");
        Assert.False(program.Success);
        var d = Assert.Single(program.Diagnostics);
        Assert.Equal("SQL0107", d.Code);
        Assert.Throws<InvalidOperationException>(() => program.CreatePipeline());
    }
}
