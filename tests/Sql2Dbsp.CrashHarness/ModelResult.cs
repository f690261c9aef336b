using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.CrashHarness;

/// <summary>The outcome of the crash run of one model.</summary>
/// <param name="Model">The fault-tolerance model.</param>
/// <param name="Kills">SIGKILLs sent.</param>
/// <param name="KillsDuringReplay">Of which right after the pipeline said it was replaying its journal.</param>
/// <param name="KillsDuringCheckpoint">Of which while a checkpoint was being written (its directory existed without its manifest).</param>
/// <param name="KillsAfterCheckpoint">Of which right after a checkpoint was published (while the journal rotates).</param>
/// <param name="Restarts">Process starts, the final one included.</param>
/// <param name="InputRecords">Input records (orders and customers).</param>
/// <param name="OutputRecords">Output changes written by the crashed-and-restarted pipeline, all views.</param>
/// <param name="ExpectedRecords">Output changes written by the uninterrupted run.</param>
/// <param name="Duplicates">Changes delivered more often than by the uninterrupted run (net weight in excess, all views).</param>
/// <param name="Losses">Changes missing from what the uninterrupted run delivered (net weight short, all views).</param>
/// <param name="Ingress">The HTTP ingress clients' records: sent, acknowledged, lost, duplicated.</param>
/// <param name="Problems">Anything else that went wrong (a run that did not start, an unclean final exit).</param>
public sealed record ModelResult(
    FaultToleranceModel Model,
    int Kills,
    int KillsDuringReplay,
    int KillsDuringCheckpoint,
    int KillsAfterCheckpoint,
    int Restarts,
    long InputRecords,
    long OutputRecords,
    long ExpectedRecords,
    long Duplicates,
    long Losses,
    IngressFigures Ingress,
    IReadOnlyList<string> Problems)
{
    /// <summary>
    /// Exactly-once: nothing missing, nothing duplicated; at-least-once: nothing missing. Under both, no acknowledged
    /// ingress record missing and nothing in the output that was never sent or was refused.
    /// </summary>
    public bool Passed => Problems.Count == 0 && Losses == 0 && (Model != FaultToleranceModel.ExactlyOnce || Duplicates == 0)
        && Ingress.Lost == 0 && Ingress.Unexpected == 0 && (Model != FaultToleranceModel.ExactlyOnce || Ingress.Duplicated == 0);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Model.ConfigName(),-14} kills {Kills} ({KillsDuringReplay} during restore/replay, {KillsDuringCheckpoint} during a checkpoint, {KillsAfterCheckpoint} right after one), restarts {Restarts}, " +
        $"input records {InputRecords:N0}, output changes {OutputRecords:N0} (uninterrupted {ExpectedRecords:N0}), duplicates {Duplicates}, losses {Losses}; {Ingress}" +
        (Problems.Count > 0 ? $", problems: {string.Join("; ", Problems)}" : "") + (Passed ? "  PASS" : "  FAIL");
}
