using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Lowering;

/// <summary>
/// Translates the logical plans of a catalog into one non-incremental DBSP circuit Q: its inputs are whole tables and
/// its outputs whole views. Incrementalization is a later pass. Split by plan kind across partial files.
/// </summary>
internal sealed partial class PlanLowering
{
    private readonly DbspCircuitBuilder outer = new();
    private DbspCircuitBuilder builder;
    private readonly Dictionary<string, int> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> views = new(StringComparer.Ordinal);

    private PlanLowering() => builder = outer;

    public static DbspCircuit Lower(SqlCatalog catalog)
    {
        var lowering = new PlanLowering();
        foreach (var t in catalog.Tables)
        {
            var row = new RowType([.. t.Columns.Select(c => c.Type)]);
            lowering.builder.Origin = new OperatorOrigin(t.Name, t.Span);
            int input = lowering.builder.Add(new InputOperator(t.Identity, [.. t.Columns.Select(c => c.Name)], row)
            {
                Origin = new OperatorOrigin(t.Name, t.Span),
                HasLateness = t.Columns.Any(c => c.Waterline is not null),
            });
            lowering.tables[t.Identity] = lowering.LowerLateness(t, input, row);
        }
        foreach (var (unit, recursive) in LoweringOrder(catalog))
        {
            if (recursive)
            {
                lowering.LowerRecursiveGroup(unit);
                continue;
            }
            var v = unit[0];
            lowering.builder.Origin = new OperatorOrigin(v.Name, v.Span);
            lowering.DefineView(v, lowering.Lower(v.Plan));
        }
        return lowering.builder.Build();
    }

    /// <summary>
    /// A table with a LATENESS column: its changes indexed by that column, then the lateness operator that drops the
    /// late ones. Everything that reads the table reads the lateness operator's output.
    /// </summary>
    private int LowerLateness(TableInfo t, int input, RowType row)
    {
        int column = t.Columns.IndexOf(t.Columns.FirstOrDefault(c => c.Waterline is not null)!);
        if (column < 0) return input;
        var keyRow = new RowType([row.Columns[column]]);
        int indexed = builder.Add(new IndexOperator(input, [new ColumnExpr(0, column, row.Columns[column])], Columns(0, row), keyRow, row));
        return builder.Add(new LatenessOperator(indexed, t.Identity, t.Columns[column].Waterline!, keyRow, row));
    }

    /// <summary>Records a view's stream and adds its output.</summary>
    private void DefineView(ViewInfo v, int stream)
    {
        views[v.Identity] = stream;
        if (v.Kind != ViewKind.Local)
            builder.Add(new OutputOperator(stream, v.Identity, [.. v.Columns.Select(c => c.Name)], v.Plan.RowType) { Origin = new OperatorOrigin(v.Name, v.Span) });
    }

    /// <summary>Adds an operator; inside a recursive body a constant goes to the enclosing circuit and is imported.</summary>
    private int Add(Operator op) => body is not null && op is ConstantOperator ? Outer(outer.Add(op)) : builder.Add(op);

    private int Lower(LogicalPlan plan) => plan switch
    {
        ScanPlan { Relation: ClockInput.Name } => Outer(ClockStream()),
        ScanPlan s => s.IsView ? ViewStream(s.Relation) : Outer(tables[s.Relation]),
        TemporalFilterPlan t => LowerTemporalFilter(t),
        ValuesPlan v => LowerValues(v),
        ProjectPlan { Input: JoinPlan { Type: JoinType.Inner } j } p => LowerJoin(j, p),
        ProjectPlan p => Add(new MapOperator(Lower(p.Input), p.Expressions, p.RowType)),
        FilterPlan f => Add(new FilterOperator(Lower(f.Input), f.Predicate, StreamType.Flat(f.RowType))),
        JoinPlan j => LowerJoin(j),
        AggregatePlan a => LowerAggregate(a),
        DistinctPlan d => Add(new StreamDistinctOperator(Lower(d.Input), StreamType.Flat(d.RowType))),
        UnionAllPlan u => Add(new SumOperator([.. u.Inputs.Select(Lower)], StreamType.Flat(u.RowType))),
        SetOpPlan s => LowerSetOperation(s),
        TopKPlan t => LowerTopK(t),
        WindowRankPlan w => LowerWindowRank(w),
        _ => throw new InternalCompilerError($"cannot lower {plan.GetType().Name}"),
    };

    /// <summary>The clock input, created when a view first reads it.</summary>
    private int ClockStream()
    {
        if (!tables.TryGetValue(ClockInput.Name, out int clock))
        {
            var origin = outer.Origin;
            outer.Origin = new OperatorOrigin(ClockInput.Name, Text.SourceSpan.None);
            tables[ClockInput.Name] = clock = outer.Add(new InputOperator(ClockInput.Name, ["now"], ClockInput.Scan.RowType));
            outer.Origin = origin;
        }
        return clock;
    }

    /// <summary>
    /// Temporal filter: the input indexed by its key (value = the whole row), and the clock mapped to one row
    /// lower bound ↦ upper bound. Keys and bounds share one nullable row type, so an absent bound can be a NULL (it is
    /// never read) and a key column of any nullability fits.
    /// </summary>
    private int LowerTemporalFilter(TemporalFilterPlan t)
    {
        var row = t.RowType;
        var type = t.Key.Type.AsNullable();
        var keyRow = new RowType([type]);
        Expr Bound(TemporalBound? b) => b is null ? LiteralExpr.Null(type) : Binding.Binder.Coerce(b.Bound, type);
        int data = Add(new IndexOperator(Lower(t.Input), [Binding.Binder.Coerce(t.Key, type)], Columns(0, row), keyRow, row));
        int bounds = Add(new IndexOperator(Outer(ClockStream()), [Bound(t.Lower)], [Bound(t.Upper)], keyRow, keyRow));
        var window = new TemporalWindowSpec(t.Lower is not null, t.Lower?.Inclusive ?? false, t.Upper is not null, t.Upper?.Inclusive ?? false);
        return Add(new StreamTemporalFilterOperator(data, bounds, window, StreamType.Flat(row)));
    }

    /// <summary>Literal rows: a one-row constant of the empty row, mapped to each row's expressions, then summed.</summary>
    private int LowerValues(ValuesPlan v)
    {
        if (v.Rows.All(r => r.All(e => e is LiteralExpr)))
            return Add(new ConstantOperator([.. v.Rows.Select(r => r.Cast<LiteralExpr>().ToImmutableArray())], v.RowType, Once: false));
        int unit = Add(new ConstantOperator([[]], RowType.Empty, Once: false));
        var rows = v.Rows.Select(r => Add(new MapOperator(unit, r, v.RowType))).ToList();
        return rows.Count == 1 ? rows[0] : Add(new SumOperator([.. rows], StreamType.Flat(v.RowType)));
    }

    private int LowerTopK(TopKPlan t)
    {
        int input = Lower(t.Input);
        var row = t.RowType;
        int indexed = Add(new IndexOperator(input, [], Columns(0, row), RowType.Empty, row));
        int top = Add(new StreamTopKOperator(indexed, t.Order, t.Limit, t.Offset, StreamType.Indexed(RowType.Empty, row)));
        return Add(new MapOperator(top, Columns(1, row), row));
    }

    /// <summary>
    /// ROW_NUMBER/RANK/DENSE_RANK: the input indexed by the partition (value = the whole row), a top-k-rank per
    /// partition that appends the number (keeping only numbers up to the limit), and back to flat rows.
    /// </summary>
    private int LowerWindowRank(WindowRankPlan w)
    {
        int input = Lower(w.Input);
        var row = w.Input.RowType;
        var keyRow = new RowType([.. w.Partition.Select(e => e.Type)]);
        int indexed = Add(new IndexOperator(input, w.Partition, Columns(0, row), keyRow, row));
        var output = w.RowType;
        int ranked = Add(new StreamTopKRankOperator(indexed, w.Order, w.Kind, w.Limit ?? -1, StreamType.Indexed(keyRow, output)));
        return Add(new MapOperator(ranked, Columns(1, output), output));
    }

    /// <summary>
    /// INTERSECT = distinct(L) ⋉ R on whole rows; EXCEPT = distinct(L) − INTERSECT. With ALL, on multiplicities:
    /// EXCEPT ALL = pos(L − R) (max(a − b, 0) copies) and INTERSECT ALL = L − pos(L − R) (min(a, b) copies).
    /// </summary>
    private int LowerSetOperation(SetOpPlan s)
    {
        var row = s.RowType;
        if (s.All)
        {
            int l = Lower(s.Left);
            int except = Add(new StreamPositiveOperator(Add(new MinusOperator(l, Lower(s.Right), StreamType.Flat(row))), StreamType.Flat(row)));
            return s.Kind == SetOpKind.Except ? except : Add(new MinusOperator(l, except, StreamType.Flat(row)));
        }
        int left = Add(new StreamDistinctOperator(Lower(s.Left), StreamType.Flat(row)));
        int right = Add(new StreamDistinctOperator(Lower(s.Right), StreamType.Flat(row)));
        int intersect = SemiJoinOnRows(left, right, row);
        return s.Kind == SetOpKind.Intersect ? intersect : Add(new MinusOperator(left, intersect, StreamType.Flat(row)));
    }

    /// <summary>
    /// The rows of <paramref name="rows"/> (a multiset) that also occur in <paramref name="set"/> (a set), compared
    /// whole with NULL equal to NULL: rows ⋈ set on the entire row.
    /// </summary>
    private int SemiJoinOnRows(int rows, int set, RowType row)
    {
        int l = Add(new IndexOperator(rows, Columns(0, row), [], row, RowType.Empty));
        int r = Add(new IndexOperator(set, Columns(0, row), [], row, RowType.Empty));
        return Add(new StreamJoinOperator(l, r, Columns(0, row), null, row));
    }

    /// <summary>Column references 0..n-1 of input <paramref name="input"/>.</summary>
    private static ImmutableArray<Expr> Columns(int input, RowType row) =>
        [.. Enumerable.Range(0, row.Arity).Select(i => (Expr)new ColumnExpr(input, i, row[i]))];

    private static Expr Rebase(Expr e, Func<ColumnExpr, Expr> map) => new ColumnMapper(map).Rewrite(e);
}
