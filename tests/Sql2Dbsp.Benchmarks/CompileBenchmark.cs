using System.Diagnostics;
using System.Globalization;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Benchmarks;

/// <summary>
/// (d) SQL → loaded assembly for a 10-view program. Cold means a fresh process: the compiler, Roslyn and the runtime
/// are loaded and JIT-compiled from scratch, as for a user running <c>sql2dbsp</c> once. The benchmark runs itself as a
/// child process (<see cref="ChildMode"/>), which compiles the program through <see cref="SqlProgram.Compile"/>, creates
/// a pipeline and reports its times on stdout; one more child reports the time of each stage. Warm figures (a second
/// program compiled in an already warm process) come from this process.
/// </summary>
internal static class CompileBenchmark
{
    public const string ChildMode = "sql-compile-child";

    private const string ApiChild = "api";
    private const string StagesChild = "stages";
    private const double GoalSeconds = 5;

    /// <summary>The stages a <see cref="StagesChild"/> reports, in pipeline order (keys of its output, in ms).</summary>
    private static readonly string[] Stages = ["sql_to_circuits", "emit_csharp", "roslyn", "load_and_build_circuit"];

    /// <summary>Ten views over three tables: joins, outer joins, aggregates with HAVING, DISTINCT, top-k, subqueries.</summary>
    public const string TenViews = """
        CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, region VARCHAR(16) NOT NULL, since DATE);
        CREATE TABLE products (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR, category VARCHAR(20), price DECIMAL(10, 2));
        CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer BIGINT NOT NULL, product BIGINT NOT NULL,
                             quantity INT NOT NULL, amount DECIMAL(12, 2) NOT NULL, placed DATE NOT NULL);

        CREATE MATERIALIZED VIEW revenue_by_region AS
            SELECT c.region, COUNT(*) AS orders, SUM(o.amount) AS revenue, AVG(o.amount) AS average
            FROM orders o JOIN customers c ON o.customer = c.id
            GROUP BY c.region HAVING COUNT(*) > 10;
        CREATE VIEW revenue_by_category AS
            SELECT p.category, c.region, SUM(o.quantity) AS units, MAX(o.amount) AS largest
            FROM orders o JOIN products p ON o.product = p.id JOIN customers c ON o.customer = c.id
            GROUP BY p.category, c.region;
        CREATE VIEW top_orders AS
            SELECT id, customer, amount FROM orders ORDER BY amount DESC, id LIMIT 10;
        CREATE VIEW idle_customers AS
            SELECT c.id, c.name FROM customers c LEFT JOIN orders o ON o.customer = c.id WHERE o.id IS NULL;
        CREATE VIEW categories AS
            SELECT DISTINCT category FROM products WHERE category IS NOT NULL;
        CREATE VIEW big_spenders AS
            SELECT id, name FROM customers
            WHERE id IN (SELECT customer FROM orders GROUP BY customer HAVING SUM(amount) > 1000);
        CREATE VIEW recent_orders AS
            SELECT id, CASE WHEN amount >= 500 THEN 'large' WHEN amount >= 100 THEN 'medium' ELSE 'small' END AS size
            FROM orders WHERE placed >= DATE '2024-06-01';
        CREATE VIEW unsold_products AS
            SELECT p.id, p.title FROM products p WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.product = p.id);
        CREATE VIEW above_customer_average AS
            SELECT o.id, o.amount FROM orders o
            WHERE o.amount > (SELECT AVG(x.amount) FROM orders x WHERE x.customer = o.customer);
        CREATE VIEW order_report AS
            SELECT o.id, UPPER(c.name) AS customer, COALESCE(p.title, 'unknown') AS product,
                   EXTRACT(MONTH FROM o.placed) AS month, o.quantity * p.price AS list_value
            FROM orders o JOIN customers c ON o.customer = c.id LEFT JOIN products p ON o.product = p.id;
        """;

    /// <summary>Runs the cold children and the warm in-process compiles; returns the table lines.</summary>
    public static List<Figure> Run(int coldRuns)
    {
        Console.WriteLine("(d) compile the 10-view program");
        var sinceStart = new Measurements();
        var inMain = new Measurements();
        var processCpu = new Measurements();
        for (int i = 0; i < coldRuns; i++)
        {
            var (values, wall) = RunChild(ApiChild);
            sinceStart.Add(values["since_process_start_ms"]);
            inMain.Add(values["in_main_ms"]);
            processCpu.Add(values["process_cpu_ms"]);
            Console.WriteLine($"    fresh process {i + 1}: SQL → loaded assembly + pipeline {values["in_main_ms"]:F0} ms after Main, " +
                              $"{values["since_process_start_ms"]:F0} ms after process start, {values["process_cpu_ms"]:F0} ms CPU (whole child process {wall:F0} ms)");
        }
        var (stages, _) = RunChild(StagesChild);
        string breakdown = string.Join(", ", Stages.Select(stage => $"{stage} {stages[stage + "_ms"]:F0} ms"));
        Console.WriteLine($"    cold stages (one more fresh process): {breakdown}");

        var warm = new Measurements();
        for (int i = 0; i < 3; i++)
        {
            // A different comment gives a different text, so the compile cache cannot answer: a full compile each time.
            var clock = Stopwatch.StartNew();
            using var program = SqlProgram.Compile($"-- warm run {i}\n" + TenViews);
            if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
            program.CreatePipeline();
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"    warm (in this process): best {warm.Best:F0} ms, median {warm.Median:F0} ms");

        double median = sinceStart.Median / 1000, best = sinceStart.Best / 1000;
        return
        [
            new Figure("(d) 10-view program, SQL → loaded assembly, cold (fresh process start → pipeline)",
                $"{median:F2} s", $"best {best:F2} s, n={sinceStart.Count}; after Main {inMain.Median / 1000:F2} s; process CPU {processCpu.Median / 1000:F2} s",
                $"≤ {GoalSeconds:0} s", median <= GoalSeconds ? "met" : best <= GoalSeconds ? "best only" : "MISSED"),
            new Figure("    cold stages", "", breakdown, "", ""),
            new Figure("    warm (compiler and Roslyn already JIT-compiled)", $"{warm.Median / 1000:F2} s", $"best {warm.Best / 1000:F2} s, n={warm.Count}", "", ""),
        ];
    }

    /// <summary>
    /// Entry point of a child process: compiles <see cref="TenViews"/> once and prints <c>name=value</c> lines
    /// (milliseconds). <c>api</c> goes through the public API; <c>stages</c> times each compiler stage.
    /// </summary>
    public static int RunChild(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var values = new List<(string, double)>();
        if (args is [ApiChild])
        {
            using var program = SqlProgram.Compile(TenViews);
            if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
            program.CreatePipeline();
            values.Add(("in_main_ms", clock.Elapsed.TotalMilliseconds));
            values.Add(("since_process_start_ms", (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds));
        }
        else if (args is [StagesChild])
        {
            double last = 0;
            void Mark(string stage)
            {
                double now = clock.Elapsed.TotalMilliseconds;
                values.Add((stage + "_ms", now - last));
                last = now;
            }
            var result = SqlCompiler.Compile(new SourceText(TenViews, "ten-views.sql"));
            if (!result.Success) throw new InvalidOperationException(result.RenderDiagnostics());
            Mark(Stages[0]);
            var emitted = CSharpEmitter.Emit(new EmitRequest("TenViews", result.Incremental!, result.Reference!, result.Source.Location));
            Mark(Stages[1]);
            var roslyn = new RoslynCompiler([typeof(Runtime.Algebra.ZSet<>).Assembly.Location, typeof(Runtime.Sql.SqlCompare).Assembly.Location]);
            var compiled = roslyn.Compile(emitted);
            Mark(Stages[2]);
            var factory = (ICircuitFactory)GeneratedAssemblyLoader.Load(compiled, roslyn.ReferencePaths).CreateInstance();
            factory.BuildIncremental();
            Mark(Stages[3]);
        }
        else
        {
            Console.Error.WriteLine($"usage: {ChildMode} {ApiChild}|{StagesChild}");
            return 2;
        }
        // CPU time of the whole process (all threads: Roslyn compiles in parallel), a figure less sensitive to a busy machine.
        values.Add(("process_cpu_ms", Environment.CpuUsage.TotalTime.TotalMilliseconds));
        foreach (var (name, value) in values) Console.WriteLine(FormattableString.Invariant($"{name}={value:F1}"));
        return 0;
    }

    /// <summary>Runs this program again as <c>sql-compile-child KIND</c>; returns its figures and its wall time in ms.</summary>
    private static (Dictionary<string, double> Values, double WallMs) RunChild(string kind)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Under `dotnet Sql2Dbsp.Benchmarks.dll` the host is the dotnet muxer, which needs the assembly path first.
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(typeof(CompileBenchmark).Assembly.Location);
        start.ArgumentList.Add(ChildMode);
        start.ArgumentList.Add(kind);

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {host}");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        double wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"compile child exited with {process.ExitCode}:\n{stdout}{stderr.Result}");

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) values[line[..eq]] = double.Parse(line[(eq + 1)..], CultureInfo.InvariantCulture);
        }
        return (values, wall);
    }
}
