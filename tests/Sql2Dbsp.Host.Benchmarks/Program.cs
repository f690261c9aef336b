using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sql2Dbsp;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Formats.Json;
using Sql2Dbsp.Host;
using Sql2Dbsp.Host.Config;

// Ingestion into a 5-column table feeding a simple view (an aggregate over 1,000 groups):
//   1. CSV file → file_input: end-to-end records/s, plus the parts (CSV parsing alone, the untyped push path alone);
//   2. NDJSON over POST /ingress (two concurrent clients): end-to-end records/s;
//   3. step latency p50/p99 with a rate-limited datagen source at half the CSV rate.
// Each figure is given for two rounds: the first includes JIT warm-up. The machine may be shared, so records per
// CPU-second is printed beside wall-clock rates.
// Run in Release: dotnet run -c Release --project tests/Sql2Dbsp.Host.Benchmarks [-- rows N seconds N rate N]
// Durable ingress figures: dotnet run -c Release --project tests/Sql2Dbsp.Host.Benchmarks -- ingress [rows N] [rounds N] [only none|exactly_once]
// Fault-tolerance figures: dotnet run -c Release --project tests/Sql2Dbsp.Host.Benchmarks -- ft [rows N] [seconds N]
// Fault tolerance: throughput with and without checkpoints, checkpoint and restore of 10 M rows of state.
// Durable ingress: records/s over POST /ingress without fault tolerance and under exactly-once.
if (args.Length > 0 && args[0] == "ingress")
{
    int only = Array.IndexOf(args, "only");
    await IngressBenchmark.RunAsync(ArgValue("rows", 400_000), ArgValue("rounds", 2), only >= 0 && only + 1 < args.Length ? args[only + 1] : null);
    return;
}
if (args.Length > 0 && args[0] == "ft")
{
    await FaultToleranceBenchmark.RunAsync(ArgValue("rows", 10_000_000), ArgValue("seconds", 35));
    return;
}
int rows = ArgValue("rows", 1_000_000);
int latencySeconds = ArgValue("seconds", 8);
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, {rows:N0} rows per run");

string directory = Path.Combine(Path.GetTempPath(), "sql2dbsp-host-bench");
Directory.CreateDirectory(directory);
const string Table = "CREATE TABLE t (id BIGINT NOT NULL, a INT NOT NULL, b DOUBLE NOT NULL, c VARCHAR NOT NULL, d DATE NOT NULL)";
const string View = "CREATE VIEW v AS SELECT a, COUNT(*) AS n, SUM(b) AS s FROM t GROUP BY a;";

// ---------------------------------------------------------------------------------------------------- CSV file
string csvPath = Path.Combine(directory, "input.csv");
byte[] csv = Csv(rows);
File.WriteAllBytes(csvPath, csv);
Console.WriteLine($"input: {csv.Length / 1e6:F1} MB of CSV ({(double)csv.Length / rows:F1} bytes/record)");

using var fileProgram = Compile(Table + """ WITH ('connectors' = '[{"name": "csv", "max_batch_size": 50000, "transport": {"name": "file_input", "config": {"path": "input.csv"}}, "format": {"name": "csv"}}]');""" + "\n" + View);
ParseOnly(csv, fileProgram);
PushOnly(fileProgram, rows);
double bestCsvRate = 0;
for (int round = 1; round <= 2; round++)
{
    var cpu = Cpu();
    var (seconds, steps, p50, p99) = await RunFileAsync(fileProgram);
    bestCsvRate = Math.Max(bestCsvRate, rows / seconds);
    double cpuSeconds = Cpu() - cpu;
    Console.WriteLine($"CSV file → pipeline (round {round}): {rows / seconds / 1e3,8:F0} K records/s wall, {rows / cpuSeconds / 1e3,6:F0} K records per CPU-second " +
        $"({seconds:F2} s, {steps} steps, step p50 {p50 / 1e3:F1} ms, p99 {p99 / 1e3:F1} ms)");
}

// The same input into a filter that passes half the rows: every passing row is also an output change, which the
// public API hands out as an object?[] row (boxed values) per change and step.
using var filterProgram = Compile(Table + """ WITH ('connectors' = '[{"name": "csv", "max_batch_size": 50000, "transport": {"name": "file_input", "config": {"path": "input.csv"}}, "format": {"name": "csv"}}]');""" +
    "\nCREATE VIEW v AS SELECT id, a, c FROM t WHERE a < 500;");
{
    var cpu = Cpu();
    var (seconds, steps, p50, p99) = await RunFileAsync(filterProgram);
    double cpuSeconds = Cpu() - cpu;
    Console.WriteLine($"CSV file → filter view (half the rows out): {rows / seconds / 1e3,8:F0} K records/s wall, {rows / cpuSeconds / 1e3,6:F0} K records per CPU-second " +
        $"({seconds:F2} s, {steps} steps, step p50 {p50 / 1e3:F1} ms, p99 {p99 / 1e3:F1} ms)");
}

// ---------------------------------------------------------------------------------------------------- JSON /ingress
using var httpProgram = Compile(Table + ";\n" + View);
for (int round = 1; round <= 2; round++)
{
    var cpu = Cpu();
    var (seconds, bodies) = await RunIngressAsync(httpProgram, rows);
    double cpuSeconds = Cpu() - cpu;
    Console.WriteLine($"NDJSON POST /ingress (round {round}): {rows / seconds / 1e3,8:F0} K records/s wall, {rows / cpuSeconds / 1e3,6:F0} K records per CPU-second " +
        $"({seconds:F2} s, {bodies} bodies of {rows / bodies:N0}; CPU includes the client)");
}

// ---------------------------------------------------------------------------------------------------- latency
// Half the CSV throughput measured above, unless given.
double rate = ArgValue("rate", 0);
if (rate == 0) rate = Math.Round(bestCsvRate / 2 / 1000) * 1000;
using var genProgram = Compile(Table + $$$$"""
     WITH ('connectors' = '[{"name": "gen", "transport": {"name": "datagen", "config": {"seed": 1, "plan": [{"rate": {{{{rate.ToString(CultureInfo.InvariantCulture)}}}},
        "fields": {"a": {"strategy": "uniform", "range": [0, 1000]}, "b": {"strategy": "uniform", "range": [0, 100]},
                   "c": {"strategy": "uniform", "values": ["alpha", "beta", "gamma", "delta"]}, "d": {"strategy": "uniform", "range": ["2024-01-01", "2025-01-01"]}}}]}}}]');
    """ + "\n" + View);
await LatencyAsync(genProgram, rate, latencySeconds);
return;

async Task<(double Seconds, long Steps, long P50, long P99)> RunFileAsync(HostedProgram program)
{
    var clock = Stopwatch.StartNew();
    await using var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Port = 0, WorkingDirectory = directory });
    await host.Controller.WaitForCompletionAsync(CancellationToken.None);
    double seconds = clock.Elapsed.TotalSeconds;
    var g = host.Controller.Stats().Global;
    if (g.TotalProcessedRecords != rows) throw new InvalidOperationException($"processed {g.TotalProcessedRecords}, expected {rows}");
    return (seconds, g.Steps, g.StepLatency.P50Usecs, g.StepLatency.P99Usecs);
}

async Task<(double Seconds, int Bodies)> RunIngressAsync(HostedProgram program, int total)
{
    const int PerBody = 20_000;
    var bodies = Enumerable.Range(0, (total + PerBody - 1) / PerBody).Select(i => Ndjson(i * PerBody, Math.Min(PerBody, total - i * PerBody))).ToArray();
    await using var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Port = 0, WorkingDirectory = directory });
    using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) };
    var clock = Stopwatch.StartNew();
    int next = -1;
    await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < bodies.Length)
        {
            using var content = new ByteArrayContent(bodies[i]);
            using var response = await client.PostAsync("ingress/t?format=json", content);
            response.EnsureSuccessStatusCode();
        }
    }));
    while (host.Controller.Stats().Global.TotalProcessedRecords < total) await Task.Delay(1);
    return (clock.Elapsed.TotalSeconds, bodies.Length);
}

async Task LatencyAsync(HostedProgram program, double recordsPerSecond, int seconds)
{
    await using var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions { Port = 0, WorkingDirectory = directory });
    await Task.Delay(2000); // warm up (JIT, state)
    host.Controller.StepLatency.Reset();
    long before = host.Controller.Stats().Global.TotalProcessedRecords;
    var clock = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    var g = host.Controller.Stats().Global;
    double achieved = (g.TotalProcessedRecords - before) / clock.Elapsed.TotalSeconds;
    Console.WriteLine($"step latency at {recordsPerSecond / 1e3:F0} K records/s (datagen; achieved {achieved / 1e3:F0} K/s): " +
        $"mean {g.StepLatency.SumUsecs / Math.Max(1, g.StepLatency.Count) / 1e3:F2} ms, p50 {g.StepLatency.P50Usecs / 1e3:F2} ms, p90 {g.StepLatency.P90Usecs / 1e3:F2} ms, p99 {g.StepLatency.P99Usecs / 1e3:F2} ms, max {g.StepLatency.MaxUsecs / 1e3:F2} ms over {g.StepLatency.Count:N0} steps");
}

void ParseOnly(byte[] data, HostedProgram program)
{
    var schema = RelationSchema.Of(program.Program.Tables[0]);
    for (int round = 1; round <= 2; round++)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var parser = new CsvFormat().CreateParser(schema);
        var buffer = new ChangeBuffer(schema.Arity, 50_000);
        var errors = new List<ParseError>();
        int pos = 0;
        long parsed = 0;
        while (pos < data.Length)
        {
            pos += parser.Parse(data.AsSpan(pos), isFinal: true, buffer, errors);
            parsed += buffer.Count;
            buffer.Clear();
        }
        double s = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  CSV parsing alone (round {round}):      {parsed / s / 1e3,8:F0} K records/s, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)parsed:F0} bytes allocated/record");
    }
}

void PushOnly(HostedProgram program, int count)
{
    // The untyped path the host uses: object?[] rows through TableInput.Push (FromValues), then one step per 50,000.
    var schema = RelationSchema.Of(program.Program.Tables[0]);
    var parser = new CsvFormat().CreateParser(schema);
    var buffer = new ChangeBuffer(schema.Arity, count);
    parser.Parse(csv, isFinal: true, buffer, []);
    for (int round = 1; round <= 2; round++)
    {
        var pipeline = program.Program.CreatePipeline();
        var input = pipeline.Input("t");
        var row = new object?[schema.Arity];
        double push = 0, step = 0;
        for (int start = 0; start < buffer.Count; start += 50_000)
        {
            var clock = Stopwatch.StartNew();
            for (int i = start; i < Math.Min(buffer.Count, start + 50_000); i++)
            {
                buffer.Row(i).CopyTo(row);
                input.Push(row, 1);
            }
            push += clock.Elapsed.TotalSeconds;
            clock.Restart();
            pipeline.Step();
            step += clock.Elapsed.TotalSeconds;
        }
        Console.WriteLine($"  untyped push alone (round {round}):     {buffer.Count / push / 1e3,8:F0} K records/s; circuit steps alone {buffer.Count / step / 1e3,8:F0} K records/s");
    }
}

// Process CPU seconds: the machine is shared, so records per CPU-second is the steadier figure.
static double Cpu() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

static HostedProgram Compile(string sql)
{
    var clock = Stopwatch.StartNew();
    var program = HostedProgram.Compile(sql, "bench.sql", null);
    if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
    Console.WriteLine($"(compiled in {clock.Elapsed.TotalSeconds:F1} s)");
    return program;
}

static byte[] Csv(int count)
{
    var sb = new StringBuilder(count * 40);
    var random = new Random(1);
    for (int i = 0; i < count; i++)
        sb.Append(CultureInfo.InvariantCulture, $"{i},{random.Next(1000)},{random.Next(100_000) / 100.0},name-{random.Next(100)},2024-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}\n");
    return Encoding.UTF8.GetBytes(sb.ToString());
}

static byte[] Ndjson(int start, int count)
{
    var sb = new StringBuilder(count * 90);
    var random = new Random(start);
    for (int i = start; i < start + count; i++)
        sb.Append(CultureInfo.InvariantCulture, $$$"""{"insert": {"id": {{{i}}}, "a": {{{random.Next(1000)}}}, "b": {{{random.Next(100_000) / 100.0}}}, "c": "name-{{{random.Next(100)}}}", "d": "2024-{{{1 + random.Next(12):D2}}}-{{{1 + random.Next(28):D2}}}"}}""").Append('\n');
    return Encoding.UTF8.GetBytes(sb.ToString());
}

int ArgValue(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
