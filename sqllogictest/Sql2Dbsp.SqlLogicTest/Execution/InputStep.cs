using System.Collections.Immutable;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>One change of one table: a row (canonical values in column order) and its weight (+ insert, − delete).</summary>
internal sealed record TableChange(long TableId, object?[] Row, long Weight);

/// <summary>The changes fed to a pipeline in one step.</summary>
internal sealed record InputStep(ImmutableArray<TableChange> Changes);
