namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// The mutable state of a stateful operator, as a checkpoint sees it: written between steps and read back into the
/// freshly built operator of the same definition (same persistent id) before its first step. A caller (a pipeline
/// host) can save state of its own in a checkpoint the same way (<see cref="CheckpointStore.Write"/>).
/// </summary>
public interface IOperatorState
{
    /// <summary>Writes the state.</summary>
    void Save(ref StateWriter writer);

    /// <summary>Replaces the state with one written by <see cref="Save"/>.</summary>
    void Load(ref StateReader reader);
}
