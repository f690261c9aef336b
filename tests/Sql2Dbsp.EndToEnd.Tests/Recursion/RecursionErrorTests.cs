using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.EndToEnd.Tests.Recursion;

/// <summary>Errors around recursive views: each names the construct and points at its span.</summary>
public class RecursionErrorTests
{
    private const string Edges = "CREATE TABLE e (a INT NOT NULL, b INT NOT NULL);\n";

    private static (Compiler.Diagnostics.Diagnostic Error, string Text) SingleError(string sql)
    {
        var result = SqlCompiler.Compile(new SourceText(sql));
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, result.RenderDiagnostics());
        return (errors[0], errors[0].Span.Offset < 0 ? "" : sql.Substring(errors[0].Span.Offset, errors[0].Span.Length));
    }

    [Fact]
    public void WithRecursiveSuggestsDeclareRecursiveView()
    {
        var (error, _) = SingleError(Edges + "CREATE VIEW v AS WITH RECURSIVE r (n) AS (SELECT a FROM e UNION SELECT n FROM r) SELECT n FROM r;");
        Assert.Equal("SQL0901", error.Code);
        Assert.Contains("WITH RECURSIVE", error.Message);
        Assert.Contains(error.Help, h => h.Contains("DECLARE RECURSIVE VIEW"));
    }

    [Fact]
    public void DeclaredButNeverDefined()
    {
        var (error, text) = SingleError(Edges + "DECLARE RECURSIVE VIEW r (n INT);\nCREATE VIEW v AS SELECT a FROM e;");
        Assert.Equal("recursive view 'r' is declared but never defined", error.Message);
        Assert.StartsWith("DECLARE RECURSIVE VIEW r", text);
    }

    [Fact]
    public void DefinitionMustMatchTheDeclaredTypes()
    {
        var (error, text) = SingleError(Edges + """
            DECLARE RECURSIVE VIEW r (n INT NOT NULL, s VARCHAR);
            CREATE VIEW r AS SELECT a, a FROM e UNION SELECT n, n FROM r;
            """);
        Assert.Equal("SQL0201", error.Code);
        Assert.Equal("column 2 ('s') of recursive view 'r' is declared VARCHAR but the query produces INTEGER NOT NULL", error.Message);
        Assert.Equal("r", text);
    }

    [Fact]
    public void ColumnCountMustMatchTheDeclaration()
    {
        var (error, _) = SingleError(Edges + "DECLARE RECURSIVE VIEW r (n INT);\nCREATE VIEW r AS SELECT a, b FROM e;");
        Assert.Equal("recursive view 'r' is declared with 1 column(s) but its query produces 2", error.Message);
    }

    [Fact]
    public void NotNullDefinitionWidensToANullableDeclaration()
    {
        var result = SqlCompiler.Compile(new SourceText(Edges + """
            DECLARE RECURSIVE VIEW r (n BIGINT);
            CREATE VIEW r AS SELECT a FROM e UNION SELECT e.b FROM r JOIN e ON r.n = e.a;
            """));
        Assert.True(result.Success, result.RenderDiagnostics());
        Assert.Equal("BIGINT", result.Catalog!.FindView("r", false)!.Columns[0].Type.ToString());
    }

    [Theory]
    [InlineData("SELECT a FROM e UNION SELECT n FROM (SELECT n FROM r ORDER BY n LIMIT 3) AS x", "LIMIT", "3")]
    [InlineData("SELECT a FROM e UNION SELECT n FROM r WHERE CURRENT_DATE > DATE '2000-01-01'", "CURRENT_DATE()", "CURRENT_DATE")]
    public void ConstructsThatCannotRecurseAreReportedAtTheirSpan(string query, string construct, string span)
    {
        var (error, text) = SingleError(Edges + $"DECLARE RECURSIVE VIEW r (n INT NOT NULL);\nCREATE VIEW r AS {query};");
        Assert.Equal("SQL0901", error.Code);
        Assert.Equal($"{construct} cannot be used in view 'r', which is recursive (through 'r')", error.Message);
        Assert.Equal(span, text);
    }

    [Fact]
    public void AViewOutsideTheRecursionMayUseLimit()
    {
        var result = SqlCompiler.Compile(new SourceText(Edges + """
            DECLARE RECURSIVE VIEW r (n INT NOT NULL);
            CREATE VIEW r AS SELECT a FROM e UNION SELECT e.b FROM r JOIN e ON r.n = e.a;
            CREATE VIEW top3 AS SELECT n FROM r ORDER BY n LIMIT 3;
            """));
        Assert.True(result.Success, result.RenderDiagnostics());
        Assert.Single(result.Catalog!.RecursiveGroups);
    }

    [Fact]
    public void AnErrorInsideTheRecursionNamesTheViewAndLocation()
    {
        using var program = SqlProgram.Compile(Edges + """
            DECLARE RECURSIVE VIEW r (n INT NOT NULL);
            CREATE VIEW r AS SELECT a FROM e UNION SELECT n * 2 FROM r;
            """);
        Assert.True(program.Success, program.RenderDiagnostics());
        var pipeline = program.CreatePipeline();
        pipeline.Input("e").Insert(1, 2);
        var failure = Assert.Throws<Runtime.Circuits.StepFailedException>(pipeline.Step);
        Assert.Contains("overflow", failure.Message);
        Assert.Equal("r", failure.View);
        Assert.Equal("Map", failure.OperatorKind);
    }

    [Fact]
    public void ARecursionThatNeverSettlesFailsTheStep()
    {
        using var program = SqlProgram.Compile(Edges + """
            DECLARE RECURSIVE VIEW flip (n INT NOT NULL);
            CREATE VIEW flip AS SELECT a FROM e EXCEPT SELECT n FROM flip;
            """);
        Assert.True(program.Success, program.RenderDiagnostics());
        var pipeline = program.CreatePipeline();
        pipeline.Input("e").Insert(1, 2);
        var failure = Assert.Throws<Runtime.Circuits.StepFailedException>(pipeline.Step);
        Assert.Contains("did not reach a fixed point after 100,000 iterations", failure.Message);
    }
}
