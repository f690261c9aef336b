namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>One key of a query's top-level ORDER BY: an output column, its direction and where NULLs go.</summary>
internal sealed record OrderKey(int Column, bool Descending, bool NullsFirst);
