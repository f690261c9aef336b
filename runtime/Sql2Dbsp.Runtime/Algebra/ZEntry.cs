namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>One entry of a Z-set: a row and its (non-zero, in a consolidated Z-set) multiplicity.</summary>
/// <typeparam name="T">The row type.</typeparam>
public struct ZEntry<T> where T : struct, IRow<T>
{
    /// <summary>The row.</summary>
    public T Row;

    /// <summary>The multiplicity: positive for insertions, negative for deletions.</summary>
    public long Weight;

    /// <summary>Creates an entry.</summary>
    public ZEntry(T row, long weight)
    {
        Row = row;
        Weight = weight;
    }

    /// <inheritdoc/>
    public override readonly string ToString() => $"{Row} x{Weight}";
}
