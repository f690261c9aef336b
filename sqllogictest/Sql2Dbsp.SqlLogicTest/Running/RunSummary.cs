using System.Collections.Immutable;
using System.Globalization;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>The results of a run.</summary>
internal sealed record RunSummary(ImmutableArray<FileResult> Files, TimeSpan Elapsed, int FileErrors)
{
    /// <summary>Records that passed, over all files.</summary>
    public int Passed => Files.Sum(f => f.Passed);

    /// <summary>Records that failed, over all files.</summary>
    public int Failed => Files.Sum(f => f.Failed);

    /// <summary>Records that were skipped, over all files.</summary>
    public int Skipped => Files.Sum(f => f.Skipped);

    /// <summary>The last line of a run: <c>N passed, N failed, N skipped</c>.</summary>
    public string TotalsLine => string.Create(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed, {Skipped} skipped");
}
