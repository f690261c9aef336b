using System.Globalization;
using System.Text;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>
/// A Markdown report of a run's failures grouped by category (see <see cref="FailureCategory"/>), largest group first,
/// with the per-folder counts, a couple of example records per category and the location of every failure.
/// </summary>
internal static class FailureReport
{
    private const int Examples = 2;

    /// <summary>Every failure is listed by location (up to this many per category) after the examples.</summary>
    private const int Listed = 300;

    /// <summary>Renders the report.</summary>
    /// <param name="root">Paths are shown relative to this directory when they are inside it.</param>
    public static string Render(RunSummary summary, string root, string? timings = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# sqllogictest failures\n\n");
        sb.Append(inv, $"{summary.TotalsLine} ({summary.Files.Length} files, {summary.Elapsed.TotalSeconds:F0} s wall)\n\n");
        if (timings is not null) sb.Append("```\n").Append(timings).Append("\n```\n\n");

        sb.Append("## Per folder\n\n| folder | files | passed | failed | skipped | pass rate of run records |\n|---|---|---|---|---|---|\n");
        foreach (var g in summary.Files.GroupBy(f => Path.GetDirectoryName(Relative(f.Path, root)) ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int p = g.Sum(f => f.Passed), f = g.Sum(f => f.Failed), s = g.Sum(f => f.Skipped);
            sb.Append(inv, $"| {g.Key} | {g.Count()} | {p} | {f} | {s} | {Rate(p, f)} |\n");
        }

        var failures = summary.Files
            .SelectMany(f => f.Results.Where(r => r.Status == RecordStatus.Failed).Select(r => (File: f, Result: r)))
            .GroupBy(x => x.Result.Category ?? "other")
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        sb.Append("\n## Failures by category\n\n| count | category |\n|---|---|\n");
        foreach (var g in failures) sb.Append(inv, $"| {g.Count()} | {Escape(g.Key)} |\n");

        foreach (var g in failures)
        {
            sb.Append(inv, $"\n### {g.Count()} × {g.Key}\n");
            foreach (var (file, result) in g.Take(Examples))
            {
                sb.Append(inv, $"\n`{Relative(file.Path, root)}:{result.Record.Line}`: {result.Message}\n\n```\n");
                sb.Append(result.Details?.TrimEnd()).Append("\n```\n");
            }
            if (g.Count() > Examples)
            {
                sb.Append("\nAll records of this category:\n\n");
                foreach (var (file, result) in g.Take(Listed))
                    sb.Append(inv, $"- `{Relative(file.Path, root)}:{result.Record.Line}`: {result.Message}\n");
                if (g.Count() > Listed) sb.Append(inv, $"- ... and {g.Count() - Listed} more\n");
            }
        }
        return sb.ToString();
    }

    private static string Rate(int passed, int failed) =>
        passed + failed == 0 ? "-" : (100.0 * passed / (passed + failed)).ToString("F2", CultureInfo.InvariantCulture) + " %";

    private static string Relative(string path, string root)
    {
        string relative = Path.GetRelativePath(root, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
