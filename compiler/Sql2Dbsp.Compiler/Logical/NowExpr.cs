using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Logical;

/// <summary>
/// NOW() before rewriting: the current time of the pipeline's clock. Temporal filters turn comparisons with it into
/// windows; anywhere else decorrelation reads it from the clock input as a one-row scalar subquery.
/// </summary>
public sealed record NowExpr() : Expr(ClockInput.Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitOther(this);
}

/// <summary>
/// The hidden input that holds the pipeline's clock: always exactly one row, the current time, which the host
/// replaces at each step (never moving backwards).
/// </summary>
public static class ClockInput
{
    /// <summary>Input name; <c>$</c> cannot start an SQL identifier, so no table can clash with it.</summary>
    public const string Name = "$clock";

    public static readonly SqlType Type = SqlType.Timestamp();

    public static ScanPlan Scan { get; } = new(Name, IsView: false, [new PlanColumn("now", Type)]);
}
