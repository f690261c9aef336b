using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Host.Controller;

/// <summary>
/// Applies parsed changes to a table's input handle, on the circuit thread, in arrival order. A table without a primary
/// key is a multiset: an insert adds a row, a delete removes one occurrence. A table with a primary key has upsert
/// semantics, as in Feldera: an insert replaces the row with the same key, a delete removes the row with that key (a
/// missing key is a no-op), an update changes the columns it names. That needs the current row of every key, which
/// this class keeps (the circuit does not expose its integrated table state through the public API).
/// </summary>
internal sealed class TableWriter
{
    private readonly TableInput input;
    private readonly RelationSchema schema;
    private readonly int[] key;
    private readonly Dictionary<object, object?[]>? rows;
    private readonly object?[] scratch;
    private readonly bool countsRows;
    private long rowCount;

    /// <summary>A writer into <paramref name="input"/>. <paramref name="countsRows"/>: the table starts empty, so the
    /// running row count of a table without a primary key is its real count (a checkpoint does not save it).</summary>
    public TableWriter(TableInput input, RelationSchema schema, bool countsRows = true)
    {
        this.countsRows = countsRows;
        this.input = input;
        this.schema = schema;
        key = [.. schema.PrimaryKey];
        rows = schema.HasPrimaryKey ? new Dictionary<object, object?[]>(KeyComparer.Instance) : null;
        scratch = new object?[schema.Arity];
    }

    /// <summary>The table.</summary>
    public RelationSchema Schema => schema;

    /// <summary>Rows currently held for upserts (primary-key tables).</summary>
    public int KeyedRows => rows?.Count ?? 0;

    /// <summary>The rows held for upserts (what a checkpoint saves); empty for a table without a primary key.</summary>
    public IEnumerable<object?[]> Rows => rows?.Values ?? Enumerable.Empty<object?[]>();

    /// <summary>Replaces the rows held for upserts with those of a checkpoint (the circuit's own table state is restored with it).</summary>
    public void LoadRows(IReadOnlyList<object?[]> saved)
    {
        if (rows is null)
        {
            if (saved.Count > 0) throw new InvalidOperationException($"table '{schema.Name}' has no primary key, but the checkpoint holds {saved.Count} keyed rows for it");
            return;
        }
        rows.Clear();
        foreach (var row in saved) rows[KeyOf(row)] = row;
    }

    /// <summary>
    /// Applies a batch; rejected changes (an update of a missing key, a value the table refuses) go to
    /// <paramref name="endpoint"/>'s error count and to <paramref name="request"/> (endpoint null: a replayed step, whose
    /// rejections were counted when it first ran). Returns the number of changes applied.
    /// </summary>
    public long Apply(ChangeBuffer batch, InputEndpoint? endpoint, IngestRequest? request = null)
    {
        long applied = 0;
        bool hadNegative = rowCount < 0;
        for (int i = 0; i < batch.Count; i++)
        {
            try
            {
                if (rows is null) ApplyMultiset(batch, i);
                else if (!ApplyKeyed(batch, i, out string? error))
                {
                    endpoint?.RecordRejected(new ParseError(batch.Record(i), 0, error!), request);
                    continue;
                }
                applied++;
            }
            catch (Exception e) when (e is SqlRuntimeException or ArgumentException or InvalidCastException or FormatException or OverflowException)
            {
                endpoint?.RecordRejected(new ParseError(batch.Record(i), 0, $"table '{schema.Name}' refused a row: {e.Message}"), request);
            }
        }
        // A multiset table's count goes negative only by deleting rows that were never inserted. Checked once per batch
        // on a running total (per-row multiplicities would need an index of every row); a delete of an absent row while
        // other rows keep the total positive goes unnoticed.
        if (rowCount < 0 && !hadNegative && countsRows) endpoint?.RecordNegativeWeight(schema.Name, rowCount);
        return applied;
    }

    private void ApplyMultiset(ChangeBuffer batch, int i)
    {
        batch.Row(i).CopyTo(scratch);
        long weight = batch.Kind(i) == ChangeKind.Delete ? -batch.Weight(i) : batch.Weight(i);
        input.Push(scratch, weight);
        rowCount += weight;
    }

    private bool ApplyKeyed(ChangeBuffer batch, int i, out string? error)
    {
        error = null;
        var values = batch.Row(i);
        object k = KeyOf(values);
        switch (batch.Kind(i))
        {
            case ChangeKind.Insert:
                {
                    var row = values.ToArray();
                    input.Push(row, 1);
                    if (rows!.Remove(k, out var old)) input.Push(old, -1);
                    rows[k] = row;
                    return true;
                }
            case ChangeKind.Delete:
                {
                    if (rows!.Remove(k, out var old)) input.Push(old, -1);
                    return true;
                }
            default:
                {
                    if (!rows!.TryGetValue(k, out var old))
                    {
                        error = $"update of a row that does not exist in '{schema.Name}' (key {KeyText(k)})";
                        return false;
                    }
                    var row = (object?[])old.Clone();
                    for (int c = 0; c < row.Length; c++)
                        if (!ReferenceEquals(values[c], ChangeBuffer.Missing)) row[c] = values[c];
                    input.Push(row, 1);
                    input.Push(old, -1);
                    rows[k] = row;
                    return true;
                }
        }
    }

    private object KeyOf(ReadOnlySpan<object?> values)
    {
        if (key.Length == 1) return values[key[0]] ?? KeyComparer.Null;
        var k = new object?[key.Length];
        for (int i = 0; i < key.Length; i++) k[i] = values[key[i]];
        return k;
    }

    private static string KeyText(object k) => k is object?[] parts ? "(" + string.Join(", ", parts) + ")" : k.ToString() ?? "";

    /// <summary>Key equality: values by <see cref="object.Equals(object?)"/> (the parsed SQL values implement it), composite keys element by element.</summary>
    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public static readonly KeyComparer Instance = new();
        public static readonly object Null = new();

        public new bool Equals(object? x, object? y)
        {
            if (x is object?[] a && y is object?[] b)
            {
                for (int i = 0; i < a.Length; i++)
                    if (!object.Equals(a[i], b[i])) return false;
                return true;
            }
            return object.Equals(x, y);
        }

        public int GetHashCode(object obj)
        {
            if (obj is not object?[] parts) return obj.GetHashCode();
            var hash = new HashCode();
            foreach (var part in parts) hash.Add(part);
            return hash.ToHashCode();
        }
    }
}
