using System.Diagnostics;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host;
using Sql2Dbsp.Host.Config;

/// <summary>
/// Fault-tolerance figures (<c>dotnet run -c Release --project tests/Sql2Dbsp.Host.Benchmarks -- ft [rows N] [seconds N]</c>):
/// <list type="number">
/// <item>throughput of an unthrottled datagen source into an aggregate over 100,000 groups (written to a CSV file), without
/// fault tolerance and with checkpoints every 10 s (at-least-once, and exactly-once, which journals datagen's records);</item>
/// <item>checkpoint time and size, and restore time, of a pipeline holding N rows of state (default 10 M): an
/// aggregate with one group per row.</item>
/// </list>
/// </summary>
internal static class FaultToleranceBenchmark
{
    private const string ThroughputProgram = """
        CREATE TABLE t (id BIGINT NOT NULL, a INT NOT NULL, b BIGINT NOT NULL)
        WITH ('connectors' = '[{"name": "gen", "max_batch_size": 50000, "transport": {"name": "datagen", "config": {"seed": 1, "plan": [{
            "fields": {"a": {"strategy": "uniform", "range": [0, 100000]}, "b": {"strategy": "uniform", "range": [0, 1000]}}}]}}}]');
        CREATE VIEW v WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "v.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT a, COUNT(*) AS n, SUM(b) AS s FROM t GROUP BY a;
        """;

    public static async Task RunAsync(int rows, int seconds)
    {
        string root = Path.Combine(Path.GetTempPath(), "sql2dbsp-ft-bench");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores; throughput runs of {seconds} s; state of {rows:N0} rows");

        using (var program = Compile(ThroughputProgram))
        {
            // A short warm-up run so that the first measured run does not pay for the JIT.
            await ThroughputAsync(program, root, "warmup", FaultToleranceModel.None, null, 3);
            double none = await ThroughputAsync(program, root, "none", FaultToleranceModel.None, null, seconds);
            double atLeastOnce = await ThroughputAsync(program, root, "at_least_once", FaultToleranceModel.AtLeastOnce, 10, seconds);
            double exactlyOnce = await ThroughputAsync(program, root, "exactly_once", FaultToleranceModel.ExactlyOnce, 10, seconds);
            Console.WriteLine($"throughput with checkpoints every 10 s: at_least_once {atLeastOnce / none:P0}, exactly_once {exactlyOnce / none:P0} of the throughput without fault tolerance");
        }

        string stateProgram = $$$$"""
            CREATE TABLE t (id BIGINT NOT NULL, v BIGINT NOT NULL)
            WITH ('connectors' = '[{"name": "gen", "max_batch_size": 100000, "transport": {"name": "datagen", "config": {"seed": 1, "plan": [{"limit": {{{{rows}}}},
                "fields": {"v": {"strategy": "uniform", "range": [0, 1000000]}}}]}}}]');
            CREATE VIEW per_id AS SELECT id, SUM(v) AS total FROM t GROUP BY id;
            """;
        using (var program = Compile(stateProgram))
            await StateAsync(program, root, rows);
    }

    private static async Task<double> ThroughputAsync(HostedProgram program, string root, string name, FaultToleranceModel model, int? interval, int seconds)
    {
        string directory = Path.Combine(root, name);
        Directory.CreateDirectory(directory);
        var config = new PipelineConfig { Storage = new StorageConfig("state"), FaultTolerance = new FaultToleranceConfig(model, interval) };
        await using var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Config = config, Port = 0, WorkingDirectory = directory });
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var g = host.Controller.Stats().Global;
        double rate = g.TotalProcessedRecords / clock.Elapsed.TotalSeconds;
        var status = host.Controller.CheckpointStatus;
        await host.StopAsync();
        if (name != "warmup")
            Console.WriteLine($"throughput, {name,-14}{(interval is int i ? $" (checkpoint every {i} s)" : ""),-26}: {rate / 1e3,8:F0} K records/s " +
                $"({g.TotalProcessedRecords:N0} records, {g.Steps:N0} steps; checkpoints: {status.Success ?? 0}, last {status.Last?.Bytes ?? 0:N0} bytes in {status.Last?.Duration.TotalMilliseconds ?? 0:F0} ms)");
        return rate;
    }

    private static async Task StateAsync(HostedProgram program, string root, int rows)
    {
        string directory = Path.Combine(root, "state-10m");
        Directory.CreateDirectory(directory);
        var config = new PipelineConfig { Storage = new StorageConfig("state"), FaultTolerance = new FaultToleranceConfig(FaultToleranceModel.AtLeastOnce, null) };
        var load = Stopwatch.StartNew();
        await using (var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Config = config, Port = 0, WorkingDirectory = directory }))
        {
            await host.Controller.WaitForCompletionAsync(CancellationToken.None);
            Console.WriteLine($"state: loaded {host.Controller.Stats().Global.TotalProcessedRecords:N0} rows into an aggregate with one group per row in {load.Elapsed.TotalSeconds:F1} s");
            var (_, done) = host.Controller.RequestCheckpoint();
            var checkpoint = await done;
            Console.WriteLine($"checkpoint of {rows:N0} rows of state: {checkpoint.Duration.TotalSeconds:F2} s, {checkpoint.Bytes / 1e6:F0} MB " +
                $"({(double)checkpoint.Bytes / rows:F1} bytes per row)");
            await host.StopAsync();
        }
        GC.Collect();
        var restore = Stopwatch.StartNew();
        await using (var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Config = config, Port = 0, WorkingDirectory = directory }))
        {
            double started = restore.Elapsed.TotalSeconds;
            var restored = host.Controller.ResumedFrom!.Checkpoint;
            Console.WriteLine($"restore of {rows:N0} rows of state: {restored.Elapsed.TotalSeconds:F2} s to load the checkpoint (verify checksums, decode), " +
                $"{started:F2} s until the pipeline runs");
            await host.StopAsync();
        }
    }

    private static HostedProgram Compile(string sql)
    {
        var program = HostedProgram.Compile(sql, "bench.sql", cacheDirectory: null);
        if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
        return program;
    }
}
