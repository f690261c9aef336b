using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// What durable ingress costs (<c>dotnet run -c Release --project tests/Sql2Dbsp.Host.Benchmarks -- ingress [rows N]</c>):
/// NDJSON bodies of 1,000 records from 4 concurrent clients into a table feeding an aggregate, without fault tolerance
/// (a 200 means queued) and under exactly-once (a 200 means fsynced in the ingress log) with and without group commit.
/// Each figure is the better of two rounds, until every record was processed.
/// </summary>
internal static class IngressBenchmark
{
    private const int Clients = 4;
    private const int PerBody = 1_000;

    private const string Program = """
        CREATE TABLE t (id BIGINT NOT NULL, a INT NOT NULL, b DOUBLE NOT NULL, c VARCHAR NOT NULL);
        CREATE VIEW v AS SELECT a, COUNT(*) AS n, SUM(b) AS s FROM t GROUP BY a;
        """;

    public static async Task RunAsync(int rows)
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
        double none = await BestAsync(program, root, "none", FaultToleranceModel.None, bodies);
        double grouped = await BestAsync(program, root, "exactly_once", FaultToleranceModel.ExactlyOnce, bodies);
        IngressLog.GroupCommit = false;
        double single = await BestAsync(program, root, "exactly_once, an fsync per request", FaultToleranceModel.ExactlyOnce, bodies);
        IngressLog.GroupCommit = true;
        Console.WriteLine($"exactly_once: {grouped / none:P0} of the throughput without fault tolerance with group commit, {single / none:P0} without");
    }

    private static async Task<double> BestAsync(HostedProgram program, string root, string name, FaultToleranceModel model, byte[][] bodies)
    {
        double best = 0;
        for (int round = 1; round <= 2; round++) best = Math.Max(best, await RunAsync(program, root, $"{name} (round {round})", model, bodies));
        return best;
    }

    private static async Task<double> RunAsync(HostedProgram program, string root, string name, FaultToleranceModel model, byte[][] bodies)
    {
        string directory = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var config = new PipelineConfig { Storage = new StorageConfig("state"), FaultTolerance = new FaultToleranceConfig(model, null) };
        await using var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Config = config, Port = 0, WorkingDirectory = directory });
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
        long total = (long)bodies.Length * PerBody;
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
        var g = host.Controller.Stats().Global;
        string fsyncs = host.Controller.IngressLog is { } log ? $", {log.Appended / (double)Math.Max(1, log.Fsyncs):F1} batches per fsync" : "";
        await host.StopAsync();
        Directory.Delete(directory, recursive: true);
        if (name != "warmup")
            Console.WriteLine($"ingress, {name,-46}: {total / seconds / 1e3,8:F0} K records/s ({total:N0} records acknowledged in {acknowledged:F2} s, processed in {seconds:F2} s, {g.Steps:N0} steps{fsyncs})");
        return total / seconds;
    }

    private static byte[] Ndjson(int start, int count)
    {
        var sb = new StringBuilder(count * 80);
        var random = new Random(start);
        for (int i = start; i < start + count; i++)
            sb.Append(CultureInfo.InvariantCulture, $$$"""{"insert": {"id": {{{i}}}, "a": {{{random.Next(1000)}}}, "b": {{{random.Next(100_000) / 100.0}}}, "c": "name-{{{random.Next(100)}}}"}}""").Append('\n');
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
