namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>Untyped access to a circuit input (a table's change stream), for hosts and connectors.</summary>
public interface IInputHandle
{
    /// <summary>The input's (table's) name.</summary>
    string Name { get; }

    /// <summary>Number of columns of a row.</summary>
    int Arity { get; }

    /// <summary>The CLR row type.</summary>
    Type RowType { get; }

    /// <summary>
    /// Buffers <paramref name="weight"/> copies of the row built from <paramref name="values"/> (converted and
    /// validated by the row type) for the next step; a negative weight deletes.
    /// </summary>
    void Push(ReadOnlySpan<object?> values, long weight);

    /// <summary>Buffers one insertion.</summary>
    void Insert(ReadOnlySpan<object?> values) => Push(values, 1);

    /// <summary>Buffers one deletion.</summary>
    void Delete(ReadOnlySpan<object?> values) => Push(values, -1);

    /// <summary>Number of buffered (not yet consolidated) changes.</summary>
    int PendingCount { get; }

    /// <summary>
    /// Number of changes dropped so far because they arrived later than the table's LATENESS allows (0 for a table
    /// without LATENESS). Part of the checkpointed state, so it survives a restart.
    /// </summary>
    long LateRecords => 0;
}
