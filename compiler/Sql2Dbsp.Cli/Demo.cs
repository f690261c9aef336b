using System.Diagnostics;

namespace Sql2Dbsp.Cli;

/// <summary>
/// The main job on embedded defaults: an orders/customers program compiled through the whole product, fed with
/// deterministic generated inserts and deletes, printing each view's changes and the step times.
/// </summary>
internal static class Demo
{
    public const string ProgramText = """
        CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, region VARCHAR NOT NULL);
        CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer BIGINT NOT NULL, amount DECIMAL(10, 2) NOT NULL);

        -- Revenue per region over a join, only regions with more than 10 orders.
        CREATE MATERIALIZED VIEW revenue_by_region AS
            SELECT c.region, COUNT(*) AS orders, SUM(o.amount) AS revenue, MAX(o.amount) AS largest
            FROM orders o JOIN customers c ON o.customer = c.id
            GROUP BY c.region
            HAVING COUNT(*) > 10;

        -- The five largest orders.
        CREATE VIEW top_orders AS
            SELECT id, customer, amount FROM orders ORDER BY amount DESC, id LIMIT 5;

        -- Customers without any order.
        CREATE VIEW idle_customers AS
            SELECT c.id, c.name FROM customers c LEFT JOIN orders o ON o.customer = c.id WHERE o.id IS NULL;
        """;

    public static int Run(int steps, int rowsPerStep, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var program = SqlProgram.Compile(ProgramText, new SqlProgramOptions { FileName = "demo.sql" });
        if (!program.Success)
        {
            Console.Error.Write(program.RenderDiagnostics());
            return 1;
        }
        output.WriteLine($"compiled demo.sql: {program.Tables.Count} tables, {program.Views.Count} views in {clock.ElapsedMilliseconds} ms");
        var pipeline = program.CreatePipeline();
        string[] regions = ["north", "south", "east", "west"];
        var random = new Random(42);
        const int customers = 100;
        for (int c = 0; c < customers; c++) pipeline.Input("customers").Insert((long)c, $"customer {c}", regions[c % regions.Length]);
        long nextOrder = 0;
        var live = new List<object?[]>();
        for (int step = 1; step <= steps; step++)
        {
            for (int i = 0; i < rowsPerStep; i++)
            {
                var row = new object?[] { nextOrder++, (long)random.Next(customers - 10), Math.Round((decimal)random.NextDouble() * 1000m, 2) };
                pipeline.Input("orders").Insert(row);
                live.Add(row);
            }
            for (int i = 0; i < rowsPerStep / 10 && live.Count > 0; i++)
            {
                int k = random.Next(live.Count);
                pipeline.Input("orders").Delete(live[k]);
                live[k] = live[^1];
                live.RemoveAt(live.Count - 1);
            }
            var t = Stopwatch.StartNew();
            pipeline.Step();
            output.WriteLine($"step {step}: {t.Elapsed.TotalMilliseconds:F2} ms");
            foreach (var view in pipeline.Outputs)
            {
                var changes = view.Changes;
                output.WriteLine($"  {view.View.Name}: {changes.Count} change(s)");
                foreach (var (row, weight) in changes.Take(6))
                    output.WriteLine($"    {(weight > 0 ? "+" : "")}{weight} ({string.Join(", ", row.Select(v => v?.ToString() ?? "NULL"))})");
            }
        }
        output.WriteLine("revenue_by_region now:");
        foreach (var row in pipeline.Output("revenue_by_region").Contents.OrderBy(r => (string)r[0]!, StringComparer.Ordinal))
            output.WriteLine($"  {string.Join(", ", row)}");
        return 0;
    }
}
