using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Drops a table's late records: its input is the table's change stream indexed by the column declared with
/// LATENESS (value = the whole row), <see cref="Waterline"/> maps that column's value v to v − lateness. With M the
/// largest value of the records accepted in earlier steps, a change (insertion or deletion) whose value is below the
/// waterline of M is dropped and counted; the others pass. Sits between a table and everything that reads it, in both
/// circuits (it works on changes, so the reference circuit integrates after it). State: M and the count of dropped
/// records. Deterministic: it depends only on the sequence of input steps, so it is replayed exactly.
/// </summary>
public sealed record LatenessOperator(int Source, string Table, Expr Waterline, RowType KeyRow, RowType Row)
    : Operator([Source], StreamType.Flat(Row)), IStateful
{
    public override string Kind => "lateness";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
    public override string Describe() => $"{Table} waterline {ExprPrinter.Print(Waterline)}";
}
