namespace Sql2Dbsp.Cli.Tests;

/// <summary><c>sql2dbsp explain</c>: each view's logical plan, then the incremental circuit.</summary>
public sealed class ExplainCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Explain_prints_each_views_plan_and_the_incremental_circuit()
    {
        string file = cli.Write("shop.sql", """
            CREATE TABLE orders (id BIGINT NOT NULL, customer BIGINT NOT NULL, amount BIGINT NOT NULL);
            CREATE TABLE customers (id BIGINT NOT NULL, region INT NOT NULL);
            CREATE MATERIALIZED VIEW by_region AS
                SELECT c.region, COUNT(*) AS n, SUM(o.amount) AS total
                FROM orders o JOIN customers c ON o.customer = c.id
                GROUP BY c.region;
            CREATE VIEW big AS SELECT DISTINCT customer FROM orders WHERE amount > 100;
            """);

        var result = CliRunner.Run("explain", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Out.TrimEnd('\n').Split('\n');
        int byRegion = Array.IndexOf(lines, "-- view by_region (materialized)");
        int big = Array.IndexOf(lines, "-- view big (default)");
        int circuit = Array.IndexOf(lines, "-- incremental circuit");
        Assert.True(byRegion == 0 && big > byRegion && circuit > big, result.Out);

        // The plans: operator trees indented under each view, down to the scans.
        var byRegionPlan = lines[(byRegion + 1)..big];
        Assert.Contains(byRegionPlan, l => l.TrimStart().StartsWith("Aggregate keys", StringComparison.Ordinal));
        Assert.Contains(byRegionPlan, l => l.TrimStart().StartsWith("Join Inner on eq(", StringComparison.Ordinal));
        Assert.Contains(byRegionPlan, l => l.TrimStart().StartsWith("Scan orders", StringComparison.Ordinal));
        Assert.Contains(byRegionPlan, l => l.TrimStart().StartsWith("Scan customers", StringComparison.Ordinal));
        var bigPlan = lines[(big + 1)..circuit];
        Assert.Contains(bigPlan, l => l.TrimStart().StartsWith("Distinct", StringComparison.Ordinal));
        Assert.Contains(bigPlan, l => l.TrimStart().StartsWith("Filter gt(", StringComparison.Ordinal));

        // The circuit: one "sN = operator" line per operator, inputs first, an output per view, stateful ids.
        var operators = lines[(circuit + 1)..];
        Assert.All(operators, l => Assert.Matches(@"^s\d+ = \w", l));
        Assert.Contains(operators, l => l.Contains(" = input orders ", StringComparison.Ordinal));
        Assert.Contains(operators, l => l.Contains(" = input customers ", StringComparison.Ordinal));
        Assert.Contains(operators, l => l.Contains(" = join(", StringComparison.Ordinal) && l.Contains('#'));
        // COUNT and SUM are linear: O(groups) state instead of the general aggregate's indexed input.
        Assert.Contains(operators, l => l.Contains(" = linear-aggregate(", StringComparison.Ordinal) && l.Contains('#'));
        Assert.Contains(operators, l => l.Contains(" = distinct(", StringComparison.Ordinal) && l.Contains('#'));
        Assert.Contains(operators, l => l.Contains(") by_region : ", StringComparison.Ordinal) && l.Contains("= output(", StringComparison.Ordinal));
        Assert.Contains(operators, l => l.Contains(") big : ", StringComparison.Ordinal) && l.Contains("= output(", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_of_a_program_with_errors_prints_diagnostics_and_exits_1()
    {
        var result = CliRunner.Run("explain", cli.Write("bad.sql", "CREATE VIEW v AS SELECT * FROM nowhere;"));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("bad.sql:1:", result.Error);
        Assert.Contains("nowhere", result.ErrorLines[0]);
        Assert.Equal("", result.Out);
    }
}
