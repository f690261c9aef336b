using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host;
using Sql2Dbsp.Host.Config;

/// <summary>
/// What durable ingress costs (<c>dotnet run -c Release --project tests/Sql2Dbsp.Host.Benchmarks -- ingress [rows N]</c>):
/// NDJSON bodies of 1,000 records from 4 concurrent clients into a table feeding an aggregate, without fault tolerance
/// (a 200 means applied in memory) and under exactly-once (a 200 means applied, fsynced in the ingress log and journaled).
/// Each figure is the best of <c>rounds N</c> rounds (default 2), until every record was processed; the rounds of the
/// models alternate, so that a change in the machine's load hits each alike. <c>only none|exactly_once</c> runs one
/// configuration (for profiling). CPU-seconds are the process's, so records per CPU-second are less sensitive to the
/// load of a shared machine than records/s.
/// </summary>
internal static class IngressBenchmark
{
    private const int Clients = 4;
    private const int PerBody = 1_000;

    private const string Program = """
        CREATE TABLE t (id BIGINT NOT NULL, a INT NOT NULL, b DOUBLE NOT NULL, c VARCHAR NOT NULL);
        CREATE VIEW v AS SELECT a, COUNT(*) AS n, SUM(b) AS s FROM t GROUP BY a;
        """;

    public static async Task RunAsync(int rows, int rounds, string? only)
    {
        string root = Path.Combine(Path.GetTempPath(), "sql2dbsp-ingress-bench");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores; {rows:N0} records in bodies of {PerBody:N0} from {Clients} clients");
        using var program = HostedProgram.Compile(Program, "ingress.sql", null, FaultToleranceModel.ExactlyOnce);
        if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
        var bodies = new byte[rows / PerBody][];
        for (int i = 0; i < bodies.Length; i++) bodies[i] = Ndjson(i * PerBody, PerBody);
        await RunAsync(program, root, "warmup", FaultToleranceModel.None, bodies[..Math.Min(bodies.Length, 50)]);
        await RunAsync(program, root, "warmup", FaultToleranceModel.ExactlyOnce, bodies[..Math.Min(bodies.Length, 50)]);
        double none = 0, exactlyOnce = 0;
        for (int round = 1; round <= rounds; round++)
        {
            if (only is null or "none") none = Math.Max(none, await RunAsync(program, root, $"none (round {round})", FaultToleranceModel.None, bodies));
            if (only is null or "exactly_once") exactlyOnce = Math.Max(exactlyOnce, await RunAsync(program, root, $"exactly_once (round {round})", FaultToleranceModel.ExactlyOnce, bodies));
        }
        if (only is null) Console.WriteLine($"exactly_once: {exactlyOnce / none:P0} of the throughput without fault tolerance (best rounds)");
    }

    private static async Task<double> RunAsync(HostedProgram program, string root, string name, FaultToleranceModel model, byte[][] bodies)
    {
        string directory = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var config = new PipelineConfig { Storage = new StorageConfig("state"), FaultTolerance = new FaultToleranceConfig(model, null) };
        await using var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Config = config, Port = 0, WorkingDirectory = directory });
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
        long total = (long)bodies.Length * PerBody;
        double cpu = Cpu();
        var clock = Stopwatch.StartNew();
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                using var content = new ByteArrayContent(bodies[i]);
                using var response = await client.PostAsync("ingress/t?format=json", content);
                response.EnsureSuccessStatusCode();
            }
        }));
        double acknowledged = clock.Elapsed.TotalSeconds;
        while (host.Controller.Stats().Global.TotalProcessedRecords < total) await Task.Delay(1);
        double seconds = clock.Elapsed.TotalSeconds;
        double cpuSeconds = Cpu() - cpu;
        var g = host.Controller.Stats().Global;
        string fsyncs = host.Controller.IngressLog is { } log ? $", {log.Appended / (double)Math.Max(1, log.Fsyncs):F1} batches per ingress fsync" : "";
        await host.StopAsync();
        Directory.Delete(directory, recursive: true);
        if (name != "warmup")
            Console.WriteLine($"ingress, {name,-46}: {total / seconds / 1e3,8:F0} K records/s ({total:N0} records acknowledged in {acknowledged:F2} s, processed in {seconds:F2} s, " +
                $"{total / cpuSeconds / 1e3:F0} K records per CPU-second, {g.Steps:N0} steps{fsyncs})");
        return total / seconds;
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static byte[] Ndjson(int start, int count)
    {
        var sb = new StringBuilder(count * 80);
        var random = new Random(start);
        for (int i = start; i < start + count; i++)
            sb.Append(CultureInfo.InvariantCulture, $$$"""{"insert": {"id": {{{i}}}, "a": {{{random.Next(1000)}}}, "b": {{{random.Next(100_000) / 100.0}}}, "c": "name-{{{random.Next(100)}}}"}}""").Append('\n');
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
