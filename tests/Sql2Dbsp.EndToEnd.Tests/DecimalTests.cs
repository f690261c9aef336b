using System.Globalization;
using Sql2Dbsp;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.EndToEnd.Tests;

/// <summary>DECIMAL results must equal PostgreSQL's exactly (issue 11): no operand is rounded to fit a result type.</summary>
public class DecimalTests
{
    private const string Money = "CREATE TABLE t (a DECIMAL(15,2), d DECIMAL(15,2), x DECIMAL(15,2));\n";

    /// <summary>Compiles table t plus view v, inserts the rows into t and runs one step.</summary>
    private static Pipeline Run(string sql, params object?[][] rows)
    {
        var program = SqlProgram.Compile(sql);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        foreach (var row in rows) p.Input("t").Insert(row);
        p.Step();
        return p;
    }

    private static string Single(string view, params object?[] row) =>
        Convert.ToString(Assert.Single(Run(Money + view, row).Output("v").Changes).Row[0], CultureInfo.InvariantCulture)!;

    private static string StepError(string sql, params object?[][] rows) =>
        Assert.ThrowsAny<Exception>(() => Run(sql, rows)).Message;

    [Fact]
    public void JoinKeysOfDifferentPrecisionCompareInTheWiderType()
    {
        // Found by the differential run: the key was cast to the left side's DECIMAL(5, 2), so a right-side value
        // that fits only DECIMAL(8, 2) failed the step. PostgreSQL: 1 row (12.25 matches), -999999.99 matches nothing.
        var program = SqlProgram.Compile("""
            CREATE TABLE a (k DECIMAL(5, 2));
            CREATE TABLE b (k DECIMAL(8, 2) NOT NULL, tag INT NOT NULL);
            CREATE VIEW v AS SELECT b.tag FROM a JOIN b ON a.k = b.k;
            """);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        p.Input("a").Insert(12.25m);
        p.Input("b").Insert(12.25m, 1);
        p.Input("b").Insert(-999999.99m, 2);
        p.Step();
        var (row, weight) = Assert.Single(p.Output("v").Changes);
        Assert.Equal(1, row[0]);
        Assert.Equal(1, weight);
    }

    [Fact]
    public void ChainedProductKeepsEveryOperandDigit()
    {
        // PostgreSQL: 100.00 * (1 - 0.05) * (1 + 0.04) = 98.800000 (scale 2 + 2 + 2).
        Assert.Equal("98.800000", Single("CREATE VIEW v AS SELECT a * (1 - d) * (1 + x) FROM t;", 100.00m, 0.05m, 0.04m));
    }

    [Fact]
    public void SumTimesSmallLiteralKeepsTheScale()
    {
        // PostgreSQL: SUM(100.00) * 0.0001 = 0.010000.
        Assert.Equal("0.010000", Single("CREATE VIEW v AS SELECT SUM(a) * 0.0001 FROM t;", 100.00m, 0m, 0m));
    }

    [Fact]
    public void TpchChargeExpressionIsExact()
    {
        // PostgreSQL: 12345.67 * (1 - 0.07) * (1 + 0.08) = 12399.990948 (scale 6, exact).
        Assert.Equal("12399.990948", Single("CREATE VIEW v AS SELECT SUM(a * (1 - d) * (1 + x)) FROM t;", 12345.67m, 0.07m, 0.08m));
    }

    [Fact]
    public void ComparisonDoesNotRoundTheOperands()
    {
        // Rounding a*(1-d) or (1+x) to fit a common type made this 95 = 98.8.
        Assert.Equal("True", Single("CREATE VIEW v AS SELECT a * (1 - d) * (1 + x) = 98.8 FROM t;", 100.00m, 0.05m, 0.04m));
    }

    [Fact]
    public void DecimalsOfDifferentScalesCompareByValue()
    {
        var p = Run("""
            CREATE TABLE t (a DECIMAL(28,0), b DECIMAL(10,2));
            CREATE VIEW v AS SELECT a > b, a = b, b < 1 FROM t;
            """, [9999999999999999999999999999m, 0.50m], [1m, 1.00m]);
        var rows = p.Output("v").Changes.Select(c => string.Join(",", c.Row)).Order().ToArray();
        Assert.Equal(["False,True,False", "True,False,True"], rows);
    }

    [Fact]
    public void SumPast28DigitsIsExact()
    {
        // System.Decimal stopped at about 7.9E28; DECIMAL sums reach 38 digits (PostgreSQL: 10000000000000000000000000000).
        var p = Run("CREATE TABLE t (a DECIMAL(28,0));\nCREATE VIEW v AS SELECT SUM(a) FROM t;",
            [9999999999999999999999999999m], [1m]);
        Assert.Equal("10000000000000000000000000000", Assert.Single(p.Output("v").Changes).Row[0]!.ToString());
    }

    [Fact]
    public void SumBeyondThePrecisionIsAnError()
    {
        string error = StepError("CREATE TABLE t (a DECIMAL(38,0));\nCREATE VIEW v AS SELECT SUM(a) FROM t;",
            [SqlDecimal.Parse("99999999999999999999999999999999999999")], [1m]);
        Assert.Contains("decimal overflow: SUM", error);
    }

    [Fact]
    public void WideProductIsExact()
    {
        // PostgreSQL: 12345678901234567890 * 98765432109876543.2 = 1219326311370217952114007012098917848.0
        var p = Run("CREATE TABLE t (a DECIMAL(20,0), b DECIMAL(18,1));\nCREATE VIEW v AS SELECT a * b FROM t;",
            [SqlDecimal.Parse("12345678901234567890"), SqlDecimal.Parse("98765432109876543.2")]);
        Assert.Equal("1219326311370217952114007012098917848.0", Assert.Single(p.Output("v").Changes).Row[0]!.ToString());
    }

    [Fact]
    public void ProductBeyondThePrecisionIsAnErrorNotAWrongValue()
    {
        string error = StepError("CREATE TABLE t (a DECIMAL(38,0), b DECIMAL(38,0));\nCREATE VIEW v AS SELECT a * b FROM t;",
            [SqlDecimal.Parse("12345678901234567890123456789012345678"), 10m]);
        Assert.Contains("decimal overflow: 12345678901234567890123456789012345678 * 10 (DECIMAL(38, 0))", error);
    }

    [Fact]
    public void ThirtyEightDigitLiteralsAndValuesRoundTrip()
    {
        var p = Run("""
            CREATE TABLE t (a DECIMAL(38,10));
            CREATE VIEW v AS SELECT a, a + 0.0000000001, CAST(a AS VARCHAR), 1234567890123456789012345678.9012345678 FROM t;
            """, ["-1234567890123456789012345678.9012345678"]);
        var row = Assert.Single(p.Output("v").Changes).Row;
        Assert.Equal("-1234567890123456789012345678.9012345678", row[0]!.ToString());
        Assert.Equal("-1234567890123456789012345678.9012345677", row[1]!.ToString());
        Assert.Equal("-1234567890123456789012345678.9012345678", row[2]);
        Assert.Equal("1234567890123456789012345678.9012345678", row[3]!.ToString());
    }
}
