using System.Globalization;

namespace Sql2Dbsp.EndToEnd.Tests.Streaming;

/// <summary>ROW_NUMBER, RANK and DENSE_RANK OVER (PARTITION BY … ORDER BY …), with and without the top-k filter.</summary>
public class WindowRankTests
{
    private const string Bids = "CREATE TABLE bid (auction BIGINT NOT NULL, bidder BIGINT NOT NULL, price BIGINT NOT NULL);\n";

    private static List<string> Rows(IEnumerable<object?[]> rows) =>
        [.. rows.Select(r => string.Join(" ", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))).Order(StringComparer.Ordinal)];

    /// <summary>Runs both circuits, with and without the optional rewrites; all four must agree after every step.</summary>
    private static List<string> Run(string view, params (long Auction, long Bidder, long Price, long Weight)[][] steps)
    {
        using var program = SqlProgram.Compile(Bids + view);
        Assert.True(program.Success, program.RenderDiagnostics());
        using var plain = SqlProgram.Compile(Bids + view, new SqlProgramOptions { Compiler = new Compiler.CompilerOptions { SkipOptionalRewrites = true } });
        var pipelines = new[] { program.CreatePipeline(), program.CreateReferencePipeline(), plain.CreatePipeline(), plain.CreateReferencePipeline() };
        foreach (var step in steps)
        {
            foreach (var p in pipelines)
            {
                foreach (var (a, b, price, w) in step) p.Input("bid").Push([a, b, price], w);
                p.Step();
            }
            var expected = Rows(pipelines[1].Output("v").Contents);
            foreach (var p in pipelines) Assert.Equal(expected, Rows(p.Output("v").Contents));
        }
        return Rows(pipelines[0].Output("v").Contents);
    }

    [Fact]
    public void RowNumberTopKPerPartition()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rn FROM bid) WHERE rn <= 2;
            """,
            [(1, 10, 100, 1), (1, 11, 300, 1), (1, 12, 200, 1), (2, 20, 50, 1)],
            [(1, 11, 300, -1), (2, 21, 60, 1)],
            [(1, 13, 250, 1), (1, 13, 250, 1)]);
        // Auction 1: 250 twice (two copies numbered 1 and 2); auction 2: 60 then 50.
        Assert.Equal(["1 13 250 1", "1 13 250 2", "2 20 50 2", "2 21 60 1"], rows);
    }

    [Fact]
    public void RankAndDenseRankShareNumbersAmongPeers()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT auction, bidder, RANK() OVER (PARTITION BY auction ORDER BY price DESC) AS r,
                   DENSE_RANK() OVER (PARTITION BY auction ORDER BY price DESC) AS d
            FROM bid;
            """,
            [(1, 10, 100, 1), (1, 11, 300, 1), (1, 12, 300, 1), (1, 13, 50, 1)],
            [(1, 14, 300, 1)]);
        Assert.Equal(["1 10 4 2", "1 11 1 1", "1 12 1 1", "1 13 5 3", "1 14 1 1"], rows);
    }

    [Fact]
    public void RankLimitKeepsAllPeersOfTheLastRank()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT auction, bidder FROM (SELECT *, RANK() OVER (ORDER BY price) AS r FROM bid) WHERE r < 3;
            """,
            [(1, 10, 5, 1), (1, 11, 7, 1), (2, 12, 7, 1), (2, 13, 9, 1)],
            [(1, 10, 5, -1)]);
        Assert.Equal(["1 11", "2 12"], rows);
    }

    [Fact]
    public void RowNumberEqualsOneKeepsTheLatest()
    {
        // Nexmark q18's shape: the latest bid of each (bidder, auction).
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT auction, bidder, price FROM (
                SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder, auction ORDER BY price DESC) AS rank_number FROM bid)
            WHERE rank_number = 1;
            """,
            [(1, 10, 5, 1), (1, 10, 8, 1), (1, 11, 3, 1)],
            [(1, 10, 8, -1)]);
        Assert.Equal(["1 10 5", "1 11 3"], rows);
    }

    [Theory]
    [InlineData("SELECT ROW_NUMBER() OVER (PARTITION BY auction) AS rn FROM bid", "SQL0901", "without ORDER BY")]
    [InlineData("SELECT ROW_NUMBER(price) OVER (ORDER BY price) AS rn FROM bid", "SQL0202", "takes no arguments")]
    [InlineData("SELECT SUM(price) OVER (PARTITION BY auction ORDER BY price) AS s FROM bid", "SQL0901", "window functions")]
    [InlineData("SELECT 1 + ROW_NUMBER() OVER (ORDER BY price) AS rn FROM bid", "SQL0901", "window functions")]
    [InlineData("SELECT auction FROM bid b WHERE price = (SELECT MAX(rn) FROM (SELECT ROW_NUMBER() OVER (ORDER BY price) AS rn FROM bid c WHERE c.auction = b.auction) x)",
        "SQL0901", "inside a correlated subquery")]
    public void UnsupportedWindowsAreReported(string query, string code, string message)
    {
        var result = Compiler.SqlCompiler.Compile(new Compiler.Text.SourceText(Bids + "CREATE VIEW v AS " + query + ";", "w.sql"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void RanksCannotBeUsedInsideARecursion()
    {
        var result = Compiler.SqlCompiler.Compile(new Compiler.Text.SourceText("""
            CREATE TABLE e (a INT NOT NULL, b INT NOT NULL);
            DECLARE RECURSIVE VIEW r (a INT NOT NULL, n BIGINT NOT NULL);
            CREATE VIEW r AS SELECT a, ROW_NUMBER() OVER (ORDER BY b) AS n FROM e UNION SELECT a, n FROM r;
            """, "r.sql"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SQL0901", error.Code);
        Assert.Contains("ROW_NUMBER() OVER", error.Message);
    }
}
