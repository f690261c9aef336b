using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// A constant Z-set (each row with weight 1; duplicates add up). With <see cref="Once"/> it emits the rows at the first
/// step and nothing after: D(constant), the incremental form.
/// </summary>
public sealed record ConstantOperator(ImmutableArray<ImmutableArray<LiteralExpr>> Rows, RowType Row, bool Once)
    : Operator(ImmutableArray<int>.Empty, StreamType.Flat(Row)), ISource
{
    public override string Kind => Once ? "constant-once" : "constant";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this;
    public override string Describe() => $"{Rows.Length} row(s)";

    /// <summary>Every value: two constants with equal shapes but different rows are different operators.</summary>
    public override string Parameters() =>
        "[" + string.Join(", ", Rows.Select(r => "(" + string.Join(", ", r.Select(ExprPrinter.Print)) + ")")) + "]";

    public bool Equals(ConstantOperator? other) =>
        other is not null && Once == other.Once && Row == other.Row && Rows.Length == other.Rows.Length &&
        Rows.Zip(other.Rows).All(p => p.First.SequenceEqual(p.Second));

    public override int GetHashCode() => HashCode.Combine(Row, Rows.Length, Once);
}
