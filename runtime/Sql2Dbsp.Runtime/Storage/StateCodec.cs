using System.Reflection;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// The serializer of a value type used in operator state (an aggregate's accumulator), found once per type: the
/// type's own <see cref="IStateSerializer{T}"/> implementation called through a sealed adapter. State code calls it
/// once per value; the adapter's body is a direct static call.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class StateCodec<T>
{
    private static StateCodec<T>? _instance;

    /// <summary>The codec of <typeparamref name="T"/>.</summary>
    /// <exception cref="CheckpointException">The type has no serializer.</exception>
    public static StateCodec<T> Instance => _instance ??= Resolve();

    /// <summary>Writes a value.</summary>
    public abstract void Write(ref StateWriter writer, in T value);

    /// <summary>Reads a value.</summary>
    public abstract T Read(ref StateReader reader);

    private static StateCodec<T> Resolve()
    {
        var type = typeof(T);
        if (!Codecs.IsSerializable(type)) throw Codecs.NoSerializer(type);
        return (StateCodec<T>)Codecs.Create(typeof(SerializerCodec<>).MakeGenericType(type));
    }
}

/// <summary>The codec of a type implementing <see cref="IStateSerializer{T}"/>: direct static calls.</summary>
internal sealed class SerializerCodec<T> : StateCodec<T> where T : IStateSerializer<T>
{
    public override void Write(ref StateWriter writer, in T value) => T.Write(ref writer, value);

    public override T Read(ref StateReader reader) => T.Read(ref reader);
}

/// <summary>Type tests shared by the codecs.</summary>
internal static class Codecs
{
    /// <summary>Whether <paramref name="type"/> implements <c>IStateSerializer&lt;type&gt;</c>.</summary>
    public static bool IsSerializable(Type type) => type.GetInterfaces().Any(i =>
        i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStateSerializer<>) && i.GetGenericArguments()[0] == type);

    public static CheckpointException NoSerializer(Type type) => new(
        $"type {type} has no checkpoint serializer: mark it [Checkpointed] (and partial) so that the Sql2Dbsp source " +
        "generator implements IStateSerializer<T> for it, or implement that interface by hand");

    /// <summary>Creates an instance of a closed codec type, surfacing a codec's own error rather than the reflection wrapper.</summary>
    public static object Create(Type closed)
    {
        try
        {
            return Activator.CreateInstance(closed)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is CheckpointException inner)
        {
            throw inner;
        }
    }
}
