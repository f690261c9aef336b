namespace Sql2Dbsp.Connectors;

/// <summary>What a parsed record asks of its table.</summary>
public enum ChangeKind : byte
{
    /// <summary>Add the row (for a primary-key table: insert or overwrite the row with that key).</summary>
    Insert,

    /// <summary>Remove the row (for a primary-key table: remove the row with that key, if any).</summary>
    Delete,

    /// <summary>Change some columns of the row with this key (primary-key tables only); absent columns keep their value.</summary>
    Update,
}

/// <summary>
/// A batch of parsed changes for one table, stored flat (row i is <c>Arity</c> consecutive values) so that parsing
/// allocates only the values themselves, not an array per row. Values are already converted to the column types
/// (see <see cref="Values.ColumnReader"/>). A parser fills a buffer up to <see cref="Capacity"/> records; the host
/// applies it at the next step and returns it to a pool.
/// </summary>
public sealed class ChangeBuffer
{
    /// <summary>Marks a column that a record did not mention (only <see cref="ChangeKind.Update"/> rows keep it).</summary>
    public static readonly object Missing = new MissingValue();

    private object?[] values;
    private ChangeKind[] kinds;
    private long[] weights;
    private long[] records;

    /// <summary>Creates an empty buffer for rows of <paramref name="arity"/> columns that holds up to <paramref name="capacity"/> records before it reports <see cref="IsFull"/>.</summary>
    public ChangeBuffer(int arity, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Arity = arity;
        Capacity = capacity;
        int initial = Math.Min(capacity, 256);
        values = new object?[initial * Math.Max(arity, 1)];
        kinds = new ChangeKind[initial];
        weights = new long[initial];
        records = new long[initial];
    }

    /// <summary>Columns per row.</summary>
    public int Arity { get; }

    /// <summary>The number of records after which a parser should hand the buffer over.</summary>
    public int Capacity { get; }

    /// <summary>Records in the buffer.</summary>
    public int Count { get; private set; }

    /// <summary>True when the buffer holds <see cref="Capacity"/> records or more.</summary>
    public bool IsFull => Count >= Capacity;

    /// <summary>The values of row <paramref name="index"/>.</summary>
    public Span<object?> Row(int index) => values.AsSpan(index * Arity, Arity);

    /// <summary>The kind of change of row <paramref name="index"/>.</summary>
    public ChangeKind Kind(int index) => kinds[index];

    /// <summary>The multiplicity (≥ 1) of row <paramref name="index"/>.</summary>
    public long Weight(int index) => weights[index];

    /// <summary>The number of the input record row <paramref name="index"/> came from (1-based, counted by the parser
    /// from the start of its stream; 0 when the producer does not count records), so that a change the table rejects
    /// later can be reported at its record.</summary>
    public long Record(int index) => records[index];

    /// <summary>The record number that <see cref="Add"/> gives the rows it adds (a parser sets it as it starts a record).</summary>
    public long CurrentRecord { get; set; }

    /// <summary>Sets the multiplicity of row <paramref name="index"/> (weighted formats may read the weight after the row).</summary>
    public void SetWeight(int index, long weight) => weights[index] = weight;

    /// <summary>Sets the kind of row <paramref name="index"/>.</summary>
    public void SetKind(int index, ChangeKind kind) => kinds[index] = kind;

    /// <summary>Appends a row whose values are all <see cref="Missing"/>, and returns them for the parser to fill.</summary>
    public Span<object?> Add(ChangeKind kind, long weight = 1)
    {
        if (Count == kinds.Length) Grow();
        kinds[Count] = kind;
        weights[Count] = weight;
        records[Count] = CurrentRecord;
        var row = values.AsSpan(Count * Arity, Arity);
        row.Fill(Missing);
        Count++;
        return row;
    }

    /// <summary>Drops the rows after the first <paramref name="count"/> (the rows of a record that turned out to be bad).</summary>
    public void Truncate(int count)
    {
        if (count >= Count) return;
        values.AsSpan(count * Arity, (Count - count) * Arity).Clear();
        Count = count;
    }

    /// <summary>Empties the buffer (keeping its storage) so it can be reused.</summary>
    public void Clear()
    {
        Truncate(0);
        CurrentRecord = 0;
    }

    private void Grow()
    {
        int size = Math.Max(kinds.Length * 2, 16);
        Array.Resize(ref kinds, size);
        Array.Resize(ref weights, size);
        Array.Resize(ref records, size);
        Array.Resize(ref values, size * Math.Max(Arity, 1));
    }

    private sealed class MissingValue
    {
        public override string ToString() => "<missing>";
    }
}
