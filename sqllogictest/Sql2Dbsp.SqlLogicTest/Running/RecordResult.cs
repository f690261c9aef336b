using Sql2Dbsp.SqlLogicTest.Format;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>Whether a record passed.</summary>
internal enum RecordStatus
{
    /// <summary>It ran and matched.</summary>
    Passed,

    /// <summary>It ran and did not match, or could not run.</summary>
    Failed,

    /// <summary>It did not run: a <c>skipif</c>/<c>onlyif</c> condition or the skip list excluded it.</summary>
    Skipped,
}

/// <summary>The result of one query or statement record.</summary>
/// <param name="Message">For a failure, what went wrong (one line); for a skip, why.</param>
/// <param name="Category">For a failure, the group it is counted in by the failure report.</param>
/// <param name="Details">For a failure, the text <c>--verbose</c> prints: SQL, expected, actual, diagnostics.</param>
/// <param name="ActualHash">For a query that ran and matched, the hash of its result (what its label compares).</param>
internal sealed record RecordResult(
    SltRecord Record, RecordStatus Status, string? Message = null, string? Category = null, string? Details = null, string? ActualHash = null);
