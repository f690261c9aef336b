using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Host.Stats;

namespace Sql2Dbsp.Cli;

/// <summary>
/// <c>sql2dbsp run PROGRAM.sql [--config pipeline.json] [--port N] [--storage DIR] [--bind ADDRESS] [--token-file FILE]</c>:
/// compiles the program (cached by content hash), opens its connectors, serves the HTTP API (on 127.0.0.1 by default) and keeps running until SIGINT or SIGTERM,
/// showing a live status line on a terminal and plain log lines otherwise.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("PROGRAM.sql") { Description = "the SQL program" };
        var config = new Option<FileInfo?>("--config") { Description = "pipeline configuration (JSON with Feldera's RuntimeConfig field names)" };
        var port = new Option<int>("--port") { Description = "HTTP port on 127.0.0.1 (0 picks a free port)", DefaultValueFactory = _ => 8080 };
        var storage = new Option<DirectoryInfo?>("--storage") { Description = "storage directory (default: .sql2dbsp/<program> in the current directory)" };
        var bind = new Option<string?>("--bind") { Description = "IP address of the HTTP API (default 127.0.0.1; any other needs a bearer token)" };
        var tokenFile = new Option<string?>("--token-file") { Description = "bearer token file every HTTP request must present (created with a new token if missing)" };
        var command = new Command("run", "Run a program as a pipeline: connectors, HTTP API, live status; stop with Ctrl+C") { file, config, port, storage, bind, tokenFile };
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(config), r.GetValue(port), r.GetValue(storage), r.GetValue(bind), r.GetValue(tokenFile)).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> Run(FileInfo file, FileInfo? configFile, int port, DirectoryInfo? storageOverride, string? bind, string? tokenFile)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"sql2dbsp: error: file not found: {file.FullName}");
            return 1;
        }
        var config = new PipelineConfig();
        bool ok = true;
        if (configFile is not null)
        {
            if (!configFile.Exists)
            {
                Console.Error.WriteLine($"sql2dbsp: error: configuration file not found: {configFile.FullName}");
                return 1;
            }
            var parsed = PipelineConfigParser.Parse(await File.ReadAllTextAsync(configFile.FullName).ConfigureAwait(false), configFile.Name);
            Console.Error.Write(parsed.Render());
            ok = parsed.Config is not null;
            config = parsed.Partial;
        }
        if (bind is not null)
        {
            if (System.Net.IPAddress.TryParse(bind, out _)) config = config with { Http = config.Http with { Bind = bind } };
            else
            {
                Console.Error.WriteLine($"sql2dbsp: error: --bind must be an IP address (such as 127.0.0.1 or 0.0.0.0), not '{bind}'");
                ok = false;
            }
        }
        if (tokenFile is not null) config = config with { Http = config.Http with { TokenFile = tokenFile } };
        string workingDirectory = Environment.CurrentDirectory;
        string programName = Path.GetFileNameWithoutExtension(file.Name);
        string? storage = PipelineHost.StorageDirectory(config, storageOverride?.FullName, programName, workingDirectory);
        string cache = PipelineHost.CacheDirectory(storage);

        var clock = Stopwatch.StartNew();
        using var program = HostedProgram.Compile(await File.ReadAllTextAsync(file.FullName).ConfigureAwait(false), file.Name, cache, config.FaultTolerance.Model);
        Console.Error.Write(program.RenderDiagnostics());
        if (program.Connectors is { } connectors && config.FaultTolerance.Model != FaultToleranceModel.None)
        {
            // A connector that cannot honour the model is refused before anything runs, at its place in the SQL.
            var unsupported = connectors.CheckFaultTolerance(config.FaultTolerance.Model);
            Console.Error.Write(DiagnosticRenderer.ToText(unsupported, program.Program.Compilation.Source));
            ok &= unsupported.IsEmpty;
        }
        if (config.FaultTolerance.Model != FaultToleranceModel.None && storage is null)
        {
            Console.Error.WriteLine($"sql2dbsp: error: fault tolerance ('{config.FaultTolerance.Model.ConfigName()}') needs storage: use --storage DIR or set 'storage'");
            ok = false;
        }
        if (!program.Success || !ok) return 1;
        Console.Error.WriteLine($"sql2dbsp: compiled {file.Name} in {clock.Elapsed.TotalSeconds:F2} s ({program.Program.Tables.Count} tables, {program.Program.Views.Count} views; cache {cache})");

        var log = new PipelineLog();
        var console = new StatusConsole(log);
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, stop));
        PipelineHost host;
        try
        {
            host = await PipelineHost.StartAsync(program.Program, program.Connectors!,
                new HostOptions { Config = config, Port = port, WorkingDirectory = workingDirectory, Log = log, StorageDirectory = storage }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ArgumentException or Runtime.Storage.CheckpointException or Host.FaultTolerance.JournalReplayException)
        {
            // The port is taken, a non-loopback address without a token, a checkpoint of another program or a damaged journal, an input that changed under the journal.
            Console.Error.WriteLine($"sql2dbsp: error: {e.Message}");
            return 1;
        }
        Console.Error.WriteLine($"sql2dbsp: HTTP API on {host.Address} (stats: {host.Address}stats); press Ctrl+C to stop");
        var controller = host.Controller;
        try
        {
            while (!stop.IsCancellationRequested && controller.State is PipelineState.Running or PipelineState.Paused or PipelineState.Failed)
            {
                if (controller.State == PipelineState.Failed)
                {
                    // A runtime SQL error is not a reason to go away: the API keeps answering (GET /status, /stats) with the
                    // error, and the storage stays at the last good step until someone looks.
                    console.ClearStatus();
                    Console.Error.WriteLine($"sql2dbsp: the pipeline failed at step {controller.Steps + 1}: {controller.Error}");
                    Console.Error.WriteLine($"sql2dbsp: its state stays at step {controller.Steps}; the API stays up ({host.Address}status); press Ctrl+C to stop");
                    await Task.WhenAny(Task.Delay(Timeout.Infinite, stop.Token)).ConfigureAwait(false);
                    break;
                }
                // Wakes at once when the circuit ends (POST /suspend, a failure), not only at the next status line.
                var delay = Task.Delay(console.Interactive ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10), stop.Token);
                await Task.WhenAny(delay, controller.CircuitCompletion).ConfigureAwait(false);
                if (stop.IsCancellationRequested) break;
                console.Progress(controller.Stats());
            }
        }
        finally
        {
            console.ClearStatus();
            Console.Error.WriteLine(controller.State == PipelineState.Suspended
                ? $"sql2dbsp: suspended; run again with storage {storage} to resume"
                : "sql2dbsp: stopping (Ctrl+C again to quit at once)");
            await host.StopAsync().ConfigureAwait(false);
            console.Summary(controller.Stats());
        }
        // Suspended (POST /suspend) is a clean exit: running again with the same storage resumes.
        return controller.State == PipelineState.Failed ? 1 : 0;
    }

    private static void OnSignal(PosixSignalContext context, CancellationTokenSource stop)
    {
        // The first signal stops cleanly; a second one while stopping gets the default behaviour (terminate).
        if (stop.IsCancellationRequested) return;
        context.Cancel = true;
        stop.Cancel();
    }

    /// <summary>
    /// Writes to standard error: on a terminal a status line redrawn every second with log entries printed above it;
    /// otherwise log entries and a progress line every ten seconds.
    /// </summary>
    private sealed class StatusConsole
    {
        private readonly object gate = new();
        private readonly Dictionary<string, (long Records, DateTimeOffset At)> previous = [];
        private bool statusShown;

        public StatusConsole(PipelineLog log)
        {
            Interactive = !Console.IsErrorRedirected;
            log.Written += entry =>
            {
                lock (gate)
                {
                    ClearStatusLocked();
                    Console.Error.WriteLine(entry.ToString());
                }
            };
        }

        public bool Interactive { get; }

        public void Progress(PipelineStats stats)
        {
            string line = Line(stats);
            lock (gate)
            {
                if (!Interactive)
                {
                    Console.Error.WriteLine($"{DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss.fff} INFO    {line}");
                    return;
                }
                int width = SafeWidth();
                if (line.Length > width) line = line[..(width - 1)] + "…";
                Console.Error.Write("\r\u001b[2K" + line);
                statusShown = true;
            }
        }

        public void ClearStatus()
        {
            lock (gate) ClearStatusLocked();
        }

        public void Summary(PipelineStats stats)
        {
            var g = stats.Global;
            Console.Error.WriteLine($"sql2dbsp: {g.State.ToString().ToLowerInvariant()} after {g.Uptime.TotalSeconds:F1} s: {g.Steps:N0} steps, " +
                $"{g.TotalProcessedRecords:N0} records processed, step latency p50 {Micros(g.StepLatency.P50Usecs)}, p99 {Micros(g.StepLatency.P99Usecs)}");
            foreach (var i in stats.Inputs)
                Console.Error.WriteLine($"  in  {i.EndpointName,-32} {i.TotalRecords,12:N0} records {Bytes(i.TotalBytes),10}  errors {i.ParseErrors + i.TransportErrors:N0}{(i.FatalError is { } f ? "  failed: " + f : "")}");
            foreach (var o in stats.Outputs)
                Console.Error.WriteLine($"  out {o.EndpointName,-32} {o.TransmittedRecords,12:N0} changes {Bytes(o.TransmittedBytes),10}  errors {o.EncodeErrors + o.TransportErrors:N0}{(o.FatalError is { } f ? "  failed: " + f : "")}");
            if (g.Error is { } error) Console.Error.WriteLine($"sql2dbsp: error: {error}");
        }

        private string Line(PipelineStats stats)
        {
            var g = stats.Global;
            var now = DateTimeOffset.Now;
            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"[{g.State}] {g.Uptime.TotalSeconds:F0}s steps {g.Steps:N0}");
            long errors = stats.Inputs.Sum(i => i.ParseErrors + i.TransportErrors) + stats.Outputs.Sum(o => o.EncodeErrors + o.TransportErrors);
            sb.Append(CultureInfo.InvariantCulture, $" | errors {errors:N0} | in");
            foreach (var i in stats.Inputs) sb.Append(' ').Append(i.EndpointName).Append(' ').Append(Count(i.TotalRecords)).Append(Rate(i.EndpointName, i.TotalRecords, now));
            sb.Append(" | out");
            foreach (var o in stats.Outputs) sb.Append(' ').Append(o.EndpointName).Append(' ').Append(Count(o.TransmittedRecords)).Append(Rate(o.EndpointName, o.TransmittedRecords, now));
            return sb.ToString();
        }

        private string Rate(string name, long records, DateTimeOffset now)
        {
            string text = "";
            if (previous.TryGetValue(name, out var last) && (now - last.At).TotalSeconds > 0.2)
                text = $" ({Count((long)((records - last.Records) / (now - last.At).TotalSeconds))}/s)";
            previous[name] = (records, now);
            return text;
        }

        private void ClearStatusLocked()
        {
            if (!statusShown) return;
            Console.Error.Write("\r\u001b[2K");
            statusShown = false;
        }

        private static int SafeWidth()
        {
            try
            {
                int width = Console.WindowWidth;
                return width > 0 ? Math.Max(40, width) : 160;
            }
            catch (IOException)
            {
                return 120;
            }
        }

        private static string Count(long n) => n switch
        {
            >= 10_000_000 => $"{n / 1e6:F0}M",
            >= 1_000_000 => $"{n / 1e6:F1}M",
            >= 10_000 => $"{n / 1e3:F0}K",
            _ => n.ToString("N0", CultureInfo.InvariantCulture),
        };

        private static string Bytes(long n) => n >= 1 << 20 ? $"{n / (double)(1 << 20):F1} MiB" : n >= 1 << 10 ? $"{n / 1024.0:F1} KiB" : $"{n} B";

        private static string Micros(long usecs) => usecs >= 1000 ? $"{usecs / 1000.0:F2} ms" : $"{usecs} µs";
    }
}
