namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// A query to evaluate as a view. With <see cref="ColumnCount"/> the view declares its column names (c1, c2, ...), so
/// queries whose own output names repeat or are missing still make a valid view, and a wrong column count is reported
/// by the compiler; without it the view keeps the query's names.
/// </summary>
internal sealed record ViewQuery(string Sql, int? ColumnCount);
