using System.Collections.Immutable;

namespace Sql2Dbsp.Differential.Generation;

/// <summary>What a change does to one row (named by its id).</summary>
internal enum ChangeKind { Insert, Delete, Update }

/// <summary>One change of a change round. <see cref="Old"/> is null for inserts, <see cref="New"/> for deletes.</summary>
internal sealed record Change(Table Table, ChangeKind Kind, object?[]? Old, object?[]? New)
{
    private int Id => (int)(Old ?? New)![0]!;

    /// <summary>The change as a PostgreSQL (and sqllogictest) statement.</summary>
    public string Statement => Kind switch
    {
        ChangeKind.Insert => $"INSERT INTO {Table.Name} VALUES ({string.Join(", ", New!.Select(Literals.Sql))})",
        ChangeKind.Delete => $"DELETE FROM {Table.Name} WHERE id = {Id}",
        _ => $"UPDATE {Table.Name} SET " +
             string.Join(", ", Enumerable.Range(1, Table.Columns.Length - 1).Select(i => $"{Table.Columns[i].Name} = {Literals.Sql(New![i])}")) +
             $" WHERE id = {Id}",
    };
}

/// <summary>
/// A generated database: tables, their initial rows and the change rounds applied after them. Round 0 is the initial
/// contents; round r (1-based) is after the first r change rounds.
/// </summary>
internal sealed record Database(ImmutableArray<Table> Tables, ImmutableArray<ImmutableArray<object?[]>> InitialRows,
    ImmutableArray<ImmutableArray<Change>> Rounds)
{
    /// <summary>The rows of every table after <paramref name="round"/> change rounds, by table.</summary>
    public List<List<object?[]>> RowsAt(int round)
    {
        var rows = InitialRows.Select(r => r.ToList()).ToList();
        foreach (var change in Rounds.Take(round).SelectMany(c => c))
        {
            var list = rows[Tables.IndexOf(change.Table)];
            if (change.Old is { } old) list.RemoveAt(list.FindIndex(r => Equals(r[0], old[0])));
            if (change.New is { } added) list.Add(added);
        }
        return rows;
    }
}
