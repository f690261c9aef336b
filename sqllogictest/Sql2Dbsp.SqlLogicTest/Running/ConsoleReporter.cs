using System.Globalization;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>
/// Prints one line per finished file (and, with <c>--verbose</c>, every failure in detail) to standard output, and on
/// a terminal a progress line that is redrawn in place: records done, rate, failures, files.
/// </summary>
internal sealed class ConsoleReporter : IRunReporter, IDisposable
{
    private readonly TextWriter output;
    private readonly bool verbose;
    private readonly Lock gate = new();
    private readonly Timer? timer;
    private readonly DateTime started = DateTime.UtcNow;
    private RunProgress? progress;
    private int totalFiles;
    private int progressWidth;

    /// <param name="output">Where results go.</param>
    /// <param name="verbose">Print failure details.</param>
    /// <param name="live">Draw the progress line (only sensible on a terminal).</param>
    public ConsoleReporter(TextWriter output, bool verbose, bool live)
    {
        this.output = output;
        this.verbose = verbose;
        if (live) timer = new Timer(_ => DrawProgress(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Connects the progress line to a run's counters.</summary>
    public void Track(RunProgress counters, int files)
    {
        progress = counters;
        totalFiles = files;
    }

    /// <inheritdoc/>
    public void FileFinished(FileResult result)
    {
        lock (gate)
        {
            ClearProgress();
            if (verbose)
                foreach (var r in result.Results.Where(r => r.Status == RecordStatus.Failed))
                    output.WriteLine($"FAILED {result.Path}:{r.Record.Line}: {r.Message}\n{r.Details}\n");
            string status = result.Failed > 0 ? "FAIL" : "ok  ";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{status} {result.Path}: {result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped ({result.Elapsed.TotalSeconds:F1} s)"));
        }
    }

    /// <inheritdoc/>
    public void FileError(string path, string message)
    {
        lock (gate)
        {
            ClearProgress();
            output.WriteLine($"ERROR {path}: {message}");
        }
    }

    /// <summary>Writes a line (clearing the progress line first).</summary>
    public void WriteLine(string line)
    {
        lock (gate)
        {
            ClearProgress();
            output.WriteLine(line);
        }
    }

    private void DrawProgress()
    {
        if (progress is not { } p) return;
        lock (gate)
        {
            double seconds = Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
            string line = string.Create(CultureInfo.InvariantCulture,
                $"[{p.Done:N0} records | {p.Done / seconds:N0}/s | {p.Failed:N0} failed | {p.FilesDone}/{totalFiles} files | {seconds:F0} s]");
            output.Write("\r" + line.PadRight(progressWidth));
            progressWidth = line.Length;
            output.Flush();
        }
    }

    private void ClearProgress()
    {
        if (progressWidth == 0) return;
        output.Write("\r" + new string(' ', progressWidth) + "\r");
        progressWidth = 0;
    }

    /// <summary>Stops the progress line and erases it.</summary>
    public void Dispose()
    {
        timer?.Dispose();
        lock (gate) ClearProgress();
    }
}
