namespace Sql2Dbsp.SqlLogicTest.Format;

/// <summary>How a query's result is ordered before it is compared (the second word of a <c>query</c> line).</summary>
internal enum SortMode
{
    /// <summary>Keep the engine's order (for this runner: the view's ORDER BY, if any).</summary>
    NoSort,

    /// <summary>Sort rows, comparing the rendered values column by column with <c>strcmp</c>.</summary>
    RowSort,

    /// <summary>Sort all rendered values individually, ignoring row boundaries.</summary>
    ValueSort,
}
