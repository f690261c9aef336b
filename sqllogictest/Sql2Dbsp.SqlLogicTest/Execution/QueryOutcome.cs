using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.SqlLogicTest.Results;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>What evaluating one query as a view gave: its rows, or the error that prevented them.</summary>
internal abstract record QueryOutcome;

/// <summary>
/// The view's rows (repeated by multiplicity, in the order the engine produced them), column types and ORDER BY.
/// <paramref name="Ordered"/>: the rows are in ORDER BY order already (sorted on values the query does not output).
/// </summary>
internal sealed record QueryRows(ImmutableArray<object?[]> Rows, ImmutableArray<SqlType?> ColumnTypes, ImmutableArray<OrderKey> Ordering, bool Ordered = false)
    : QueryOutcome;

/// <summary>Why a query has no result, or why a statement failed.</summary>
/// <param name="Stage">Where it failed.</param>
/// <param name="Code">The diagnostic code (SQLxxxx) for compile errors, else null.</param>
/// <param name="Message">The error as the engine reported it (one line).</param>
/// <param name="Details">Longer text for verbose output: the rendered diagnostics or the exception chain.</param>
internal sealed record ExecutionError(FailureStage Stage, string? Code, string Message, string Details) : QueryOutcome;

/// <summary>Where a query or statement failed.</summary>
internal enum FailureStage
{
    /// <summary>The compiler rejected it (a diagnostic).</summary>
    Compile,

    /// <summary>The pipeline step failed (division by zero, overflow, invalid cast, ...).</summary>
    Runtime,

    /// <summary>The statement is invalid for the runner's database (unknown table, duplicate key, ...).</summary>
    Statement,
}
