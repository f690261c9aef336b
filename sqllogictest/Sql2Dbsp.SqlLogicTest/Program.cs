using System.CommandLine;
using Sql2Dbsp.SqlLogicTest.Running;

namespace Sql2Dbsp.SqlLogicTest;

/// <summary>
/// The sqllogictest runner: <c>dotnet run --project sqllogictest/Sql2Dbsp.SqlLogicTest -c Release -- [options] FILES|DIRS</c>.
/// Prints one line per file and ends with <c>N passed, N failed, N skipped</c>; exits 1 when a record failed.
/// </summary>
public static class Program
{
    /// <summary>The skip list used when <c>--skip</c> is not given, if it exists (relative to the current directory).</summary>
    private const string DefaultSkipList = "sqllogictest/skip.txt";

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        var targets = new Argument<string[]>("FILES|DIRS")
        {
            Description = "sqllogictest files or directories (searched for *.test and *.slt); FILE:LINE runs only the record at that line",
            Arity = ArgumentArity.OneOrMore,
        };
        var engine = new Option<string>("--engine") { Description = "engine name for skipif/onlyif", DefaultValueFactory = _ => "postgresql" };
        var skip = new Option<string?>("--skip") { Description = $"skip list: lines 'path/to/file.test:LINE  reason' (default: {DefaultSkipList} if present)" };
        var stopOnError = new Option<bool>("--stop-on-error") { Description = "stop at the first failure" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "print SQL, expected and actual values and diagnostics of each failure" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "programs compiled and run in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxRecords = new Option<int?>("--max-records") { Description = "run only the first N query and statement records of each file" };
        var batchSize = new Option<int>("--batch-size") { Description = "queries compiled into one program", DefaultValueFactory = _ => new RunnerOptions().BatchSize };
        var replaySteps = new Option<int>("--replay-steps")
        {
            Description = "input steps that replay the file's changes (1 = feed the current contents in one step)",
            DefaultValueFactory = _ => new RunnerOptions().MaxReplaySteps,
        };
        var report = new Option<string?>("--report") { Description = "write a Markdown report of the failures, grouped by category, to this file" };
        var timings = new Option<bool>("--timings") { Description = "print where the time went (times front end and C# emission separately, at some cost)" };

        var root = new RootCommand("sqllogictest runner for Sql2Dbsp: runs each query as a view of a compiled program")
        {
            targets, engine, skip, stopOnError, verbose, jobs, maxRecords, batchSize, replaySteps, report, timings,
        };
        root.SetAction(async (r, cancel) =>
        {
            SkipList skipList;
            try
            {
                skipList = LoadSkipList(r.GetValue(skip));
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                Console.Error.WriteLine($"sql2dbsp-slt: error: {e.Message}");
                return 2;
            }
            var options = new RunnerOptions
            {
                Engine = r.GetValue(engine)!,
                SkipList = skipList,
                StopOnError = r.GetValue(stopOnError),
                Verbose = r.GetValue(verbose),
                Jobs = Math.Max(1, r.GetValue(jobs)),
                MaxRecords = r.GetValue(maxRecords),
                BatchSize = Math.Max(1, r.GetValue(batchSize)),
                MaxReplaySteps = Math.Max(1, r.GetValue(replaySteps)),
                DetailedTimings = r.GetValue(timings),
            };
            return await RunAsync(options, [.. r.GetValue(targets)!.Select(SltTarget.Parse)], r.GetValue(timings), r.GetValue(report), cancel);
        });
        return root.Parse(args).Invoke();
    }

    private static async Task<int> RunAsync(RunnerOptions options, List<SltTarget> targets, bool printTimings, string? reportPath, CancellationToken cancel)
    {
        using var reporter = new ConsoleReporter(Console.Out, options.Verbose, live: !Console.IsOutputRedirected);
        var runner = new SltRunner(options, reporter);
        reporter.Track(runner.Context.Progress, SltRunner.Expand(targets).Files.Count);
        var summary = await runner.RunAsync(targets, cancel);

        string timingText = runner.Context.Timings.Describe(summary.Elapsed);
        if (printTimings) reporter.WriteLine(timingText);
        if (reportPath is not null)
        {
            File.WriteAllText(reportPath, FailureReport.Render(summary, Directory.GetCurrentDirectory(), timingText));
            reporter.WriteLine($"failure report written to {reportPath}");
        }
        reporter.WriteLine(summary.TotalsLine);
        return summary.Failed == 0 && summary.FileErrors == 0 ? 0 : 1;
    }

    private static SkipList LoadSkipList(string? path)
    {
        if (path is not null) return SkipList.Load(path);
        return File.Exists(DefaultSkipList) ? SkipList.Load(DefaultSkipList) : SkipList.Empty;
    }
}
