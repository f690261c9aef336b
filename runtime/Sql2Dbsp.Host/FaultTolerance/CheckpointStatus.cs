namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>A checkpoint that could not be taken.</summary>
/// <param name="SequenceNumber">The request's sequence number.</param>
/// <param name="Error">Why.</param>
public sealed record CheckpointFailure(long SequenceNumber, string Error);

/// <summary>A checkpoint the host wrote.</summary>
/// <param name="SequenceNumber">The request's sequence number (what <c>POST /checkpoint</c> returned).</param>
/// <param name="Checkpoint">The checkpoint's number in the storage directory.</param>
/// <param name="Step">Steps it covers.</param>
/// <param name="Transaction">Transactions it covers.</param>
/// <param name="Bytes">Size of the circuit state and the upsert state.</param>
/// <param name="Duration">Time from the request being taken up to the publication (including waiting for outputs).</param>
/// <param name="Directory">The checkpoint's directory.</param>
public sealed record CompletedCheckpoint(long SequenceNumber, long Checkpoint, long Step, long Transaction, long Bytes, TimeSpan Duration, string Directory);

/// <summary>
/// <c>GET /checkpoint_status</c>, as in Feldera: the sequence number of the newest successful checkpoint and the newest
/// failure, plus details of the last successful one.
/// </summary>
/// <param name="Success">The newest successful request's sequence number (null: none yet).</param>
/// <param name="Failure">The newest failed request, if it is newer than the last success.</param>
/// <param name="Last">The newest successful checkpoint.</param>
public sealed record CheckpointStatus(long? Success, CheckpointFailure? Failure, CompletedCheckpoint? Last)
{
    /// <summary>No checkpoint requested yet.</summary>
    public static CheckpointStatus None { get; } = new(null, null, null);
}
