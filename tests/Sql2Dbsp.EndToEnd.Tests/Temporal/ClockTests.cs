using Sql2Dbsp;
using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.EndToEnd.Tests.Temporal;

/// <summary>NOW() reads the pipeline's clock; temporal filters let rows enter and leave as it moves.</summary>
public class ClockTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private const string Events = "CREATE TABLE events (id INT NOT NULL, ts TIMESTAMP);\n";

    private static (SqlProgram Program, Pipeline Incremental, Pipeline Reference, Func<DateTime> Clock, Action<TimeSpan> Advance) Start(string views)
    {
        var program = SqlProgram.Compile(Events + views);
        Assert.True(program.Success, program.RenderDiagnostics());
        var time = T0;
        var incremental = program.CreatePipeline();
        var reference = program.CreateReferencePipeline();
        incremental.Clock = reference.Clock = () => time;
        return (program, incremental, reference, () => time, d => time += d);
    }

    private static string Stamp(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture);

    private static HashSet<int> Ids(IEnumerable<object?[]> rows) => [.. rows.Select(r => (int)r[0]!)];

    [Fact]
    public void RowsLeaveTheWindowAtTheRightStep()
    {
        var (program, p, _, _, advance) = Start("CREATE MATERIALIZED VIEW recent AS SELECT id FROM events WHERE ts >= NOW() - INTERVAL '1' HOUR;");
        p.Input("events").Insert(1, T0.AddMinutes(-30));
        p.Input("events").Insert(2, T0.AddMinutes(-90));
        p.Input("events").Insert(3, T0.AddMinutes(-59));
        p.Input("events").Insert(4, null);
        p.Step();
        Assert.Equal([1, 3], Ids(p.Output("recent").Contents));

        advance(TimeSpan.FromSeconds(30)); // 3 is now 59.5 min old: still in
        p.Step();
        Assert.True(p.Output("recent").Changes.Count == 0, string.Join(", ", p.Output("recent").Changes.Select(c => $"{c.Row[0]}:{c.Weight}")));

        advance(TimeSpan.FromSeconds(60)); // 3 is 60.5 min old
        p.Step();
        Assert.Equal([(3, -1L)], p.Output("recent").Changes.Select(c => ((int)c.Row[0]!, c.Weight)));

        advance(TimeSpan.FromMinutes(28)); // 1 is 59.5 min old
        p.Step();
        Assert.Empty(p.Output("recent").Changes);
        advance(TimeSpan.FromMinutes(1));
        p.Step();
        Assert.Equal([(1, -1L)], p.Output("recent").Changes.Select(c => ((int)c.Row[0]!, c.Weight)));
        Assert.Empty(p.Output("recent").Contents);
        Assert.Contains("temporal-filter", program.Compilation.Incremental!.ToString());
    }

    [Fact]
    public void FutureRowsEnterWhenTheClockReachesThem()
    {
        var (_, p, _, _, advance) = Start("CREATE MATERIALIZED VIEW due AS SELECT id FROM events WHERE ts <= NOW() AND ts > NOW() - INTERVAL '10' MINUTE;");
        p.Input("events").Insert(1, T0.AddMinutes(5));
        p.Input("events").Insert(2, T0.AddMinutes(-5));
        p.Step();
        Assert.Equal([2], Ids(p.Output("due").Contents));
        advance(TimeSpan.FromMinutes(4));
        p.Step();
        Assert.Equal([2], Ids(p.Output("due").Contents));
        advance(TimeSpan.FromMinutes(1)); // 1 is due now; 2 is exactly 10 minutes old and the lower bound is exclusive
        p.Step();
        Assert.Equal([(1, 1L), (2, -1L)], p.Output("due").Changes.Select(c => ((int)c.Row[0]!, c.Weight)).Order());
        Assert.Equal([1], Ids(p.Output("due").Contents));
    }

    [Fact]
    public void TheClockNeverGoesBack()
    {
        var (_, p, _, _, advance) = Start("CREATE MATERIALIZED VIEW recent AS SELECT id FROM events WHERE ts >= NOW() - INTERVAL '1' MINUTE;");
        p.Input("events").Insert(1, T0);
        p.Step();
        advance(TimeSpan.FromMinutes(2));
        p.Step();
        Assert.Empty(p.Output("recent").Contents);
        advance(TimeSpan.FromMinutes(-2)); // a clock reading from the past keeps the later time
        p.Step();
        Assert.Empty(p.Output("recent").Contents);
        Assert.Equal(T0.AddMinutes(2), p.Now);
    }

    /// <summary>Random inserts, deletes and clock moves: incremental, reference and a direct evaluation agree.</summary>
    [Fact]
    public void TemporalFiltersHoldTheOracle()
    {
        var (_, p, r, clock, advance) = Start("""
            CREATE VIEW last_hour AS SELECT id, ts FROM events WHERE ts >= NOW() - INTERVAL '1' HOUR;
            CREATE VIEW window AS SELECT id FROM events WHERE ts BETWEEN NOW() - INTERVAL '20' MINUTE AND NOW() + INTERVAL '5' MINUTE;
            CREATE VIEW counts AS SELECT COUNT(*) AS n FROM events WHERE ts < NOW();
            CREATE VIEW stamped AS SELECT id, NOW() AS seen FROM events WHERE id < 3;
            """);
        var random = new Random(99);
        var live = new List<object?[]>();
        var integrals = new Dictionary<string, Dictionary<string, long>>();
        for (int step = 0; step < 120; step++)
        {
            for (int i = random.Next(4); i > 0; i--)
            {
                if (live.Count > 0 && random.Next(3) == 0)
                {
                    int k = random.Next(live.Count);
                    p.Input("events").Delete(live[k]);
                    r.Input("events").Delete(live[k]);
                    live.RemoveAt(k);
                }
                else
                {
                    object?[] row = [random.Next(6), random.Next(8) == 0 ? null : clock().AddMinutes(random.Next(-90, 30))];
                    p.Input("events").Insert(row);
                    r.Input("events").Insert(row);
                    live.Add(row);
                }
            }
            advance(TimeSpan.FromMinutes(random.Next(0, 7)));
            p.Step();
            r.Step();
            var now = p.Now!.Value;
            var times = live.Where(x => x[1] is not null).Select(x => ((int)x[0]!, (DateTime)x[1]!)).ToList();
            Check("last_hour", times.Where(x => x.Item2 >= now.AddHours(-1)).Select(x => $"{x.Item1}|{Stamp(x.Item2)}"));
            Check("window", times.Where(x => x.Item2 >= now.AddMinutes(-20) && x.Item2 <= now.AddMinutes(5)).Select(x => $"{x.Item1}"));
            Check("counts", [$"{times.Count(x => x.Item2 < now)}"]);
            Check("stamped", live.Where(x => (int)x[0]! < 3).Select(x => $"{x[0]}|{Stamp(now)}"));

            void Check(string view, IEnumerable<string> expected)
            {
                var integral = integrals.TryGetValue(view, out var d) ? d : integrals[view] = [];
                foreach (var (row, w) in p.Output(view).Changes)
                {
                    string key = Key(row);
                    long n = integral.GetValueOrDefault(key) + w;
                    if (n == 0) integral.Remove(key); else integral[key] = n;
                }
                var want = expected.GroupBy(x => x).ToDictionary(g => g.Key, g => (long)g.Count());
                var reference = r.Output(view).Changes.GroupBy(c => Key(c.Row)).ToDictionary(g => g.Key, g => g.Sum(c => c.Weight));
                Assert.True(want.Count == integral.Count && want.All(kv => integral.GetValueOrDefault(kv.Key) == kv.Value),
                    $"{view} at step {step}: expected [{string.Join(", ", want)}] but the incremental view is [{string.Join(", ", integral)}]");
                Assert.True(want.Count == reference.Count && want.All(kv => reference.GetValueOrDefault(kv.Key) == kv.Value),
                    $"{view} at step {step}: expected [{string.Join(", ", want)}] but the reference view is [{string.Join(", ", reference)}]");
            }
        }

        static string Key(object?[] row) => string.Join("|", row.Select(v => v is DateTime t ? Stamp(t) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void CurrentDateAndTimeReadTheClock()
    {
        var (_, p, _, _, _) = Start("CREATE MATERIALIZED VIEW today AS SELECT CURRENT_DATE AS d, CURRENT_TIME AS t, CURRENT_TIMESTAMP AS ts;");
        p.Step();
        var row = Assert.Single(p.Output("today").Contents);
        Assert.Equal(DateOnly.FromDateTime(T0), row[0]);
        Assert.Equal(TimeOnly.FromDateTime(T0), row[1]);
        Assert.Equal(T0, row[2]);
    }

    [Theory]
    [InlineData(FaultToleranceModel.AtLeastOnce, "at_least_once")]
    [InlineData(FaultToleranceModel.ExactlyOnce, "exactly_once")]
    public void FaultToleranceRejectsTheClockAndRecursiveViews(FaultToleranceModel model, string setting)
    {
        const string sql = """
            CREATE TABLE events (id INT NOT NULL, ts TIMESTAMP);
            CREATE VIEW recent AS SELECT id FROM events WHERE ts >= NOW() - INTERVAL '1' HOUR;
            DECLARE RECURSIVE VIEW reach (id INT);
            CREATE VIEW reach AS SELECT id FROM events UNION SELECT reach.id + 1 FROM reach WHERE reach.id < 5;
            """;
        var program = SqlProgram.Compile(sql, new SqlProgramOptions { Compiler = new CompilerOptions { FaultTolerance = model } });
        Assert.False(program.Success);
        Assert.Equal(3, program.Diagnostics.Length);
        Assert.All(program.Diagnostics, d => Assert.Equal("SQL0801", d.Code));
        var now = program.Diagnostics[0];
        Assert.Equal($"NOW() is not allowed in view 'recent' when fault_tolerance.model is {setting}", now.Message);
        Assert.Equal("NOW()", sql.Substring(now.Span.Offset, now.Span.Length));
        var recursive = program.Diagnostics[1];
        Assert.Equal($"recursive view 'reach' is not allowed when fault_tolerance.model is {setting}", recursive.Message);
        Assert.StartsWith("DECLARE RECURSIVE VIEW reach", sql.Substring(recursive.Span.Offset, recursive.Span.Length));
        var group = program.Diagnostics[2];
        Assert.Equal($"view 'reach' is recursive, which is not allowed when fault_tolerance.model is {setting}", group.Message);
        Assert.StartsWith("CREATE VIEW reach AS", sql.Substring(group.Span.Offset, group.Span.Length));

        var withoutFaultTolerance = SqlProgram.Compile(sql);
        Assert.True(withoutFaultTolerance.Success, withoutFaultTolerance.RenderDiagnostics());
    }
}
