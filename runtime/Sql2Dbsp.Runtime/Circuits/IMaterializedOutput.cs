using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>An output whose materialized contents are part of the circuit's checkpointed state.</summary>
internal interface IMaterializedOutput
{
    /// <summary>The contents' state, or null when the output is not materialized.</summary>
    IOperatorState? MaterializedState { get; }
}
