namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// A value that writes itself to, and reads itself from, a checkpoint's binary state. Implemented with static members
/// (generated for <see cref="CheckpointedAttribute"/> structs, hand-written for the SQL value types), so serializing
/// a batch of rows is a loop of direct calls that the JIT specializes: no boxing, no virtual call per row.
/// </summary>
/// <typeparam name="T">The implementing type.</typeparam>
public interface IStateSerializer<T> where T : IStateSerializer<T>
{
    /// <summary>Appends <paramref name="value"/> to <paramref name="writer"/>.</summary>
    static abstract void Write(ref StateWriter writer, in T value);

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    static abstract T Read(ref StateReader reader);
}
