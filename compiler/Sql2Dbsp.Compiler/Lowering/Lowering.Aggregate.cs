using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Lowering;

internal sealed partial class PlanLowering
{
    /// <summary>
    /// GROUP BY: index the input by the group keys (value = the whole input row, which aggregate arguments read),
    /// aggregate, and flatten to (keys, results). Without GROUP BY the result always has one row:
    /// out = agg + {default} − map(_ → default)(agg), where default has COUNT = 0 and NULL elsewhere.
    /// </summary>
    private int LowerAggregate(AggregatePlan a)
    {
        int input = Lower(a.Input);
        var inputRow = a.Input.RowType;
        var keyRow = new RowType([.. a.Keys.Select(k => k.Type)]);
        var resultRow = new RowType([.. a.Aggregates.Select(c => c.ResultType)]);
        int indexed = Add(new IndexOperator(input, a.Keys, Columns(0, inputRow), keyRow, inputRow));
        int aggregated = Add(new StreamAggregateOperator(indexed, a.Aggregates, keyRow, resultRow));
        var row = a.RowType;
        int flat = Add(new MapOperator(aggregated, [.. Columns(0, keyRow), .. Columns(1, resultRow)], row));
        if (!a.Keys.IsEmpty) return flat;

        var defaults = a.Aggregates
            .Select(c => c.Kind is AggregateKind.Count or AggregateKind.CountStar ? new LiteralExpr(0L, c.ResultType) : LiteralExpr.Null(c.ResultType))
            .ToImmutableArray();
        int constant = Add(new ConstantOperator([defaults], row, Once: false));
        int replaced = Add(new MapOperator(flat, [.. defaults.Cast<Expr>()], row));
        return Add(new SumOperator([flat, constant, Add(new NegateOperator(replaced, StreamType.Flat(row)))], StreamType.Flat(row)));
    }
}
