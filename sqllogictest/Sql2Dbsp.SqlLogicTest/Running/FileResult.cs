using System.Collections.Immutable;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>The results of one file, in record order.</summary>
/// <param name="Error">Why the file could not be run at all (unreadable), else null.</param>
internal sealed record FileResult(string Path, ImmutableArray<RecordResult> Results, TimeSpan Elapsed, string? Error = null)
{
    /// <summary>Records that passed.</summary>
    public int Passed => Results.Count(r => r.Status == RecordStatus.Passed);

    /// <summary>Records that failed.</summary>
    public int Failed => Results.Count(r => r.Status == RecordStatus.Failed);

    /// <summary>Records that were skipped.</summary>
    public int Skipped => Results.Count(r => r.Status == RecordStatus.Skipped);
}
