using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Circuit;

public enum AggregateKind
{
    CountStar, Count, Sum, Avg, Min, Max,
    /// <summary>ARG_MIN(value, compared): <see cref="AggregateCall.Argument"/> is the value, <see cref="AggregateCall.Compared"/> the compared.</summary>
    ArgMin,
    /// <summary>ARG_MAX(value, compared), as <see cref="ArgMin"/>.</summary>
    ArgMax,
    Every, Some, BitAnd, BitOr, BitXor, VarPop, VarSamp, StddevPop, StddevSamp,
}

/// <summary>
/// One aggregate over the value rows of a group. <see cref="Argument"/> reads the value row (input 0) and is null for
/// COUNT(*). <see cref="Filter"/> is a FILTER (WHERE ...) clause over the value row. <see cref="Compared"/> is the
/// second argument of ARG_MIN/ARG_MAX (the value compared), null for the other kinds.
/// </summary>
public sealed record AggregateCall(AggregateKind Kind, bool Distinct, Expr? Argument, Expr? Filter, SqlType ResultType, Expr? Compared = null)
{
    /// <summary>
    /// Linear aggregates can absorb negative weights with O(1) state per group. The variance family is linear over
    /// integers only (exact sums); over DOUBLE a retraction would not restore the state exactly.
    /// </summary>
    public bool IsLinear => !Distinct && (Kind is AggregateKind.CountStar or AggregateKind.Count or AggregateKind.Sum or AggregateKind.Avg
        or AggregateKind.Every or AggregateKind.Some or AggregateKind.BitXor
        || (IsVariance && Argument is { Type.IsInteger: true }));

    /// <summary>VAR_POP, VAR_SAMP, STDDEV_POP or STDDEV_SAMP.</summary>
    public bool IsVariance => Kind is AggregateKind.VarPop or AggregateKind.VarSamp or AggregateKind.StddevPop or AggregateKind.StddevSamp;

    /// <summary>The expressions the call reads from the value row: argument, compared value and filter (when present).</summary>
    public IEnumerable<Expr> Inputs()
    {
        if (Argument is not null) yield return Argument;
        if (Compared is not null) yield return Compared;
        if (Filter is not null) yield return Filter;
    }

    /// <summary>The call with <paramref name="f"/> applied to each of its input expressions.</summary>
    public AggregateCall MapInputs(Func<Expr, Expr> f) => this with
    {
        Argument = Argument is null ? null : f(Argument),
        Compared = Compared is null ? null : f(Compared),
        Filter = Filter is null ? null : f(Filter),
    };

    public override string ToString()
    {
        string args = (Argument is null ? "" : ExprPrinter.Print(Argument)) + (Compared is null ? "" : ", " + ExprPrinter.Print(Compared));
        string name = Kind == AggregateKind.CountStar ? "count(*)" :
            $"{Kind.ToString().ToLowerInvariant()}({(Distinct ? "distinct " : "")}{args})";
        return Filter is null ? name : $"{name} filter ({ExprPrinter.Print(Filter)})";
    }
}
