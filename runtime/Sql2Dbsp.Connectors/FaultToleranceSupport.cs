using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.Connectors;

/// <summary>
/// What a connector can do for fault tolerance, declared as data so the host can refuse a fault-tolerant pipeline
/// whose connectors cannot honour the model, naming the connector.
/// </summary>
/// <param name="SuspendResume">The connector can stop at a step boundary and continue from a saved position later.</param>
/// <param name="AtLeastOnce">Input: it can seek back to a checkpointed position. Output: it never loses a delivered batch.</param>
/// <param name="ExactlyOnce">Input: it can replay a journaled step exactly (by re-reading or from journaled data).
/// Output: it discards batches it already delivered (deduplication by transaction number).</param>
public sealed record FaultToleranceSupport(bool SuspendResume, bool AtLeastOnce, bool ExactlyOnce)
{
    /// <summary>Whether the connector can take part in a pipeline with <paramref name="model"/>.</summary>
    public bool Supports(FaultToleranceModel model) => model switch
    {
        FaultToleranceModel.None => true,
        FaultToleranceModel.AtLeastOnce => AtLeastOnce,
        _ => ExactlyOnce,
    };
}
