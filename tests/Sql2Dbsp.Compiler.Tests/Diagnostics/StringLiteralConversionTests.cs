using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Tests.Diagnostics;

/// <summary>A string literal that cannot become the type it meets is a compile-time error at the literal (issue 11, bug 7).</summary>
public class StringLiteralConversionTests
{
    private static void AssertInvalid(string view, string message, string spanText)
    {
        var source = new SourceText("CREATE TABLE t (i INT NOT NULL, b BIGINT, d DATE, f DOUBLE, ok BOOLEAN);\n" + view, "p.sql");
        var result = SqlCompiler.Compile(source);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.InvalidLiteral, d.Code);
        Assert.Contains(message, d.Message);
        Assert.Equal(spanText, source.Slice(d.Span));
    }

    private static void AssertValid(string view)
    {
        var result = SqlCompiler.Compile(new SourceText("CREATE TABLE t (i INT NOT NULL, b BIGINT, d DATE, f DOUBLE, ok BOOLEAN);\n" + view, "p.sql"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Comparison() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE i = 'x';", "invalid input syntax for type INTEGER: \"x\"", "'x'");

    [Fact]
    public void ComparisonOnTheLeft() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE '1.5' < b;", "invalid input syntax for type BIGINT: \"1.5\"", "'1.5'");

    [Fact]
    public void InList() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE i IN (1, 'two', 3);", "invalid input syntax for type INTEGER: \"two\"", "'two'");

    [Fact]
    public void Arithmetic() => AssertInvalid("CREATE VIEW v AS SELECT i + 'one' AS x FROM t;", "invalid input syntax for type INTEGER: \"one\"", "'one'");

    [Fact]
    public void OutOfRange() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE i = '3000000000';", "out of range for type INTEGER", "'3000000000'");

    [Fact]
    public void DoubleOutOfRange() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE f = '1e400';", "value \"1e400\" is out of range for type DOUBLE", "'1e400'");

    [Fact]
    public void NonAsciiDigitsAreNotADate() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE d = '\u0661\u0669\u0669\u0668-01-01';", "invalid input syntax for type DATE", "'\u0661\u0669\u0669\u0668-01-01'");

    [Fact]
    public void Date() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE d = '1998-13-01';", "invalid input syntax for type DATE: \"1998-13-01\"", "'1998-13-01'");

    [Fact]
    public void Double() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE f > 'abc';", "invalid input syntax for type DOUBLE: \"abc\"", "'abc'");

    [Fact]
    public void Boolean() => AssertInvalid("CREATE VIEW v AS SELECT i FROM t WHERE ok = 'maybe';", "invalid input syntax for type BOOLEAN: \"maybe\"", "'maybe'");

    [Fact]
    public void CaseBranch() => AssertInvalid("CREATE VIEW v AS SELECT CASE WHEN ok THEN i ELSE 'x' END AS c FROM t;", "invalid input syntax for type INTEGER: \"x\"", "'x'");

    [Fact]
    public void ValidLiteralsCompile() => AssertValid(
        "CREATE VIEW v AS SELECT i + '1' AS x FROM t WHERE i = ' 5 ' AND b IN ('-7', '+8') AND d = '1998-12-01' AND f < '1e3' AND ok = 'yes' AND f <> 'NaN';");
}
