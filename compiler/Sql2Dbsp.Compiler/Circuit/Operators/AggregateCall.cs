using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Circuit;

public enum AggregateKind { CountStar, Count, Sum, Avg, Min, Max }

/// <summary>
/// One aggregate over the value rows of a group. <see cref="Argument"/> reads the value row (input 0) and is null for
/// COUNT(*). <see cref="Filter"/> is a FILTER (WHERE ...) clause over the value row.
/// </summary>
public sealed record AggregateCall(AggregateKind Kind, bool Distinct, Expr? Argument, Expr? Filter, SqlType ResultType)
{
    /// <summary>Linear aggregates can absorb negative weights with O(1) state per group.</summary>
    public bool IsLinear => !Distinct && Kind is AggregateKind.CountStar or AggregateKind.Count or AggregateKind.Sum or AggregateKind.Avg;

    public override string ToString()
    {
        string name = Kind == AggregateKind.CountStar ? "count(*)" :
            $"{Kind.ToString().ToLowerInvariant()}({(Distinct ? "distinct " : "")}{(Argument is null ? "" : ExprPrinter.Print(Argument))})";
        return Filter is null ? name : $"{name} filter ({ExprPrinter.Print(Filter)})";
    }
}
