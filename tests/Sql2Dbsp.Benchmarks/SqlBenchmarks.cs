using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Sql2Dbsp.Benchmarks;

/// <summary>
/// The <c>sql</c> mode: the issue's performance figures measured through the public API (SQL text →
/// <see cref="SqlProgram.Compile"/> → <see cref="Pipeline"/>), single-threaded, with a Stopwatch around
/// <see cref="Pipeline.Step"/> only (pushing rows through <see cref="TableInput.Push"/> converts untyped values and is
/// setup, not measured).
/// <list type="bullet">
/// <item>(a) a 1,000-row change to a grouped aggregate over a join with 1M base orders: incremental step vs the
/// reference pipeline's step, which recomputes the view from all rows (goal ≥ 100×);</item>
/// <item>(b) the same update with 4M base orders (goal: T(4M) / T(1M) ≤ 2);</item>
/// <item>(c) join, aggregate and join + aggregate throughput with 100k-row changes (goal ≥ 5M rows/s/core);</item>
/// <item>(d) SQL → loaded assembly for a 10-view program, cold, in fresh processes (goal ≤ 5 s).</item>
/// </list>
/// </summary>
internal static class SqlBenchmarks
{
    public const string Mode = "sql";

    private const string Tables = """
        CREATE TABLE orders (id BIGINT NOT NULL, customer BIGINT NOT NULL, amount BIGINT NOT NULL);
        CREATE TABLE customers (id BIGINT NOT NULL, region INT NOT NULL);

        """;

    /// <summary>The grouped aggregate over a join of (a), (b) and (c).</summary>
    private const string JoinAggregate = Tables + """
        CREATE VIEW v AS
            SELECT c.region, COUNT(*) AS orders, SUM(o.amount) AS total
            FROM orders o JOIN customers c ON o.customer = c.id
            GROUP BY c.region;
        """;

    private const string JoinOnly = Tables + """
        CREATE VIEW v AS SELECT o.id, c.region FROM orders o JOIN customers c ON o.customer = c.id;
        """;

    private const string AggregateOnly = Tables + """
        CREATE VIEW v AS SELECT customer, COUNT(*) AS orders, SUM(amount) AS total FROM orders GROUP BY customer;
        """;

    /// <summary>Base orders per customer: customers scale with the orders, so a customer's fan-out stays constant.</summary>
    private const int OrdersPerCustomer = 10;

    private const int SmallChange = 1_000;
    private const int LargeChange = 100_000;

    /// <summary>
    /// Untimed steps before measuring, then a pause: tiered compilation promotes hot methods to optimized code after
    /// about 30 calls, in the background, so the first steps of a freshly loaded program are not representative.
    /// </summary>
    private const int WarmupSteps = 60;
    private const int TierUpPauseMs = 300;

    public static void Run(string[] args)
    {
        bool quick = args.Contains("quick");
        int baseRows = quick ? 200_000 : 1_000_000;
        int referenceSteps = quick ? 3 : 5;
        int updateSteps = quick ? 50 : 200;
        int throughputSteps = quick ? 4 : 10;
        int compileRuns = quick ? 2 : 3;

        Console.WriteLine($"SQL benchmarks: .NET {Environment.Version}, {Environment.ProcessorCount} cores, GC {(GCSettings.IsServerGC ? "server" : "workstation")}, " +
                          $"LOH threshold {AppContext.GetData("System.GC.LOHThreshold") ?? "default"}; one worker thread; figures are best and median of N");
        Console.WriteLine();
        var table = new List<Figure>();

        var (incrementalBase, referenceBase) = UpdateVersusRecompute(baseRows, referenceSteps, updateSteps);
        table.Add(Figure.Time($"(a) {SmallChange:N0}-row change, {baseRows:N0} orders: incremental step", incrementalBase));
        table.Add(Figure.Time("    same step on the reference pipeline (recompute)", referenceBase));
        double speedup = referenceBase.Median / incrementalBase.Median;
        table.Add(new Figure("    speed-up, reference / incremental (medians)", $"{speedup:N0}×", $"best/best {referenceBase.Best / incrementalBase.Best:N0}×",
            "≥ 100×", speedup >= 100 ? "met" : "MISSED"));

        var incrementalBig = UpdateAtScale(4 * baseRows, updateSteps);
        table.Add(Figure.Time($"(b) {SmallChange:N0}-row change, {4 * baseRows:N0} orders: incremental step", incrementalBig));
        double growth = incrementalBig.Median / incrementalBase.Median;
        table.Add(new Figure($"    T({4 * baseRows / 1_000_000.0:0.#}M) / T({baseRows / 1_000_000.0:0.#}M) (medians)", $"{growth:F2}", $"best/best {incrementalBig.Best / incrementalBase.Best:F2}",
            "≤ 2", growth <= 2 ? "met" : "MISSED"));

        foreach (var (name, sql) in new[] { ("join", JoinOnly), ("aggregate (GROUP BY customer)", AggregateOnly), ("join + aggregate (view of (a))", JoinAggregate) })
        {
            var (wall, cpu) = Throughput(name, sql, baseRows, throughputSteps);
            // Measurements are in milliseconds: rows per ms / 1,000 = million rows per second.
            double median = LargeChange / wall.Median / 1e3, best = LargeChange / wall.Best / 1e3;
            table.Add(new Figure($"(c) {name}, {LargeChange / 1000}k-row changes on {baseRows:N0} orders",
                $"{median:F2} M rows/s", $"best {best:F2}, by CPU time {LargeChange / cpu.Median / 1e3:F2}",
                "≥ 5 M rows/s/core", Verdict(median >= 5, best >= 5)));
        }

        var compile = CompileBenchmark.Run(compileRuns);
        table.AddRange(compile);

        Console.WriteLine();
        Figure.Print(table);
    }

    /// <summary>(a): the same changes through the incremental and the reference pipeline, steps timed separately.</summary>
    private static (Measurements Incremental, Measurements Reference) UpdateVersusRecompute(int orders, int referenceSteps, int updateSteps)
    {
        using var program = Compile(JoinAggregate);
        var incremental = program.CreatePipeline();
        var reference = program.CreateReferencePipeline();
        var view = new IntegratedView(incremental.Output("v"));
        var workload = new OrdersWorkload(orders / OrdersPerCustomer, seed: 1) { AfterStep = p => { if (p == incremental) view.Add(); } };
        Load(workload, orders, [incremental, reference]);

        // Warm-up changes reach the reference pipeline too, but it only sees them at its next (measured) step: it
        // recomputes from all rows anyway, so a bigger pending change does not change its cost.
        for (int i = 0; i < WarmupSteps; i++)
        {
            OrdersWorkload.Push(workload.NextChange(SmallChange), [incremental, reference]);
            incremental.Step();
            view.Add();
        }
        Thread.Sleep(TierUpPauseMs);

        var referenceTimes = new Measurements();
        for (int i = 0; i < referenceSteps; i++)
        {
            OrdersWorkload.Push(workload.NextChange(SmallChange), [incremental, reference]);
            incremental.Step();
            view.Add();
            referenceTimes.Add(TimeStep(reference));
        }
        // The incremental view, integrated over all its changes, must equal the recomputed view.
        view.AssertEquals(reference.Output("v").Changes, "incremental and reference pipelines disagree");
        Console.WriteLine($"    checked: the integrated incremental view equals the recomputed view ({view.Count:N0} groups)");

        var incrementalTimes = new Measurements();
        for (int i = 0; i < updateSteps; i++)
        {
            OrdersWorkload.Push(workload.NextChange(SmallChange), [incremental]);
            incrementalTimes.Add(TimeStep(incremental));
        }
        Console.WriteLine($"    incremental step: best {incrementalTimes.Best:F3} ms, median {incrementalTimes.Median:F3} ms ({updateSteps} steps); " +
                          $"reference step: best {referenceTimes.Best:F0} ms, median {referenceTimes.Median:F0} ms ({referenceSteps} steps)");
        return (incrementalTimes, referenceTimes);
    }

    /// <summary>(b): the incremental step of (a) on a bigger base.</summary>
    private static Measurements UpdateAtScale(int orders, int updateSteps)
    {
        using var program = Compile(JoinAggregate);
        var incremental = program.CreatePipeline();
        var workload = new OrdersWorkload(orders / OrdersPerCustomer, seed: 2);
        Load(workload, orders, [incremental]);
        for (int i = 0; i < WarmupSteps; i++)
        {
            OrdersWorkload.Push(workload.NextChange(SmallChange), [incremental]);
            incremental.Step();
        }
        Thread.Sleep(TierUpPauseMs);
        var times = new Measurements();
        for (int i = 0; i < updateSteps; i++)
        {
            OrdersWorkload.Push(workload.NextChange(SmallChange), [incremental]);
            times.Add(TimeStep(incremental));
        }
        Console.WriteLine($"    incremental step: best {times.Best:F3} ms, median {times.Median:F3} ms ({updateSteps} steps)");
        return times;
    }

    /// <summary>(c): wall and CPU milliseconds of steps that each apply a 100k-row change (half deletes, half inserts).</summary>
    private static (Measurements Wall, Measurements Cpu) Throughput(string name, string sql, int orders, int steps)
    {
        Console.WriteLine($"(c) {name}");
        using var program = Compile(sql);
        var incremental = program.CreatePipeline();
        var workload = new OrdersWorkload(orders / OrdersPerCustomer, seed: 3);
        Load(workload, orders, [incremental]);
        for (int i = 0; i < 3; i++)
        {
            OrdersWorkload.Push(workload.NextChange(LargeChange), [incremental]);
            incremental.Step();
        }
        Thread.Sleep(TierUpPauseMs);
        var wall = new Measurements();
        var cpu = new Measurements();
        long outputRows = 0;
        for (int i = 0; i < steps; i++)
        {
            OrdersWorkload.Push(workload.NextChange(LargeChange), [incremental]);
            var cpu0 = Environment.CpuUsage.TotalTime;
            wall.Add(TimeStep(incremental));
            cpu.Add((Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds);
            outputRows += incremental.Output("v").Changes.Count;
        }
        Console.WriteLine($"    step: best {wall.Best:F1} ms, median {wall.Median:F1} ms, CPU median {cpu.Median:F1} ms; " +
                          $"{outputRows / steps:N0} output rows/step ({steps} steps)");
        return (wall, cpu);
    }

    private static SqlProgram Compile(string sql)
    {
        var program = SqlProgram.Compile(sql, new SqlProgramOptions { FileName = "benchmark.sql" });
        if (!program.Success) throw new InvalidOperationException("benchmark program does not compile:\n" + program.RenderDiagnostics());
        return program;
    }

    private static void Load(OrdersWorkload workload, int orders, Pipeline[] targets)
    {
        var clock = Stopwatch.StartNew();
        workload.LoadCustomers(targets);
        workload.LoadOrders(orders, targets);
        GC.Collect();
        Console.WriteLine($"    loaded {orders:N0} orders and {orders / OrdersPerCustomer:N0} customers into {targets.Length} pipeline(s) in {clock.Elapsed.TotalSeconds:F1} s (setup, not measured)");
    }

    /// <summary>Milliseconds of one <see cref="Pipeline.Step"/>, which includes publishing the view's change.</summary>
    private static double TimeStep(Pipeline pipeline)
    {
        long start = Stopwatch.GetTimestamp();
        pipeline.Step();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static string Verdict(bool medianMeets, bool bestMeets) => medianMeets ? "met" : bestMeets ? "best only" : "MISSED";

    /// <summary>A view integrated from its changes (row text → weight), to check against a recomputed view.</summary>
    private sealed class IntegratedView(ViewOutput output)
    {
        private readonly Dictionary<string, long> rows = new(StringComparer.Ordinal);

        public int Count => rows.Count;

        public void Add()
        {
            foreach (var (row, weight) in output.Changes)
            {
                string key = Key(row);
                long w = rows.GetValueOrDefault(key) + weight;
                if (w == 0) rows.Remove(key);
                else rows[key] = w;
            }
        }

        public void AssertEquals(IReadOnlyList<(object?[] Row, long Weight)> expected, string message)
        {
            var other = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (row, weight) in expected) other[Key(row)] = other.GetValueOrDefault(Key(row)) + weight;
            if (other.Count != rows.Count || other.Any(kv => rows.GetValueOrDefault(kv.Key) != kv.Value))
                throw new InvalidOperationException($"{message}: {rows.Count} vs {other.Count} rows");
        }

        private static string Key(object?[] row) =>
            string.Join("|", row.Select(v => v is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : v?.ToString() ?? "NULL"));
    }
}

/// <summary>One line of the final table: what was measured, the figure, details, the goal and whether it is met.</summary>
internal sealed record Figure(string What, string Value, string Detail, string Goal, string Verdict)
{
    /// <summary>A time without a goal of its own (the goals apply to ratios of times).</summary>
    public static Figure Time(string what, Measurements ms) =>
        new(what, FormatMs(ms.Median), $"best {FormatMs(ms.Best)}, n={ms.Count}", "", "");

    public static string FormatMs(double ms) => ms >= 100 ? $"{ms:F0} ms" : ms >= 10 ? $"{ms:F1} ms" : $"{ms:F3} ms";

    public static void Print(IReadOnlyList<Figure> figures)
    {
        string[] header = ["figure", "median", "goal", "", "detail"];
        var rows = figures.Select(f => new[] { f.What, f.Value, f.Goal, f.Verdict, f.Detail }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            Console.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
            if (i == 0) Console.WriteLine(new string('-', widths.Sum() + 2 * (widths.Length - 1)));
        }
    }
}
