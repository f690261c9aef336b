using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// A stream of Z-sets inside a circuit under construction: the output of one operator, to be passed as input to
/// other <see cref="CircuitBuilder"/> methods. At run time it holds the operator's value for the current step.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class Stream<T> where T : struct, IRow<T>
{
    internal Stream(CircuitBuilder owner, int producer, string producerKind)
    {
        Owner = owner;
        Producer = producer;
        ProducerKind = producerKind;
    }

    internal CircuitBuilder Owner { get; }

    /// <summary>The recursive scope the stream belongs to (null at the top level).</summary>
    internal RecursionScope? Scope { get; init; }

    /// <summary>The current step's value (set by the producing operator); empty while the value is <see cref="Raw"/>.</summary>
    internal ZSet<T> Value = ZSet<T>.Empty;

    /// <summary>
    /// The current step's value as unconsolidated entries (any order, duplicates allowed), when the producer left it
    /// so (see <see cref="AcceptsRaw"/>); null when <see cref="Value"/> holds it. Valid until the end of the step.
    /// </summary>
    internal ZEntry<T>[]? Raw;

    /// <summary>Number of entries of <see cref="Raw"/>.</summary>
    internal int RawCount;

    /// <summary>Operators (and imports, outputs) reading the stream.</summary>
    internal int Consumers;

    /// <summary>Those of <see cref="Consumers"/> that read unconsolidated values too (row-wise linear operators).</summary>
    internal int RawConsumers;

    /// <summary>
    /// Whether the producer may leave the value unconsolidated: every reader is row-wise and linear (map, filter,
    /// index), so consolidating once where the rows are next sorted anyway (an index, or a map or filter that must
    /// hand a consolidated value on) gives the same Z-set. A large first step then sorts its rows once, not at
    /// every operator of a chain.
    /// </summary>
    internal bool AcceptsRaw => Scope is null && Consumers == RawConsumers;

    /// <summary>The current step's entries: consolidated (<paramref name="consolidated"/>) or raw.</summary>
    internal ReadOnlySpan<ZEntry<T>> Entries(out bool consolidated)
    {
        consolidated = Raw is null;
        return Raw is { } raw ? new ReadOnlySpan<ZEntry<T>>(raw, 0, RawCount) : Value.Entries;
    }

    /// <summary>Sets a consolidated value.</summary>
    internal void SetValue(ZSet<T> value)
    {
        Value = value;
        Raw = null;
        RawCount = 0;
    }

    /// <summary>Sets an unconsolidated value (only when <see cref="AcceptsRaw"/>).</summary>
    internal void SetRaw(ZEntry<T>[] entries, int count)
    {
        Value = ZSet<T>.Empty;
        Raw = entries;
        RawCount = count;
    }

    /// <summary>Index of the producing operator in creation order.</summary>
    public int Producer { get; }

    /// <summary>Kind of the producing operator, e.g. "Map".</summary>
    public string ProducerKind { get; }

    /// <inheritdoc/>
    public override string ToString() => $"Stream<{typeof(T).Name}> #{Producer} ({ProducerKind})";
}
