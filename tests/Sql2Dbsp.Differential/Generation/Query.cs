namespace Sql2Dbsp.Differential.Generation;

/// <summary>
/// A generated query: its SQL in both dialects, the number of output columns (named x1..xn), and its shape (for
/// the report).
/// </summary>
internal sealed record Query(int Index, Dual Sql, int Arity, string Shape)
{
    /// <summary>The output column names, x1..xn.</summary>
    public IEnumerable<string> ColumnNames => Enumerable.Range(1, Arity).Select(i => "x" + i);
}
