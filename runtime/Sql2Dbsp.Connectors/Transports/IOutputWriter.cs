namespace Sql2Dbsp.Connectors.Transports;

/// <summary>Identifies an output batch: the step and transaction whose changes it holds, and how many changes.</summary>
/// <param name="Step">The circuit step that produced the changes.</param>
/// <param name="Transaction">The transaction the step committed (a fault-tolerant sink skips transactions it already wrote).</param>
/// <param name="Records">The number of changed rows in the batch.</param>
public readonly record struct OutputBatchInfo(long Step, long Transaction, int Records);

/// <summary>Delivers one output endpoint's encoded batches to its destination.</summary>
public interface IOutputWriter : IAsyncDisposable
{
    /// <summary>Writes one batch; when this completes the batch is with the destination (flushed, not fsynced).</summary>
    ValueTask WriteBatchAsync(OutputBatchInfo batch, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>
    /// Called between batches when a checkpoint is taken (nothing is being written): makes what was written durable
    /// (fsync) and returns the writer's progress token, which the checkpoint stores and gives back in
    /// <see cref="OutputWriterContext.ResumeToken"/> when the pipeline resumes from it. Null: the writer keeps no progress.
    /// </summary>
    ValueTask<string?> CommitAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    /// <summary>
    /// What an exactly-once sink that keeps its own progress record found delivered when it resumed (null otherwise).
    /// The host checks it against the journal: a sink cannot have delivered a transaction the journal does not hold,
    /// so one that did shows that journal steps were lost.
    /// </summary>
    DeliveredProgress? ResumedProgress => null;
}

/// <summary>The last transaction a sink's progress record says was delivered, and where that record is.</summary>
/// <param name="Transaction">Every transaction up to this one was delivered.</param>
/// <param name="Source">The progress record (a file path), for messages.</param>
public readonly record struct DeliveredProgress(long Transaction, string Source);
