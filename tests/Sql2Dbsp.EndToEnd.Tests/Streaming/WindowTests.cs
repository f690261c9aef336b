using System.Globalization;

namespace Sql2Dbsp.EndToEnd.Tests.Streaming;

/// <summary>TUMBLE and HOP (table functions and the TUMBLE group window), FORMAT_TIMESTAMP: incremental output equals the reference and hand-computed rows.</summary>
public class WindowTests
{
    private const string Bids = "CREATE TABLE bid (auction BIGINT NOT NULL, price BIGINT NOT NULL, date_time TIMESTAMP(3) NOT NULL);\n";

    private static DateTime At(string time) => DateTime.Parse("2026-01-01 " + time, CultureInfo.InvariantCulture);

    private static string Text(object? v) => v switch
    {
        null => "NULL",
        DateTime d => d.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture)!,
    };

    private static List<string> Rows(IEnumerable<object?[]> rows) =>
        [.. rows.Select(r => string.Join(" ", r.Select(Text))).Order(StringComparer.Ordinal)];

    /// <summary>Runs the steps through both circuits; after each step the incremental contents must equal the reference's.</summary>
    private static List<string> Run(string view, params (long Auction, long Price, string Time, long Weight)[][] steps)
    {
        using var program = SqlProgram.Compile(Bids + view);
        Assert.True(program.Success, program.RenderDiagnostics());
        var inc = program.CreatePipeline();
        var reference = program.CreateReferencePipeline();
        foreach (var step in steps)
        {
            foreach (var p in new[] { inc, reference })
            {
                foreach (var (a, price, time, w) in step) p.Input("bid").Push([a, price, At(time)], w);
                p.Step();
            }
            Assert.Equal(Rows(reference.Output("v").Contents), Rows(inc.Output("v").Contents));
        }
        return Rows(inc.Output("v").Contents);
    }

    [Fact]
    public void TumbleTableFunctionAddsWindowBounds()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT auction, window_start, window_end FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(date_time), INTERVAL '10' SECOND));
            """,
            [(1, 5, "10:00:00", 1), (2, 5, "10:00:09.999", 1), (3, 5, "10:00:10", 1)]);
        Assert.Equal(["1 10:00:00 10:00:10", "2 10:00:00 10:00:10", "3 10:00:10 10:00:20"], rows);
    }

    [Fact]
    public void TumbleOffsetShiftsTheWindows()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT auction, window_start FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(date_time), INTERVAL '10' SECOND, INTERVAL '3' SECOND));
            """,
            [(1, 5, "10:00:02", 1), (2, 5, "10:00:03", 1), (3, 5, "10:00:12.5", 1)]);
        Assert.Equal(["1 09:59:53", "2 10:00:03", "3 10:00:03"], rows);
    }

    [Fact]
    public void HopAssignsEveryOverlappingWindow()
    {
        // slide 2 s, size 5 s, offset 1 s: windows start at odd seconds. A row at 10:00:04 is in the windows starting
        // at 10:00:01 and 10:00:03; the one starting at 09:59:59 ends at 10:00:04, which excludes it.
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT auction, window_start, window_end
            FROM TABLE(HOP(TABLE bid, DESCRIPTOR(date_time), INTERVAL '2' SECOND, INTERVAL '5' SECOND, INTERVAL '1' SECOND)) AS h;
            """,
            [(1, 5, "10:00:03", 1)],
            [(2, 5, "10:00:04", 1)],
            [(1, 5, "10:00:03", -1)]);
        Assert.Equal(["2 10:00:01 10:00:06", "2 10:00:03 10:00:08"], rows);
    }

    [Fact]
    public void HopWindowsCountedPerWindow()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT window_start, COUNT(*) AS n, SUM(price) AS total
            FROM TABLE(HOP(TABLE bid, DESCRIPTOR(date_time), INTERVAL 2 SECOND, INTERVAL 4 SECOND))
            GROUP BY window_start;
            """,
            [(1, 10, "10:00:01", 1), (1, 20, "10:00:02", 1)],
            [(2, 30, "10:00:05", 1), (1, 10, "10:00:01", -1)]);
        Assert.Equal(["10:00:00 1 20", "10:00:02 2 50", "10:00:04 1 30"], rows);
    }

    [Fact]
    public void TumbleGroupWindowReadsItsBounds()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT auction, COUNT(*) AS n, TUMBLE_START(date_time, INTERVAL '10' SECOND) AS s, TUMBLE_END(date_time, INTERVAL '10' SECOND) AS e
            FROM bid GROUP BY auction, TUMBLE(date_time, INTERVAL '10' SECOND);
            """,
            [(1, 5, "10:00:01", 1), (1, 6, "10:00:09", 1), (1, 7, "10:00:11", 1)],
            [(2, 5, "10:00:19", 1), (1, 6, "10:00:09", -1)]);
        Assert.Equal(["1 1 10:00:00 10:00:10", "1 1 10:00:10 10:00:20", "2 1 10:00:10 10:00:20"], rows);
    }

    [Fact]
    public void FormatTimestampFollowsStrftime()
    {
        var rows = Run("""
            CREATE MATERIALIZED VIEW v AS
            SELECT FORMAT_TIMESTAMP('%Y-%m-%d', date_time) AS d, FORMAT_TIMESTAMP('%H:%M', date_time) AS 'minute',
                   FORMAT_TIMESTAMP('%a %b %e %I:%M:%S%.3f %p %j %%', date_time) AS long_form
            FROM bid;
            """,
            [(1, 5, "14:05:09.25", 1)]);
        Assert.Equal(["2026-01-01 14:05 Thu Jan  1 02:05:09.250 PM 001 %"], rows);
    }

    [Theory]
    [InlineData("SELECT * FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(auction), INTERVAL '1' SECOND))", "SQL0201", "needs a TIMESTAMP column")]
    [InlineData("SELECT * FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(date_time), INTERVAL '1' MONTH))", "SQL0303", "constant interval of days or shorter")]
    [InlineData("SELECT * FROM TABLE(HOP(TABLE bid, DESCRIPTOR(date_time), INTERVAL '1' SECOND))", "SQL0202", "HOP takes")]
    [InlineData("SELECT * FROM TABLE(HOP(TABLE bid, DESCRIPTOR(date_time), INTERVAL '1' SECOND, INTERVAL '1' HOUR))", "SQL0901", "more than 1000")]
    [InlineData("SELECT * FROM TABLE(SESSION(TABLE bid, DESCRIPTOR(date_time), INTERVAL '1' SECOND))", "SQL0108", "unknown table function")]
    [InlineData("SELECT COUNT(*) FROM bid GROUP BY HOP(date_time, INTERVAL '1' SECOND, INTERVAL '2' SECOND)", "SQL0901", "HOP as a group window")]
    public void BadWindowsAreReported(string query, string code, string message)
    {
        var result = Compiler.SqlCompiler.Compile(new Compiler.Text.SourceText(Bids + "CREATE VIEW v AS " + query + ";", "w.sql"));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
    }
}
