using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using static Sql2Dbsp.Compiler.Tests.Parsing.ParsingTestHelpers;

namespace Sql2Dbsp.Compiler.Tests.Parsing;

public sealed class SyntaxErrorTests
{
    /// <summary>Parses a script with exactly one error; returns its message and the text it spans.</summary>
    private static (string Message, string Snippet, SourceSpan Span) SingleError(string sql)
    {
        var result = ParseScript(sql);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(DiagnosticKind.UserError, error.Kind);
        return (error.Message, result.Source.Slice(error.Span), error.Span);
    }

    [Fact]
    public void MissingExpression()
    {
        var (message, snippet, span) = SingleError("SELECT FROM t");
        Assert.Equal("syntax error at 'FROM': expected an expression", message);
        Assert.Equal("FROM", snippet);
        Assert.Equal(new SourceSpan(7, 4), span);
    }

    [Theory]
    [InlineData("SELECT a, FROM t", "syntax error at 'FROM': expected an expression", "FROM")]
    [InlineData("SELECT * FROM t WHERE;", "syntax error at ';': expected an expression", ";")]
    [InlineData("SELECT a FROM t WHERE a = = 1", "syntax error at '=': expected an expression", "=")]
    [InlineData("SELECT a FROM t ORDER a", "syntax error at 'a': expected BY", "a")]
    [InlineData("SELECT (1 + 2 FROM t", "syntax error at 'FROM': expected ')' or ','", "FROM")]
    [InlineData("SELECT CASE WHEN a THEN b FROM t", "syntax error at 'FROM': expected ELSE, END or WHEN", "FROM")]
    [InlineData("SELECT a FROM t LEFT JOIN u", "syntax error at end of input: expected ON or USING", "")]
    [InlineData("SELECT a b c FROM t", "syntax error at 'c': expected end of statement", "c")]
    [InlineData("CREATE TABLE t (a INT,)", "syntax error at ')': expected an identifier, CHECK, CONSTRAINT, FOREIGN, PRIMARY or UNIQUE", ")")]
    [InlineData("CREATE TABLE t a INT", "syntax error at 'a': expected '('", "a")]
    [InlineData("CREATE TABLE t (a , b INT)", "syntax error at ',': expected a data type", ",")]
    [InlineData("SELECT CAST(a AS) FROM t", "syntax error at ')': expected a data type", ")")]
    [InlineData("CREATE VIEW v SELECT 1", "syntax error at 'SELECT': expected '(', AS or WITH", "SELECT")]
    [InlineData("CREATE TRIGGER t1r1 UPDATE ON t1 BEGIN SELECT 1", "syntax error at 'TRIGGER': expected INDEX, LOCAL, MATERIALIZED, TABLE, UNIQUE or VIEW", "TRIGGER")]
    [InlineData("DROP TABLE", "syntax error at end of input: expected an identifier", "")]
    [InlineData("INSERT INTO t VALUES 1", "syntax error at '1': expected '('", "1")]
    [InlineData("INSERT OR REPLACE INTO t VALUES (1)", "syntax error at 'OR': expected INTO", "OR")]
    [InlineData("SELEC 1", "syntax error at 'SELEC': expected a statement (CREATE, DECLARE, DROP, INSERT, UPDATE, DELETE or a query)", "SELEC")]
    [InlineData("CREATE VIEW v AS", "syntax error at end of input: expected a query", "")]
    [InlineData("SELECT 1 +", "syntax error at end of input: expected an expression", "")]
    public void Messages(string sql, string message, string snippet)
    {
        var error = SingleError(sql);
        Assert.Equal(message, error.Message);
        Assert.Equal(snippet, error.Snippet);
    }

    [Fact]
    public void EndOfInputIsAnEmptySpanAtTheEnd()
    {
        var (_, _, span) = SingleError("SELECT 1 +");
        Assert.Equal(new SourceSpan(10, 0), span);
    }

    [Theory]
    [InlineData("SELECT 'it''s", "unterminated string literal", "'it''s")]
    [InlineData("SELECT \"abc FROM t", "unterminated quoted identifier", "\"abc FROM t")]
    [InlineData("SELECT `abc", "unterminated quoted identifier", "`abc")]
    [InlineData("SELECT a /* comment", "unterminated comment", "/* comment")]
    [InlineData("SELECT a /* comment *", "unterminated comment", "/* comment *")]
    [InlineData("SELECT 1 # 2", "unexpected character '#'", "#")]
    [InlineData("SELECT ?", "unexpected character '?'", "?")]
    [InlineData("SELECT 1 \u0007", "unexpected character U+0007", "\u0007")]
    public void LexicalErrors(string sql, string message, string snippet)
    {
        var error = SingleError(sql);
        Assert.Equal(message, error.Message);
        Assert.Equal(snippet, error.Snippet);
    }

    [Fact]
    public void AnUnterminatedStringSwallowsTheRestOfTheProgram()
    {
        var result = ParseScript("SELECT 1; SELECT 'abc; SELECT 2;");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("unterminated string literal", error.Message);
        Assert.Equal("'abc; SELECT 2;", result.Source.Slice(error.Span));
        Assert.Single(result.Script.Statements);
    }

    [Fact]
    public void ErrorsInTwoStatementsAreBothReportedAndGoodStatementsKept()
    {
        const string sql = """
            CREATE TABLE t (a INT);
            SELECT FROM t;
            CREATE VIEW v AS SELECT a FROM t;
            SELECT a FROM t WHERE a = = 1;
            SELECT 2
            """;
        var result = ParseScript(sql);
        Assert.Collection(result.Diagnostics,
            d =>
            {
                Assert.Equal(ErrorCodes.SyntaxError, d.Code);
                Assert.Equal("syntax error at 'FROM': expected an expression", d.Message);
                Assert.Equal((2, 8), result.Source.LineColumn(d.Span.Offset));
            },
            d =>
            {
                Assert.Equal(ErrorCodes.SyntaxError, d.Code);
                Assert.Equal("syntax error at '=': expected an expression", d.Message);
                Assert.Equal((4, 27), result.Source.LineColumn(d.Span.Offset));
            });
        Assert.Collection(result.Script.Statements,
            s => Assert.IsType<CreateTable>(s),
            s => Assert.IsType<CreateView>(s),
            s => Assert.IsType<QueryStatement>(s));
    }

    [Fact]
    public void OnlyTheFirstErrorOfAStatementIsReported()
    {
        var result = ParseScript("SELECT FROM WHERE GROUP BY HAVING )");
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void InvalidBinaryLiteralsAreReportedButParsed()
    {
        var result = ParseScript("SELECT X'zz', X'abc'");
        Assert.Collection(result.Diagnostics,
            d =>
            {
                Assert.Equal(ErrorCodes.InvalidLiteral, d.Code);
                Assert.Equal("invalid binary literal X'zz': only hexadecimal digits may appear between the quotes", d.Message);
                Assert.Equal("X'zz'", result.Source.Slice(d.Span));
            },
            d => Assert.Equal("invalid binary literal X'abc': it needs an even number of hexadecimal digits", d.Message));
        Assert.Single(result.Script.Statements);
    }

    [Fact]
    public void EmptyQuotedIdentifierIsAnError()
    {
        var result = ParseScript("SELECT \"\" FROM t");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("zero-length quoted identifier", error.Message);
        Assert.Equal("\"\"", result.Source.Slice(error.Span));
    }

    [Fact]
    public void TypeArgumentsThatOverflowAreReported()
    {
        var result = ParseScript("CREATE TABLE t (a VARCHAR(99999999999))");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.InvalidLiteral, error.Code);
        Assert.Equal("99999999999", result.Source.Slice(error.Span));
    }

    [Fact]
    public void RenderedLikeACompiler()
    {
        var result = ParseScript("CREATE TABLE t (a INT);\nSELECT a FROM t WHERE;");
        Assert.Equal("""
            program.sql:2:22: error SQL0001: syntax error at ';': expected an expression
             2 | SELECT a FROM t WHERE;
               |                      ^

            """.Replace("\r\n", "\n", StringComparison.Ordinal), result.Rendered);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(150)]
    public void ReasonableNestingParses(int depth)
    {
        string sql = "SELECT " + new string('(', depth) + "1" + new string(')', depth);
        var result = OnSmallStack(() => ParseScript(sql));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("1", AstPrinter.Print(Assert.IsType<ExpressionItem>(Assert.IsType<Select>(
            Assert.IsType<QueryStatement>(Assert.Single(result.Script.Statements)).Query).Items[0]).Expression));
    }

    [Theory]
    [InlineData("SELECT {0}1{1}", 100_000)]
    [InlineData("SELECT {0}1{1}", 190)]
    [InlineData("SELECT {2}1", 100_000)]
    [InlineData("SELECT {3}1", 100_000)]
    [InlineData("SELECT * FROM t WHERE x IN {4}1{1}", 150)]
    public void DeepNestingIsAnErrorNotACrash(string template, int depth)
    {
        string sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            new string('(', depth), new string(')', depth),
            string.Concat(Enumerable.Repeat("- ", depth)), string.Concat(Enumerable.Repeat("NOT ", depth)),
            string.Concat(Enumerable.Repeat("(SELECT ", depth)));
        var result = OnSmallStack(() => ParseScript(sql + "; SELECT 2"));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal("the statement is nested too deeply to parse", error.Message);
        Assert.Single(result.Script.Statements); // the next statement is still parsed
    }

    /// <summary>Runs on a thread with a 1 MB stack, smaller than .NET's default, so a stack overflow would show.</summary>
    private static T OnSmallStack<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = action(); }
            catch (Exception e) { failure = e; }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("the parse failed", failure);
        return result;
    }
}
