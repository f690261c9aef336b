using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Cli;

/// <summary>
/// The main job on embedded defaults: an orders/customers program whose tables are fed by datagen connectors, run by
/// the pipeline host exactly as <c>sql2dbsp run</c> runs a program: views with joins and aggregates are written to
/// files (JSON and CSV) and one is watched over the HTTP egress API. It stops by itself once the generators are done
/// and everything is written, and prints what happened.
/// </summary>
internal static class Demo
{
    /// <summary>The demo program. <c>{ORDERS}</c>, <c>{IDS}</c> and <c>{BATCH}</c> are filled in from the options.</summary>
    public const string ProgramText = """
        -- 1,000 customers; their names and regions are picked from lists.
        CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, region VARCHAR NOT NULL)
        WITH ('connectors' = '[{"name": "gen", "transport": {"name": "datagen", "config": {"seed": 1, "plan": [{"limit": 1000,
            "fields": {"name": {"values": ["Ada", "Alan", "Barbara", "Claude", "Donald", "Edsger", "Frances", "Grace", "John", "Leslie"]},
                       "region": {"strategy": "uniform", "values": ["north", "south", "east", "west"]}}}]}}}]');

        -- Orders: customers drawn from a Zipf distribution (a few customers order a lot); order ids wrap around, so the
        -- last orders replace earlier ones with the same id (primary-key upserts, which retract old results).
        CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer BIGINT NOT NULL, amount DECIMAL(10, 2) NOT NULL, placed TIMESTAMP NOT NULL)
        WITH ('connectors' = '[{"name": "gen", "max_batch_size": {BATCH}, "transport": {"name": "datagen", "config": {"seed": 2, "plan": [{"limit": {ORDERS},
            "fields": {"id": {"range": [0, {IDS}]},
                       "customer": {"strategy": "zipf", "range": [0, 1000]},
                       "amount": {"strategy": "uniform", "range": [1, 500]},
                       "placed": {"range": ["2024-01-01 00:00:00", "2025-01-01 00:00:00"], "scale": 60000}}}]}}}]');

        -- Revenue per region over a join, written as JSON changes.
        CREATE MATERIALIZED VIEW revenue_by_region
        WITH ('connectors' = '[{"name": "file", "transport": {"name": "file_output", "config": {"path": "revenue_by_region.json"}}, "format": {"name": "json"}}]')
        AS SELECT c.region, COUNT(*) AS orders, SUM(o.amount) AS revenue, MAX(o.amount) AS largest
           FROM orders o JOIN customers c ON o.customer = c.id
           GROUP BY c.region;

        -- The five largest orders, written as CSV changes (the last column is the weight).
        CREATE VIEW top_orders
        WITH ('connectors' = '[{"name": "file", "transport": {"name": "file_output", "config": {"path": "top_orders.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT id, customer, amount FROM orders ORDER BY amount DESC, id LIMIT 5;

        -- Customers with more than 100 orders: the demo watches this view over HTTP (POST /egress/big_customers).
        CREATE MATERIALIZED VIEW big_customers AS
            SELECT c.id, c.name, COUNT(*) AS orders, SUM(o.amount) AS spent
            FROM orders o JOIN customers c ON o.customer = c.id
            GROUP BY c.id, c.name
            HAVING COUNT(*) > 100;

        -- Customers without any order (counted, then discarded).
        CREATE VIEW idle_customers
        WITH ('connectors' = '[{"name": "count", "transport": {"name": "null_output"}}]')
        AS SELECT c.id, c.name FROM customers c LEFT JOIN orders o ON o.customer = c.id WHERE o.id IS NULL;
        """;

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(40);

    /// <summary>Runs the demo: <paramref name="steps"/> batches of <paramref name="rowsPerStep"/> orders.</summary>
    public static int Run(int steps, int rowsPerStep, TextWriter output) =>
        RunAsync(Math.Max(1, steps), Math.Max(1, rowsPerStep), output).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(int steps, int rowsPerStep, TextWriter output)
    {
        long orders = (long)steps * rowsPerStep;
        string sql = ProgramText
            .Replace("{ORDERS}", orders.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{IDS}", Math.Max(1, orders * 3 / 4).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{BATCH}", rowsPerStep.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        string storage = Path.GetFullPath(Path.Combine(".sql2dbsp", "demo"));
        string files = Path.Combine(storage, "output");
        Directory.CreateDirectory(files);

        var clock = Stopwatch.StartNew();
        using var program = HostedProgram.Compile(sql, "demo.sql", PipelineHost.CacheDirectory(storage));
        if (!program.Success)
        {
            Console.Error.Write(program.RenderDiagnostics());
            return 1;
        }
        output.WriteLine($"compiled demo.sql in {clock.Elapsed.TotalSeconds:F2} s: {program.Program.Tables.Count} tables, {program.Program.Views.Count} views, " +
            $"{program.Connectors!.Connectors.Length} connectors");

        var log = new PipelineLog();
        log.Written += e =>
        {
            if (e.Level != PipelineLogLevel.Info) Console.Error.WriteLine(e);
        };
        await using var host = await PipelineHost.StartAsync(program.Program, program.Connectors,
            new HostOptions { Port = 0, WorkingDirectory = files, Log = log }).ConfigureAwait(false);
        output.WriteLine($"pipeline running, HTTP API on {host.Address}: datagen → {orders:N0} orders in {steps} batches of {rowsPerStep:N0}; " +
            "watching big_customers over POST /egress");

        using var http = new HttpClient { BaseAddress = host.Address, Timeout = Timeout.InfiniteTimeSpan };
        using var egress = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "egress/big_customers?format=json&backpressure=true"),
            HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        var watcher = WatchAsync(egress, output);

        using (var limit = new CancellationTokenSource(TimeLimit))
        {
            try
            {
                await host.Controller.WaitForCompletionAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine($"time limit of {TimeLimit.TotalSeconds:F0} s reached; stopping");
            }
        }
        double seconds = (DateTimeOffset.Now - host.Controller.StartTime).TotalSeconds;
        await host.StopAsync().ConfigureAwait(false);
        var (chunks, changes) = await watcher.ConfigureAwait(false);

        var stats = host.Controller.Stats();
        var g = stats.Global;
        output.WriteLine();
        output.WriteLine($"{g.State.ToString().ToLowerInvariant()}: {g.TotalProcessedRecords:N0} records in {seconds:F2} s ({g.TotalProcessedRecords / Math.Max(seconds, 1e-3):N0} records/s), " +
            $"{g.Steps:N0} steps, step latency p50 {g.StepLatency.P50Usecs / 1000.0:F2} ms, p99 {g.StepLatency.P99Usecs / 1000.0:F2} ms");
        foreach (var i in stats.Inputs)
            output.WriteLine($"  in   {i.EndpointName,-24} {i.Transport,-12} {i.TotalRecords,10:N0} records, {i.ParseErrors + i.TransportErrors} errors");
        var paths = program.Connectors.Outputs
            .Where(c => c.Config.Transport is FileOutputConfig)
            .ToDictionary(c => c.EndpointName, c => "  → " + Path.Combine(files, ((FileOutputConfig)c.Config.Transport).Path));
        foreach (var o in stats.Outputs)
            output.WriteLine($"  out  {o.EndpointName,-24} {o.Transport,-12} {o.TransmittedRecords,10:N0} changes, {o.TransmittedBytes,10:N0} bytes{paths.GetValueOrDefault(o.EndpointName)}");
        output.WriteLine($"  http big_customers (egress)   {chunks,10:N0} chunks, {changes,10:N0} changes");
        if (g.Error is { } error)
        {
            output.WriteLine($"error: {error}");
            return 1;
        }

        output.WriteLine();
        output.WriteLine("revenue_by_region now:");
        foreach (var row in host.Controller.Pipeline.Output("revenue_by_region").Contents.OrderBy(r => (string)r[0]!, StringComparer.Ordinal))
            output.WriteLine($"  {row[0],-6} {row[1],8:N0} orders  revenue {row[2],14:N2}  largest {row[3],8:N2}");
        output.WriteLine("biggest customers now:");
        foreach (var row in host.Controller.Pipeline.Output("big_customers").Contents.OrderByDescending(r => (long)r[2]!).Take(5))
            output.WriteLine($"  #{row[0],-4} {row[1],-8} {row[2],6:N0} orders  spent {row[3],12:N2}");
        return 0;
    }

    /// <summary>Reads the egress stream: one JSON chunk per line, each with the changes of one step.</summary>
    private static async Task<(long Chunks, long Changes)> WatchAsync(HttpResponseMessage response, TextWriter output)
    {
        long chunks = 0, changes = 0;
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync().ConfigureAwait(false));
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0) continue;
            using var chunk = JsonDocument.Parse(line);
            int count = chunk.RootElement.GetProperty("json_data").GetArrayLength();
            if (chunks < 3)
                output.WriteLine($"  egress chunk {chunk.RootElement.GetProperty("sequence_number").GetInt64()}: {count} change(s) to big_customers");
            chunks++;
            changes += count;
        }
        return (chunks, changes);
    }
}
