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

    /// <summary>The current step's value (set by the producing operator).</summary>
    internal ZSet<T> Value = ZSet<T>.Empty;

    /// <summary>Index of the producing operator in creation order.</summary>
    public int Producer { get; }

    /// <summary>Kind of the producing operator, e.g. "Map".</summary>
    public string ProducerKind { get; }

    /// <inheritdoc/>
    public override string ToString() => $"Stream<{typeof(T).Name}> #{Producer} ({ProducerKind})";
}
