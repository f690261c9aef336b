using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Tests.Diagnostics;

/// <summary>Each error kind: code, message and exact span; all errors of a program reported in one run.</summary>
public class DiagnosticTests
{
    private static (CompilationResult Result, SourceText Source) Compile(string sql)
    {
        var source = new SourceText(sql, "p.sql");
        return (SqlCompiler.Compile(source), source);
    }

    private static void AssertError(string sql, string code, string message, string spanText)
    {
        var (result, source) = Compile(sql);
        var d = Assert.Single(result.Diagnostics, x => x.Code == code);
        Assert.Contains(message, d.Message);
        Assert.Equal(spanText, source.Slice(d.Span));
    }

    [Fact]
    public void DropOfATableAViewReads() => AssertError(
        "CREATE TABLE u (a INT NOT NULL);\nCREATE VIEW v AS SELECT a FROM u WHERE a IN (SELECT a FROM u);\nDROP TABLE u;",
        ErrorCodes.DropInUse, "cannot drop table 'u': view 'v' depends on it", "DROP TABLE u");

    [Fact]
    public void DropOfAViewAnotherViewReads() => AssertError(
        "CREATE TABLE u (a INT);\nCREATE VIEW w AS SELECT a FROM u;\nCREATE VIEW v AS SELECT (SELECT COUNT(*) FROM w) AS n;\nDROP VIEW w;",
        ErrorCodes.DropInUse, "cannot drop view 'w': view 'v' depends on it", "DROP VIEW w");

    [Fact]
    public void DecimalLiteralBeyondThePrecisionIsAnErrorNotARoundedValue() => AssertError(
        "CREATE VIEW v AS SELECT 1.234567890123456789012345678901234567890 AS x;",
        ErrorCodes.InvalidLiteral, "exceeds the DECIMAL precision of 38 digits", "1.234567890123456789012345678901234567890");

    [Fact]
    public void UnknownColumn() => AssertError("CREATE TABLE t (a INT);\nCREATE VIEW v AS SELECT foo FROM t;", ErrorCodes.UnknownColumn, "unknown column 'foo'", "foo");

    [Fact]
    public void UnknownTable() => AssertError("CREATE VIEW v AS SELECT 1 FROM missing;", ErrorCodes.UnknownTable, "unknown table or view 'missing'", "missing");

    [Fact]
    public void TypeMismatch() => AssertError("CREATE TABLE t (a INT, b DATE);\nCREATE VIEW v AS SELECT a + b FROM t;", ErrorCodes.TypeMismatch, "operator + cannot be applied to INTEGER and DATE", "+");

    [Fact]
    public void NotGrouped() => AssertError("CREATE TABLE t (a INT, b INT);\nCREATE VIEW v AS SELECT a, b FROM t GROUP BY a;", ErrorCodes.NotGrouped, "column 'b' must appear in the GROUP BY clause", "b");

    [Fact]
    public void AggregateInWhere() => AssertError("CREATE TABLE t (a INT);\nCREATE VIEW v AS SELECT a FROM t WHERE SUM(a) > 1;", ErrorCodes.AggregateNotAllowed, "not allowed in WHERE", "SUM(a)");

    [Fact]
    public void AmbiguousColumn() => AssertError("CREATE TABLE t (a INT);\nCREATE TABLE u (a INT);\nCREATE VIEW v AS SELECT a FROM t, u;", ErrorCodes.AmbiguousColumn, "ambiguous", "a");

    [Fact]
    public void WindowFunctionIsUnsupportedAtItsSpan()
    {
        var (result, source) = Compile("CREATE TABLE t (a INT);\nCREATE VIEW v AS SELECT SUM(a) OVER (ORDER BY a) FROM t;");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.Unsupported, d.Kind);
        Assert.Contains("window functions", d.Message);
        Assert.Equal("SUM(a) OVER (ORDER BY a)", source.Slice(d.Span));
    }

    [Fact]
    public void AllErrorsAreReportedWithLineColumnAndCaret()
    {
        const string sql = "CREATE TABLE t (a INT, d DATE);\nCREATE VIEW v1 AS SELECT nope FROM t;\nCREATE VIEW v2 AS SELECT a + d FROM t;\nCREATE VIEW v3 AS SELEC a FROM t;\n";
        var (result, source) = Compile(sql);
        Assert.False(result.Success);
        var text = DiagnosticRenderer.ToText(result.Diagnostics, source);
        Assert.Contains("p.sql:2:26: error SQL0107: unknown column 'nope'", text);
        Assert.Contains("p.sql:3:28: error SQL0201:", text);
        Assert.Contains("p.sql:4:", text);
        Assert.Contains("error SQL0001:", text);
        Assert.Contains(" 2 | CREATE VIEW v1 AS SELECT nope FROM t;\n   |                          ^^^^\n", text);
    }

    [Fact]
    public void JsonRenderingHasLinesColumnsAndSnippet()
    {
        var (result, source) = Compile("CREATE TABLE t (a INT);\nCREATE VIEW v AS SELECT foo FROM t;");
        var json = DiagnosticRenderer.ToJson(result.Diagnostics, source);
        Assert.Contains("\"code\": \"SQL0107\"", json);
        Assert.Contains("\"start_line\": 2", json);
        Assert.Contains("\"start_column\": 25", json);
        Assert.Contains("\"snippet\": \"foo\"", json);
        Assert.Contains("\"kind\": \"user_error\"", json);
    }
}
