using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// The serializer of a row type and of runs of Z-set entries (row, weight), found once per type by reflection:
/// a row implementing <see cref="IStateSerializer{T}"/> directly, or a <see cref="KV{K, V}"/> of such rows. The
/// per-entry loop lives inside the sealed codec, so writing a batch costs one virtual call and then direct calls
/// the JIT specializes for the row type.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public abstract class RowCodec<T> where T : struct, IRow<T>
{
    private static RowCodec<T>? _instance;

    /// <summary>The codec of <typeparamref name="T"/>.</summary>
    /// <exception cref="CheckpointException">The row type (or a part of it) has no serializer.</exception>
    public static RowCodec<T> Instance => _instance ??= Resolve();

    /// <summary>Writes one row.</summary>
    public abstract void Write(ref StateWriter writer, in T row);

    /// <summary>Reads one row.</summary>
    public abstract T Read(ref StateReader reader);

    /// <summary>Writes entries: each row then its weight (zigzag varint).</summary>
    public abstract void WriteEntries(ref StateWriter writer, ReadOnlySpan<ZEntry<T>> entries);

    /// <summary>Reads <c>destination.Length</c> entries written by <see cref="WriteEntries"/>.</summary>
    public abstract void ReadEntries(ref StateReader reader, Span<ZEntry<T>> destination);

    private static RowCodec<T> Resolve()
    {
        var type = typeof(T);
        if (Codecs.IsSerializable(type)) return (RowCodec<T>)Codecs.Create(typeof(SerializableRowCodec<>).MakeGenericType(type));
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KV<,>))
        {
            var args = type.GetGenericArguments();
            // Both sides serializable: static calls all the way down; otherwise compose the sides' codecs.
            if (Codecs.IsSerializable(args[0]) && Codecs.IsSerializable(args[1]))
                return (RowCodec<T>)Codecs.Create(typeof(SerializableKVCodec<,>).MakeGenericType(args));
            return (RowCodec<T>)Codecs.Create(typeof(ComposedKVCodec<,>).MakeGenericType(args));
        }
        throw Codecs.NoSerializer(type);
    }
}

internal sealed class SerializableRowCodec<T> : RowCodec<T> where T : struct, IRow<T>, IStateSerializer<T>
{
    public override void Write(ref StateWriter writer, in T row) => T.Write(ref writer, row);

    public override T Read(ref StateReader reader) => T.Read(ref reader);

    public override void WriteEntries(ref StateWriter writer, ReadOnlySpan<ZEntry<T>> entries)
    {
        foreach (ref readonly var e in entries)
        {
            T.Write(ref writer, e.Row);
            writer.WriteVarInt64(e.Weight);
        }
    }

    public override void ReadEntries(ref StateReader reader, Span<ZEntry<T>> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i].Row = T.Read(ref reader);
            destination[i].Weight = reader.ReadVarInt64();
        }
    }
}

internal sealed class SerializableKVCodec<K, V> : RowCodec<KV<K, V>>
    where K : struct, IRow<K>, IStateSerializer<K>
    where V : struct, IRow<V>, IStateSerializer<V>
{
    public override void Write(ref StateWriter writer, in KV<K, V> row)
    {
        K.Write(ref writer, row.Key);
        V.Write(ref writer, row.Value);
    }

    public override KV<K, V> Read(ref StateReader reader)
    {
        var key = K.Read(ref reader);
        return new KV<K, V>(key, V.Read(ref reader));
    }

    public override void WriteEntries(ref StateWriter writer, ReadOnlySpan<ZEntry<KV<K, V>>> entries)
    {
        foreach (ref readonly var e in entries)
        {
            K.Write(ref writer, e.Row.Key);
            V.Write(ref writer, e.Row.Value);
            writer.WriteVarInt64(e.Weight);
        }
    }

    public override void ReadEntries(ref StateReader reader, Span<ZEntry<KV<K, V>>> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i].Row.Key = K.Read(ref reader);
            destination[i].Row.Value = V.Read(ref reader);
            destination[i].Weight = reader.ReadVarInt64();
        }
    }
}

/// <summary>Pairs whose sides are not directly serializable (e.g. nested pairs): one virtual call per side.</summary>
internal sealed class ComposedKVCodec<K, V> : RowCodec<KV<K, V>>
    where K : struct, IRow<K>
    where V : struct, IRow<V>
{
    private readonly RowCodec<K> _key = RowCodec<K>.Instance;
    private readonly RowCodec<V> _value = RowCodec<V>.Instance;

    public override void Write(ref StateWriter writer, in KV<K, V> row)
    {
        _key.Write(ref writer, row.Key);
        _value.Write(ref writer, row.Value);
    }

    public override KV<K, V> Read(ref StateReader reader)
    {
        var key = _key.Read(ref reader);
        return new KV<K, V>(key, _value.Read(ref reader));
    }

    public override void WriteEntries(ref StateWriter writer, ReadOnlySpan<ZEntry<KV<K, V>>> entries)
    {
        foreach (ref readonly var e in entries)
        {
            Write(ref writer, e.Row);
            writer.WriteVarInt64(e.Weight);
        }
    }

    public override void ReadEntries(ref StateReader reader, Span<ZEntry<KV<K, V>>> destination)
    {
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i].Row = Read(ref reader);
            destination[i].Weight = reader.ReadVarInt64();
        }
    }
}
