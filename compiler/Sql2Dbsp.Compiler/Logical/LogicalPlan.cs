using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Logical;

/// <summary>A column of a plan's output: a display name and a type.</summary>
public sealed record PlanColumn(string Name, SqlType Type);

/// <summary>
/// A relational plan node. Expressions inside a node read the node's input row with <see cref="ColumnExpr"/> input 0
/// (for joins: the left columns followed by the right columns).
/// </summary>
public abstract record LogicalPlan(ImmutableArray<PlanColumn> Schema)
{
    public abstract ImmutableArray<LogicalPlan> Children { get; }
    public abstract LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children);
    public abstract string Describe();

    public RowType RowType => new(Schema.Select(c => c.Type).ToImmutableArray());
    public int Arity => Schema.Length;
}

/// <summary>Reads a table, or the output of an earlier view (views are computed once and shared).</summary>
public sealed record ScanPlan(string Relation, bool IsView, ImmutableArray<PlanColumn> Columns) : LogicalPlan(Columns)
{
    public override ImmutableArray<LogicalPlan> Children => [];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this;
    public override string Describe() => $"Scan {(IsView ? "view " : "")}{Relation}";
}

/// <summary>Literal rows (VALUES, SELECT without FROM). Row expressions read no columns.</summary>
public sealed record ValuesPlan(ImmutableArray<ImmutableArray<Expr>> Rows, ImmutableArray<PlanColumn> Columns) : LogicalPlan(Columns)
{
    public override ImmutableArray<LogicalPlan> Children => [];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this;
    public override string Describe() => $"Values {Rows.Length} row(s)";
}

public sealed record ProjectPlan(LogicalPlan Input, ImmutableArray<Expr> Expressions, ImmutableArray<PlanColumn> Columns) : LogicalPlan(Columns)
{
    public override ImmutableArray<LogicalPlan> Children => [Input];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Input = children[0] };
    public override string Describe() => "Project " + string.Join(", ", Expressions.Select(PlanPrinter.Print));
}

public sealed record FilterPlan(LogicalPlan Input, Expr Predicate) : LogicalPlan(Input.Schema)
{
    public override ImmutableArray<LogicalPlan> Children => [Input];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Input = children[0], Schema = children[0].Schema };
    public override string Describe() => "Filter " + PlanPrinter.Print(Predicate);
}

public enum JoinType { Inner, Left, Right, Full, Semi, Anti }

/// <summary>
/// A join. The condition reads the left columns then the right columns. Semi and anti joins output the left columns
/// only; outer joins make the padded side's columns nullable.
/// </summary>
public sealed record JoinPlan(LogicalPlan Left, LogicalPlan Right, JoinType Type, Expr? Condition, ImmutableArray<PlanColumn> Columns)
    : LogicalPlan(Columns)
{
    public override ImmutableArray<LogicalPlan> Children => [Left, Right];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Left = children[0], Right = children[1] };
    public override string Describe() => $"Join {Type}" + (Condition is null ? "" : " on " + PlanPrinter.Print(Condition));

    public static ImmutableArray<PlanColumn> OutputColumns(LogicalPlan left, LogicalPlan right, JoinType type)
    {
        if (type is JoinType.Semi or JoinType.Anti) return left.Schema;
        bool nullLeft = type is JoinType.Right or JoinType.Full;
        bool nullRight = type is JoinType.Left or JoinType.Full;
        return [
            .. left.Schema.Select(c => nullLeft ? c with { Type = c.Type.AsNullable() } : c),
            .. right.Schema.Select(c => nullRight ? c with { Type = c.Type.AsNullable() } : c)];
    }
}

/// <summary>GROUP BY: output = the group keys followed by one column per aggregate call.</summary>
public sealed record AggregatePlan(LogicalPlan Input, ImmutableArray<Expr> Keys, ImmutableArray<AggregateCall> Aggregates, ImmutableArray<PlanColumn> Columns)
    : LogicalPlan(Columns)
{
    public override ImmutableArray<LogicalPlan> Children => [Input];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Input = children[0] };
    public override string Describe() =>
        "Aggregate keys (" + string.Join(", ", Keys.Select(PlanPrinter.Print)) + ") " + string.Join(", ", Aggregates);
}

public sealed record DistinctPlan(LogicalPlan Input) : LogicalPlan(Input.Schema)
{
    public override ImmutableArray<LogicalPlan> Children => [Input];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Input = children[0], Schema = children[0].Schema };
    public override string Describe() => "Distinct";
}

/// <summary>UNION ALL of inputs with identical column types.</summary>
public sealed record UnionAllPlan(ImmutableArray<LogicalPlan> Inputs, ImmutableArray<PlanColumn> Columns) : LogicalPlan(Columns)
{
    public override ImmutableArray<LogicalPlan> Children => Inputs;
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Inputs = children };
    public override string Describe() => "UnionAll";
}

public enum SetOpKind { Intersect, Except }

/// <summary>INTERSECT / EXCEPT [ALL] of two inputs with identical column types (rows compared with NULL = NULL).</summary>
public sealed record SetOpPlan(SetOpKind Kind, bool All, LogicalPlan Left, LogicalPlan Right) : LogicalPlan(Left.Schema)
{
    public override ImmutableArray<LogicalPlan> Children => [Left, Right];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Left = children[0], Right = children[1], Schema = children[0].Schema };
    public override string Describe() => Kind + (All ? " All" : "");
}

/// <summary>ORDER BY ... LIMIT/OFFSET: keeps rows <see cref="Offset"/> .. <see cref="Offset"/>+<see cref="Limit"/>−1 (Limit &lt; 0: all).</summary>
public sealed record TopKPlan(LogicalPlan Input, ImmutableArray<SortKey> Order, long Limit, long Offset) : LogicalPlan(Input.Schema)
{
    public override ImmutableArray<LogicalPlan> Children => [Input];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Input = children[0], Schema = children[0].Schema };
    public override string Describe() => $"TopK order by {string.Join(", ", Order)} limit {Limit} offset {Offset}";
}

/// <summary>ROW_NUMBER, RANK or DENSE_RANK() OVER (PARTITION BY ... ORDER BY ...).</summary>
public enum RankKind { RowNumber, Rank, DenseRank }

/// <summary>
/// The input's rows with one more column: their <see cref="Kind"/> number within their partition (the rows with equal
/// <see cref="Partition"/> values) in <see cref="Order"/>. With a <see cref="Limit"/>, only the rows numbered up to it
/// are kept (set by <c>TopKWindows</c> from a filter <c>rank &lt;= k</c> above, which it leaves in place).
/// </summary>
public sealed record WindowRankPlan(LogicalPlan Input, ImmutableArray<Expr> Partition, ImmutableArray<SortKey> Order, RankKind Kind, long? Limit)
    : LogicalPlan(Input.Schema.Add(new PlanColumn("RANK$", Types.SqlType.BigInt())))
{
    public override ImmutableArray<LogicalPlan> Children => [Input];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) =>
        this with { Input = children[0], Schema = children[0].Schema.Add(new PlanColumn("RANK$", Types.SqlType.BigInt())) };
    public override string Describe() =>
        $"{Kind} partition by ({string.Join(", ", Partition.Select(PlanPrinter.Print))}) order by {string.Join(", ", Order)}" + (Limit is { } k ? $" limit {k}" : "");
}

/// <summary>
/// The rows of the input whose <see cref="Key"/> lies between bounds computed from the clock: <see cref="Lower"/> and
/// <see cref="Upper"/> read the clock row (column 0 = NOW()). As time passes rows enter and leave, without a rescan.
/// </summary>
public sealed record TemporalFilterPlan(LogicalPlan Input, Expr Key, TemporalBound? Lower, TemporalBound? Upper) : LogicalPlan(Input.Schema)
{
    public override ImmutableArray<LogicalPlan> Children => [Input];
    public override LogicalPlan WithChildren(ImmutableArray<LogicalPlan> children) => this with { Input = children[0], Schema = children[0].Schema };
    public override string Describe() =>
        $"TemporalFilter {PlanPrinter.Print(Key)} in {(Lower is null ? "(-∞" : (Lower.Inclusive ? "[" : "(") + PlanPrinter.Print(Lower.Bound))}, " +
        $"{(Upper is null ? "+∞)" : PlanPrinter.Print(Upper.Bound) + (Upper.Inclusive ? "]" : ")"))}";
}

/// <summary>A bound of a temporal filter: an expression over the clock row, and whether the bound itself passes.</summary>
public sealed record TemporalBound(Expr Bound, bool Inclusive);
