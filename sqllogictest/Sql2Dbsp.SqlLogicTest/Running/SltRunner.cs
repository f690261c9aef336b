using System.Collections.Immutable;
using System.Diagnostics;
using Sql2Dbsp.SqlLogicTest.Format;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>
/// Runs files and directories (recursively: every <c>*.test</c> and <c>*.slt</c>, in path order). Files run in
/// parallel and so do the query batches within a file; <see cref="RunnerOptions.Jobs"/> bounds how many programs
/// compile and run at once.
/// </summary>
internal sealed class SltRunner(RunnerOptions options, IRunReporter reporter)
{
    /// <summary>The run's shared state: live counters and timings.</summary>
    public RunContext Context { get; } = new(options);

    /// <summary>The files <paramref name="targets"/> name (directories expanded), and the targets that do not exist.</summary>
    public static (List<(string Path, int? Line)> Files, List<string> Missing) Expand(IEnumerable<SltTarget> targets)
    {
        var files = new List<(string Path, int? Line)>();
        var missing = new List<string>();
        foreach (var target in targets)
        {
            if (Directory.Exists(target.Path))
                files.AddRange(Directory.EnumerateFiles(target.Path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".test", StringComparison.Ordinal) || f.EndsWith(".slt", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, (int?)null)));
            else if (File.Exists(target.Path)) files.Add((target.Path, target.Line));
            else missing.Add(target.Path);
        }
        return (files, missing);
    }

    /// <summary>Runs <paramref name="targets"/> and returns every file's results.</summary>
    public async Task<RunSummary> RunAsync(IReadOnlyList<SltTarget> targets, CancellationToken cancel = default)
    {
        long start = Stopwatch.GetTimestamp();
        using var registration = cancel.Register(Context.Stop);
        var (work, missing) = Expand(targets);
        foreach (var path in missing) reporter.FileError(path, "no such file or directory");
        int errors = missing.Count;

        var results = new FileResult?[work.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs), CancellationToken = Context.Stopping };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, work.Count), parallel, async (i, _) =>
            {
                var (path, line) = work[i];
                SltFile file;
                long parse = Stopwatch.GetTimestamp();
                try
                {
                    file = SltParser.ParseFile(path);
                }
                catch (IOException e)
                {
                    reporter.FileError(path, e.Message);
                    Interlocked.Increment(ref errors);
                    return;
                }
                Context.Timings.Add(Execution.Timings.Phase.ParseFiles, parse);
                var result = await new FileRunner(Context).RunAsync(file, line);
                results[i] = result;
                Context.Progress.FileDone();
                reporter.FileFinished(result);
            });
        }
        catch (OperationCanceledException) when (Context.Stopping.IsCancellationRequested)
        {
            // --stop-on-error: files that did not start are not reported.
        }
        return new RunSummary([.. results.OfType<FileResult>()], Stopwatch.GetElapsedTime(start), errors);
    }
}
