using System.Diagnostics;
using System.Text.Json;
using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.CrashHarness;

/// <summary>
/// The crash test: an uninterrupted reference run, then per model a run that is SIGKILLed again and again while its
/// input files grow and HTTP ingress clients post records (<see cref="IngressClients"/>; kills at random moments, right
/// after a restart began replaying or restoring, inside a checkpoint write, right after a checkpoint was published,
/// right after a 200 from <c>/ingress</c>), restarted each time with the same storage, and finally run to the end of its
/// input and suspended (<c>POST /suspend</c>, the CLI exits 0), resumed once more and stopped with SIGINT. Its output
/// files are then compared with the reference run's and the ingress output with what the clients were answered; under
/// exactly-once, output committed before a kill must also be unchanged after it (<see cref="DeliveredPrefix"/>).
/// </summary>
public static class CrashRunner
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromSeconds(180);

    /// <summary>Runs the crash test; returns one result per model.</summary>
    public static async Task<IReadOnlyList<ModelResult>> RunAsync(HarnessOptions options)
    {
        string cli = FindCli();
        string root = options.Directory ?? Path.Combine(Path.GetTempPath(), "sql2dbsp-crash", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        var plan = InputPlan.Create(options.Orders, options.Chunks, options.Seed);
        options.Log($"crash harness: {plan.Records:N0} input records in {options.Chunks} chunks, {options.Kills} kills per model, seed {options.Seed}, in {root}");

        string reference = Prepare(root, "uninterrupted", FaultToleranceModel.None);
        for (int i = 0; i < plan.Chunks.Count; i++) plan.Append(reference, i);
        var watch = Stopwatch.StartNew();
        var problems = new List<string>();
        await RunToEndAsync(cli, reference, problems).ConfigureAwait(false);
        if (problems.Count > 0) throw new InvalidOperationException("the uninterrupted run failed: " + string.Join("; ", problems));
        options.Log($"uninterrupted run: {watch.Elapsed.TotalSeconds:F1} s");

        var results = new List<ModelResult>();
        foreach (var model in options.Models)
        {
            watch.Restart();
            var result = await RunModelAsync(cli, root, reference, plan, model, options).ConfigureAwait(false);
            options.Log($"{result}  ({watch.Elapsed.TotalSeconds:F1} s)");
            results.Add(result);
        }
        if (options.Directory is null && results.All(r => r.Passed)) TryDelete(root);
        return results;
    }

    private static async Task<ModelResult> RunModelAsync(string cli, string root, string reference, InputPlan plan, FaultToleranceModel model, HarnessOptions options)
    {
        string directory = Prepare(root, model.ConfigName(), model);
        var random = new Random(options.Seed * 31 + (int)model);
        var problems = new List<string>();
        int appended = 0, kills = 0, duringReplay = 0, duringCheckpoint = 0, afterCheckpoint = 0, restarts = 0, afterAcknowledgement = 0, withRequestsInFlight = 0;
        var ingress = new IngressClients(model, options.IngressClients);
        int chunksPerRun = (plan.Chunks.Count + options.Kills - 1) / options.Kills;
        var delivered = new DeliveredPrefix();
        while (kills < options.Kills)
        {
            // Part of the input arrives while the pipeline is down, part while it runs.
            if (appended < plan.Chunks.Count) plan.Append(directory, appended++);
            int strategy = random.Next(10);
            var replayed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var checkpointed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var process = PipelineProcess.Start(cli, directory, line =>
            {
                if (line.Contains("replaying", StringComparison.Ordinal) || line.Contains("resumed from checkpoint", StringComparison.Ordinal)) replayed.TrySetResult();
                if (line.Contains("checkpoint", StringComparison.Ordinal) && line.Contains(" written", StringComparison.Ordinal)) checkpointed.TrySetResult();
            });
            restarts++;
            using var stopClients = new CancellationTokenSource();
            var clients = ingress.RunAsync(process, stopClients.Token);
            int inFlightAtKill = -1;
            var killedAfterAcknowledgement = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // Checkpoint directories without a manifest left by an earlier kill are not "in progress" now.
            var leftovers = UnfinishedCheckpoints(directory);
            var lifetime = TimeSpan.FromMilliseconds(50 + random.NextDouble() * (options.MaxLifetime.TotalMilliseconds - 50));
            var clock = Stopwatch.StartNew();
            var started = Stopwatch.StartNew();
            int toAppend = chunksPerRun - 1;
            string kind = "random";
            bool armed = false;
            while (clock.Elapsed < lifetime + TimeSpan.FromSeconds(strategy < 6 ? 3 : 0))
            {
                // Random kills (and kills after a 200) count their moment from when the API serves: the ingress
                // clients need it, and starting the CLI alone can take longer than a lifetime on a loaded machine.
                if (strategy >= 4 && !process.Serving && !process.HasExited)
                {
                    if (started.Elapsed > StartTimeout)
                    {
                        problems.Add($"run {restarts} did not serve its API within {StartTimeout.TotalSeconds} s: {Tail(process.Output)}");
                        break;
                    }
                    clock.Restart();
                }
                if (strategy < 2 && replayed.Task.IsCompleted)
                {
                    kind = "replay";
                    break;
                }
                if (strategy is 2 or 3 && UnfinishedCheckpoints(directory).Except(leftovers).Any())
                {
                    kind = "in checkpoint";
                    break;
                }
                if (strategy is 2 or 3 && checkpointed.Task.IsCompleted && clock.Elapsed > lifetime)
                {
                    kind = "checkpoint";
                    break;
                }
                // Kill as soon as the next 200 arrives: the acknowledged records were fsynced and applied, but
                // the step's output, the journal and the next checkpoint may not be written yet.
                if (strategy is 4 or 5 && model == FaultToleranceModel.ExactlyOnce && clock.Elapsed >= lifetime && !armed)
                {
                    armed = true;
                    ingress.OnNextAcknowledgement(() =>
                    {
                        // No new request after the kill: those in flight now are the ones whose outcome is unknown.
                        stopClients.Cancel();
                        Volatile.Write(ref inFlightAtKill, ingress.InFlight);
                        killedAfterAcknowledgement.TrySetResult();
                        process.Kill();
                    });
                }
                if (killedAfterAcknowledgement.Task.IsCompleted)
                {
                    kind = "after ack";
                    break;
                }
                if ((strategy >= 6 || (strategy is 4 or 5 && model != FaultToleranceModel.ExactlyOnce)) && clock.Elapsed >= lifetime) break;
                if (process.HasExited) break;
                if (toAppend > 0 && appended < plan.Chunks.Count && clock.Elapsed.TotalMilliseconds > (chunksPerRun - toAppend) * lifetime.TotalMilliseconds / chunksPerRun)
                {
                    plan.Append(directory, appended++);
                    toAppend--;
                }
                await Task.Delay(strategy is 2 or 3 ? 1 : random.Next(1, 10)).ConfigureAwait(false);
            }
            ingress.CancelOnNextAcknowledgement();
            if (killedAfterAcknowledgement.Task.IsCompleted) kind = "after ack";
            if (process.HasExited && !killedAfterAcknowledgement.Task.IsCompleted)
            {
                problems.Add($"run {restarts} exited by itself with code {process.ExitCode}: {Tail(process.Output)}");
                break;
            }
            await stopClients.CancelAsync().ConfigureAwait(false);
            if (Volatile.Read(ref inFlightAtKill) < 0) inFlightAtKill = ingress.InFlight;
            process.Kill();
            await process.WaitForExitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            await clients.ConfigureAwait(false);
            kills++;
            if (inFlightAtKill > 0) withRequestsInFlight++;
            if (model == FaultToleranceModel.ExactlyOnce) delivered.Observe(directory, kills);
            if (kind == "replay") duringReplay++;
            else if (kind == "in checkpoint") duringCheckpoint++;
            else if (kind == "checkpoint") afterCheckpoint++;
            else if (kind == "after ack") afterAcknowledgement++;
        }
        while (appended < plan.Chunks.Count) plan.Append(directory, appended++);
        restarts++;
        // The last run suspends; one more start must then resume with nothing left to do, and stop cleanly.
        await RunToEndAsync(cli, directory, problems, suspend: true).ConfigureAwait(false);
        restarts++;
        await RunToEndAsync(cli, directory, problems).ConfigureAwait(false);
        if (model == FaultToleranceModel.ExactlyOnce)
        {
            delivered.Finish(directory);
            problems.AddRange(delivered.Violations);
        }
        var (duplicates, losses, actual, expected, examples) = OutputComparison.Compare(reference, directory);
        if (duplicates + losses > 0) problems.AddRange(model == FaultToleranceModel.AtLeastOnce && losses == 0 ? [] : examples);
        var figures = ingress.Check(directory, afterAcknowledgement, withRequestsInFlight);
        problems.AddRange(figures.Problems);
        return new ModelResult(model, kills, duringReplay, duringCheckpoint, afterCheckpoint, restarts, plan.Records, actual, expected, duplicates, losses, figures, problems);
    }

    /// <summary>
    /// Starts the pipeline, waits until it has read, processed and written all of its input, and stops it: with SIGINT,
    /// or with <c>POST /suspend</c>, after which <c>sql2dbsp run</c> must exit with code 0.
    /// </summary>
    private static async Task RunToEndAsync(string cli, string directory, List<string> problems, bool suspend = false)
    {
        using var process = PipelineProcess.Start(cli, directory, null);
        Uri api;
        try
        {
            api = await process.AddressAsync(StartTimeout).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            problems.Add($"the final run did not start: {e.Message} {Tail(process.Output)}");
            process.Kill();
            return;
        }
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (await process.StatsAsync(api).ConfigureAwait(false) is { } stats && Done(stats, directory)) break;
            if (process.HasExited || deadline.Elapsed > FinishTimeout)
            {
                problems.Add($"the final run did not finish its input: {Tail(process.Output)}");
                process.Kill();
                return;
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
        if (suspend)
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            using var response = await client.PostAsync(new Uri(api, "suspend"), null).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) problems.Add($"POST /suspend answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }
        else process.Interrupt();
        if (!await process.WaitForExitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false))
        {
            problems.Add($"the final run did not stop on {(suspend ? "POST /suspend" : "SIGINT")}");
            process.Kill();
        }
        else if (process.ExitCode != 0) problems.Add($"the final run exited with code {process.ExitCode}: {Tail(process.Output)}");
    }

    /// <summary>Both inputs were read to the end of their files, nothing is buffered, and every output wrote everything.</summary>
    private static bool Done(JsonElement stats, string directory)
    {
        var global = stats.GetProperty("global_metrics");
        if (global.GetProperty("buffered_input_records").GetInt64() != 0) return false;
        if (global.GetProperty("total_completed_records").GetInt64() < global.GetProperty("total_processed_records").GetInt64()) return false;
        foreach (var input in stats.GetProperty("inputs").EnumerateArray())
        {
            // HTTP ingress endpoints (api-ingress-events-json) have nothing left to read once nothing is buffered.
            string? file = input.GetProperty("endpoint_name").GetString() switch
            {
                "customers.file" => "customers.csv",
                "orders.file" => "orders.csv",
                _ => null,
            };
            if (file is null) continue;
            var position = input.TryGetProperty("position", out var top) ? top : input.GetProperty("metrics").GetProperty("position");
            long offset = position.ValueKind == JsonValueKind.Object ? position.GetProperty("offset").GetInt64() : 0;
            if (offset != new FileInfo(Path.Combine(directory, file)).Length) return false;
        }
        foreach (var output in stats.GetProperty("outputs").EnumerateArray())
            if (output.GetProperty("metrics").GetProperty("queued_batches").GetInt64() != 0) return false;
        return true;
    }

    /// <summary>Checkpoint directories being written: created, but without their manifest yet.</summary>
    private static HashSet<string> UnfinishedCheckpoints(string directory)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        string storage = Path.Combine(directory, "state");
        if (!Directory.Exists(storage)) return found;
        try
        {
            foreach (string dir in Directory.EnumerateDirectories(storage, "checkpoint-*"))
                if (!File.Exists(Path.Combine(dir, "manifest.json"))) found.Add(dir);
        }
        catch (IOException)
        {
            // A directory deleted while listing (garbage collection): look again next time.
        }
        return found;
    }

    private static string Prepare(string root, string name, FaultToleranceModel model)
    {
        string directory = Path.Combine(root, name);
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "program.sql"), InputPlan.Program);
        // Checkpoints every second (the shortest interval), so that kills land around them.
        File.WriteAllText(Path.Combine(directory, "pipeline.json"),
            $$$"""{"storage": {"path": "state"}, "fault_tolerance": {"model": "{{{model.ConfigName()}}}", "checkpoint_interval_secs": 1}}""");
        File.WriteAllText(Path.Combine(directory, "customers.csv"), "");
        File.WriteAllText(Path.Combine(directory, "orders.csv"), "");
        return directory;
    }

    /// <summary>The <c>sql2dbsp</c> CLI built with the harness (a project reference copies it next to the harness).</summary>
    internal static string FindCli()
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "Sql2Dbsp.Cli.dll");
        if (!File.Exists(cli)) throw new FileNotFoundException($"the sql2dbsp CLI is not next to the harness: {cli}");
        return cli;
    }

    private static string Tail(string output) => output.Length > 1500 ? "…" + output[^1500..] : output;

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temporary folder.
        }
    }
}
