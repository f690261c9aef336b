using Sql2Dbsp.Compiler.Catalog;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// The current rows of one table as a multiset of canonical rows, with an index of primary-key values when the table
/// has a primary key (an INSERT or UPDATE that would duplicate a key fails, as in every SQL database).
/// </summary>
internal sealed class TableContents(TableInfo table)
{
    private readonly Dictionary<object?[], long> rows = new(RowComparer.Instance);
    private readonly Dictionary<object?[], long>? keys = table.PrimaryKey.IsDefaultOrEmpty ? null : new(RowComparer.Instance);

    /// <summary>Number of rows, counting duplicates.</summary>
    public long Count { get; private set; }

    /// <summary>Every row, repeated by its multiplicity.</summary>
    public IEnumerable<object?[]> Rows => rows.SelectMany(kv => Enumerable.Repeat(kv.Key, (int)kv.Value));

    /// <summary>The first primary-key value that <paramref name="changes"/> would duplicate, or null.</summary>
    public string? DuplicateKey(IEnumerable<(object?[] Row, long Weight)> changes)
    {
        if (keys is null) return null;
        var delta = new Dictionary<object?[], long>(RowComparer.Instance);
        foreach (var (row, weight) in changes)
        {
            var key = KeyOf(row);
            delta[key] = delta.GetValueOrDefault(key) + weight;
        }
        foreach (var (key, weight) in delta)
            if (keys.GetValueOrDefault(key) + weight > 1) return "(" + string.Join(", ", key.Select(v => v ?? "NULL")) + ")";
        return null;
    }

    /// <summary>Applies one change; a deletion of a row that is not there is a runner bug and throws.</summary>
    public void Apply(object?[] row, long weight)
    {
        long count = rows.GetValueOrDefault(row) + weight;
        if (count < 0) throw new InvalidOperationException($"table '{table.Name}' has no row ({string.Join(", ", row)}) to delete");
        if (count == 0) rows.Remove(row);
        else rows[row] = count;
        Count += weight;
        if (keys is null) return;
        var key = KeyOf(row);
        long k = keys.GetValueOrDefault(key) + weight;
        if (k == 0) keys.Remove(key);
        else keys[key] = k;
    }

    private object?[] KeyOf(object?[] row) => [.. table.PrimaryKey.Select(i => row[i])];
}
