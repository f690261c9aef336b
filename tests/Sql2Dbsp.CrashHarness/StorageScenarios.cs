using System.Globalization;
using System.Text;

namespace Sql2Dbsp.CrashHarness;

/// <summary>The outcome of <see cref="StorageScenarios.IngressKillAsync"/>.</summary>
/// <param name="Acknowledged">Records whose <c>POST /ingress</c> answered 200 before the SIGKILL.</param>
/// <param name="Delivered">The view's output after the restart, integrated: id → net weight.</param>
/// <param name="Output">What the processes wrote (for failure messages).</param>
public sealed record IngressKillResult(int Acknowledged, IReadOnlyDictionary<long, long> Delivered, string Output);

/// <summary>The outcome of <see cref="StorageScenarios.SecondProcessAsync"/>.</summary>
/// <param name="HolderPid">The process id of the pipeline holding the storage.</param>
/// <param name="SecondExitCode">The exit code of the second process on the same storage.</param>
/// <param name="SecondOutput">What the second process wrote.</param>
/// <param name="SecondSeconds">How long the second process ran.</param>
/// <param name="TakenOver">After the holder was SIGKILLed, a third process started on the storage (its lock was stale).</param>
public sealed record SecondProcessResult(int HolderPid, int SecondExitCode, string SecondOutput, double SecondSeconds, bool TakenOver);

/// <summary>One run of <see cref="StorageScenarios.FailedPipelineAsync"/>.</summary>
/// <param name="Status">The <c>/status</c> answer once failed.</param>
/// <param name="Stats">The <c>/stats</c> answer after that.</param>
/// <param name="ExitCode">The exit code after SIGINT.</param>
/// <param name="Output">What the process wrote.</param>
public sealed record FailedRun(string Status, string Stats, int ExitCode, string Output);

/// <summary>
/// Single scenarios against the <c>sql2dbsp</c> CLI as a child process: acknowledged ingress survives a SIGKILL, and a
/// second process is refused the storage of a running pipeline.
/// </summary>
public static class StorageScenarios
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private const string Program = """
        CREATE TABLE t (id BIGINT NOT NULL);
        CREATE MATERIALIZED VIEW v
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "v.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT id FROM t;
        """;

    /// <summary>
    /// Posts <paramref name="records"/> records (one request each) to an exactly-once pipeline, then one more whose
    /// answer it does not wait for, SIGKILLs the process right after the last 200 (so the unanswered request dies
    /// somewhere between parsing, its fsync and its step), restarts it, and stops it with SIGINT: every acknowledged
    /// record must be in the output exactly once, and the unanswered one at most once.
    /// </summary>
    public static async Task<IngressKillResult> IngressKillAsync(string root, int records = 15)
    {
        string directory = Prepare(root, "ingress-kill");
        string cli = CrashRunner.FindCli();
        var output = new StringBuilder();
        int acknowledged = 0;
        using (var first = PipelineProcess.Start(cli, directory, null))
        {
            var api = await first.AddressAsync(Timeout).ConfigureAwait(false);
            using var client = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
            for (int i = 0; i < records; i++)
            {
                using var content = new StringContent($$$"""{"insert": {"id": {{{i}}}}}""", Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("ingress/t?format=json", content).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"ingress answered {response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
                acknowledged++;
            }
            using var inFlight = new StringContent($$$"""{"insert": {"id": {{{records}}}}}""", Encoding.UTF8, "application/json");
            _ = client.PostAsync("ingress/t?format=json", inFlight).ContinueWith(static t => t.Exception, TaskScheduler.Default);
            await Task.Delay(1).ConfigureAwait(false);
            first.Kill();
            await first.WaitForExitAsync(Timeout).ConfigureAwait(false);
            output.AppendLine(first.Output);
        }
        using (var second = PipelineProcess.Start(cli, directory, null))
        {
            await second.AddressAsync(Timeout).ConfigureAwait(false);
            second.Interrupt();
            await second.WaitForExitAsync(Timeout).ConfigureAwait(false);
            output.AppendLine(second.Output);
        }
        var delivered = new Dictionary<long, long>();
        foreach (string line in File.ReadAllLines(Path.Combine(directory, "v.csv")))
        {
            if (line.Length == 0) continue;
            string[] fields = line.Split(',');
            long id = long.Parse(fields[0], CultureInfo.InvariantCulture);
            delivered[id] = delivered.GetValueOrDefault(id) + long.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        TryDelete(directory);
        return new IngressKillResult(acknowledged, delivered, output.ToString());
    }

    /// <summary>
    /// Starts a pipeline, then a second one on the same storage (which must exit at once naming the first), then
    /// SIGKILLs the first and starts a third (which must take the stale lock over).
    /// </summary>
    public static async Task<SecondProcessResult> SecondProcessAsync(string root)
    {
        string directory = Prepare(root, "second-process");
        string cli = CrashRunner.FindCli();
        using var first = PipelineProcess.Start(cli, directory, null);
        await first.AddressAsync(Timeout).ConfigureAwait(false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int exitCode;
        string secondOutput;
        using (var second = PipelineProcess.Start(cli, directory, null))
        {
            if (!await second.WaitForExitAsync(Timeout).ConfigureAwait(false)) throw new InvalidOperationException("the second process kept running:\n" + second.Output);
            exitCode = second.ExitCode;
            secondOutput = second.Output;
        }
        double seconds = clock.Elapsed.TotalSeconds;
        first.Kill();
        await first.WaitForExitAsync(Timeout).ConfigureAwait(false);
        bool takenOver;
        using (var third = PipelineProcess.Start(cli, directory, null))
        {
            try
            {
                await third.AddressAsync(Timeout).ConfigureAwait(false);
                takenOver = true;
            }
            catch (InvalidOperationException)
            {
                takenOver = false;
            }
            third.Interrupt();
            await third.WaitForExitAsync(Timeout).ConfigureAwait(false);
        }
        TryDelete(directory);
        return new SecondProcessResult(first.Id, exitCode, secondOutput, seconds, takenOver);
    }

    /// <summary>
    /// Runs an exactly-once pipeline whose view divides by zero on the second record: it must stay up in state Failed
    /// with the error in <c>/status</c> and <c>/stats</c>, and so must a restart (which applies the acknowledged record
    /// again). Returns each run's <c>/status</c> and <c>/stats</c> once failed, and its exit code after SIGINT.
    /// </summary>
    public static async Task<IReadOnlyList<FailedRun>> FailedPipelineAsync(string root)
    {
        string directory = Prepare(root, "failed", FailingProgram, Durable);
        string cli = CrashRunner.FindCli();
        var runs = new List<FailedRun>();
        for (int run = 0; run < 2; run++)
        {
            using var process = PipelineProcess.Start(cli, directory, null);
            var api = await process.AddressAsync(Timeout).ConfigureAwait(false);
            using var client = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
            if (run == 0)
                foreach (var (body, expected) in ((string, System.Net.HttpStatusCode)[])[
                    ("""{"insert": {"a": 6, "b": 3}}""", System.Net.HttpStatusCode.OK),
                    // Durable, but the step applying it fails: the pipeline is not running any more when it would answer.
                    ("""{"insert": {"a": 1, "b": 0}}""", System.Net.HttpStatusCode.ServiceUnavailable)])
                {
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await client.PostAsync("ingress/t?format=json", content).ConfigureAwait(false);
                    if (response.StatusCode != expected)
                        throw new InvalidOperationException($"ingress answered {response.StatusCode}, not {expected}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
                }
            string status = "";
            var deadline = DateTime.UtcNow + Timeout;
            while (!status.Contains("\"Failed\"", StringComparison.Ordinal) && DateTime.UtcNow < deadline && !process.HasExited)
            {
                status = await client.GetStringAsync("status").ConfigureAwait(false);
                await Task.Delay(20).ConfigureAwait(false);
            }
            // Answered after the failure: the process is still there.
            string stats = await client.GetStringAsync("stats").ConfigureAwait(false);
            process.Interrupt();
            await process.WaitForExitAsync(Timeout).ConfigureAwait(false);
            runs.Add(new FailedRun(status, stats, process.ExitCode, process.Output));
        }
        TryDelete(directory);
        return runs;
    }

    private const string FailingProgram = """
        CREATE TABLE t (a INT NOT NULL, b INT NOT NULL);
        CREATE MATERIALIZED VIEW q AS SELECT a / b AS r FROM t;
        """;

    private const string Durable = """{"storage": {"path": "state"}, "fault_tolerance": {"model": "exactly_once", "checkpoint_interval_secs": null}}""";

    private static string Prepare(string root, string name) => Prepare(root, name, Program, Durable);

    private static string Prepare(string root, string name, string program, string config)
    {
        string directory = Path.Combine(root, name);
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "program.sql"), program);
        File.WriteAllText(Path.Combine(directory, "pipeline.json"), config);
        return directory;
    }

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
