using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp;

/// <summary>
/// Pushes changes into a table. Values are CLR values converted to the column types (any integer type for integer
/// columns; <see cref="Sql2Dbsp.Runtime.Sql.SqlDecimal"/>, decimal, an integer or a string for DECIMAL (up to 38 digits
/// need <c>SqlDecimal</c> or a string; a value is rounded half away from zero to the column's scale); double, string, bool,
/// DateOnly for DATE, TimeOnly for TIME, DateTime for TIMESTAMP, TimeSpan for day-time intervals, byte[] for VARBINARY,
/// null for NULL). Changes apply at the next <see cref="Pipeline.Step"/>.
/// </summary>
public sealed class TableInput
{
    private readonly IInputHandle handle;

    internal TableInput(TableInfo table, IInputHandle handle)
    {
        Table = table;
        this.handle = handle;
    }

    /// <summary>The table's declaration.</summary>
    public TableInfo Table { get; }

    /// <summary>
    /// Changes dropped so far because they arrived later than the table's LATENESS allows (always 0 without LATENESS):
    /// a change whose LATENESS column is below (largest value accepted in earlier steps − lateness) is not applied.
    /// </summary>
    public long LateRecords => handle.LateRecords;

    /// <summary>Inserts one row (values in column order).</summary>
    public void Insert(params object?[] values) => Push(values, 1);

    /// <summary>Deletes one occurrence of a row.</summary>
    public void Delete(params object?[] values) => Push(values, -1);

    /// <summary>Replaces one occurrence of <paramref name="oldRow"/> by <paramref name="newRow"/>.</summary>
    public void Update(object?[] oldRow, object?[] newRow)
    {
        Push(oldRow, -1);
        Push(newRow, 1);
    }

    /// <summary>Adds <paramref name="weight"/> copies of a row (negative to delete).</summary>
    public void Push(object?[] values, long weight)
    {
        if (values.Length != Table.Columns.Length)
            throw new ArgumentException($"table '{Table.Name}' has {Table.Columns.Length} column(s) but {values.Length} value(s) were given", nameof(values));
        handle.Push(values, weight);
    }
}
