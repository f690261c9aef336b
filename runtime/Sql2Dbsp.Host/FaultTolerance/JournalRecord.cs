using System.Collections.Immutable;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>One input endpoint's part of a journaled step.</summary>
/// <param name="Endpoint">The endpoint's name.</param>
/// <param name="Table">The table it feeds.</param>
/// <param name="From">Its position before the step (JSON; null: the beginning).</param>
/// <param name="To">Its position after the step (JSON; null when the transport reports none).</param>
/// <param name="Records">Records taken from the endpoint in this step (applied or rejected by the table).</param>
/// <param name="Hash">The <see cref="Connectors.FaultTolerance.StableHash"/> of the records' encoding (<see cref="RecordCodec"/>).</param>
/// <param name="Data">The records themselves, for transports that cannot read the same input again (HTTP ingress,
/// datagen, URLs); null when the transport re-reads the range between the positions.</param>
internal sealed record JournalInput(string Endpoint, string Table, string? From, string? To, long Records, ulong Hash, byte[]? Data);

/// <summary>A journaled step: what exactly-once replay needs to repeat it.</summary>
/// <param name="Step">The step number.</param>
/// <param name="Transaction">The transaction it committed.</param>
/// <param name="Inputs">Each contributing endpoint, in the order the step applied them.</param>
/// <param name="IngressDurable">The last ingress log entry on disk before this record was written. The entries the step
/// took after it are fsynced at the same time as the record (<see cref="StepDurability"/>), so after a crash the newest
/// record may name entries the log does not have; those after this one are a crash's doing, the others damage.</param>
internal sealed record JournalRecord(long Step, long Transaction, ImmutableArray<JournalInput> Inputs, long IngressDurable);
