namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// The row with no columns: the key of keyless operations (global aggregates, cross joins). There is exactly one
/// value, so every <see cref="Unit"/> equals every other.
/// </summary>
public readonly struct Unit : IRowValues<Unit>, IEquatable<Unit>, Storage.IStateSerializer<Unit>
{
    /// <summary>The only value.</summary>
    public static Unit Value => default;

    /// <inheritdoc/>
    public static int Arity => 0;

    /// <inheritdoc/>
    public static int Compare(in Unit a, in Unit b) => 0;

    /// <inheritdoc/>
    public static bool AreEqual(in Unit a, in Unit b) => true;

    /// <inheritdoc/>
    public static int Hash(in Unit row) => 0;

    /// <summary>All units are equal: an empty prefix decides everything (a pair keyed by unit orders by its value's prefix).</summary>
    public static int SortPrefixExactBits => 0;

    /// <inheritdoc/>
    public static Unit FromValues(ReadOnlySpan<object?> values)
    {
        if (values.Length != 0) throw new ArgumentException($"expected 0 values, got {values.Length}", nameof(values));
        return default;
    }

    /// <inheritdoc/>
    public static void ToValues(in Unit row, Span<object?> values) { }

    /// <summary>Writes nothing: the empty row has no bytes.</summary>
    public static void Write(ref Storage.StateWriter writer, in Unit value) { }

    /// <summary>Reads nothing.</summary>
    public static Unit Read(ref Storage.StateReader reader) => default;

    /// <inheritdoc/>
    public bool Equals(Unit other) => true;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Unit;

    /// <inheritdoc/>
    public override int GetHashCode() => 0;

    /// <inheritdoc/>
    public override string ToString() => "()";

    /// <summary>Always true.</summary>
    public static bool operator ==(Unit left, Unit right) => true;

    /// <summary>Always false.</summary>
    public static bool operator !=(Unit left, Unit right) => false;
}
