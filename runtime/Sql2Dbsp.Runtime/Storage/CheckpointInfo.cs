namespace Sql2Dbsp.Runtime.Storage;

/// <summary>A checkpoint written to, or restored from, a storage directory.</summary>
/// <param name="Sequence">The checkpoint's number in its storage directory (1, 2, …).</param>
/// <param name="Step">Number of steps the circuit had completed: a restored circuit continues with step <c>Step + 1</c>.</param>
/// <param name="Directory">The checkpoint's own directory.</param>
/// <param name="Bytes">Total size of its state files.</param>
/// <param name="StateCount">Number of state files (stateful operators and materialized outputs).</param>
/// <param name="Elapsed">Time taken to write or restore it.</param>
/// <param name="Properties">The caller's metadata saved with it.</param>
public sealed record CheckpointInfo(
    long Sequence,
    long Step,
    string Directory,
    long Bytes,
    int StateCount,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, string> Properties);

/// <summary>The outcome of restoring a circuit from a storage directory.</summary>
/// <param name="Checkpoint">The checkpoint that was loaded.</param>
/// <param name="Skipped">Newer checkpoints that could not be used, each with the reason (corruption, truncation).</param>
public sealed record RestoredCheckpoint(CheckpointInfo Checkpoint, IReadOnlyList<string> Skipped);
