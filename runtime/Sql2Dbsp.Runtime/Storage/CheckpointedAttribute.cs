namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// Marks a <c>partial struct</c> whose state is checkpointed: the Sql2Dbsp source generator
/// (<c>Sql2Dbsp.SourceGenerators</c>) makes it implement <see cref="IStateSerializer{T}"/> with a compact binary
/// serializer of its instance fields, in declaration order. The compiler marks every generated row and accumulator
/// struct; runtime types that need one are marked too.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
public sealed class CheckpointedAttribute : Attribute;
