using Sql2Dbsp.Compiler.Binding;
using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Lowering;

internal sealed partial class PlanLowering
{
    /// <summary>
    /// Joins: equality conjuncts between the two sides become the index key (rows with a NULL key never match and are
    /// filtered out first, except for IS NOT DISTINCT FROM keys); other conjuncts are the join's residual condition.
    /// Outer joins add the unmatched rows, padded with NULLs: unmatched(L) = L − L ⋉ distinct(π_L(L ⋈ R)).
    /// A projection right above an inner join becomes the join's output expressions (no separate map).
    /// </summary>
    private int LowerJoin(JoinPlan j, ProjectPlan? projection = null)
    {
        int left = Lower(j.Left), right = Lower(j.Right);
        var lrow = j.Left.RowType;
        var rrow = j.Right.RowType;
        int nl = lrow.Arity;

        var leftKeys = new List<Expr>();
        var rightKeys = new List<Expr>();
        var residual = new List<Expr>();
        foreach (var conjunct in Conjuncts(j.Condition))
        {
            if (conjunct is CallExpr { Function: "eq" or "is_not_distinct_from" } eq)
            {
                var (a, b) = (eq.Arguments[0], eq.Arguments[1]);
                bool aLeft = OnlySide(a, nl, left: true), bRight = OnlySide(b, nl, left: false);
                bool aRight = OnlySide(a, nl, left: false), bLeft = OnlySide(b, nl, left: true);
                if (aLeft && bRight || aRight && bLeft)
                {
                    var (l, r) = aLeft && bRight ? (a, b) : (b, a);
                    bool nullSafe = eq.Function == "is_not_distinct_from";
                    // Both keys in the type the comparison means (the binder keeps exact operands apart, so
                    // DECIMAL(5, 2) = DECIMAL(8, 2) reaches here unconverted): each side's values must fit it.
                    var type = (TypeRules.Common(l.Type, r.Type) ?? l.Type).WithNullable(l.Type.Nullable || r.Type.Nullable);
                    leftKeys.Add(Binding.Binder.Coerce(l, type));
                    rightKeys.Add(Binding.Binder.Coerce(Rebase(r, c => c with { Index = c.Index - nl }), type));
                    if (!nullSafe)
                    {
                        if (l.Type.Nullable) left = Add(new FilterOperator(left, NotNull(l), StreamType.Flat(lrow)));
                        if (r.Type.Nullable) right = Add(new FilterOperator(right, NotNull(Rebase(r, c => c with { Index = c.Index - nl })), StreamType.Flat(rrow)));
                    }
                    continue;
                }
            }
            residual.Add(conjunct);
        }
        var keyRow = new RowType([.. leftKeys.Select(k => k.Type)]);
        int li = Add(new IndexOperator(left, [.. leftKeys], Columns(0, lrow), keyRow, lrow));
        int ri = Add(new IndexOperator(right, [.. rightKeys], Columns(0, rrow), keyRow, rrow));
        Expr? condition = residual.Count == 0 ? null
            : Rebase(residual.Aggregate(Binding.Binder.And), c => c.Index < nl ? c with { Input = 1 } : c with { Input = 2, Index = c.Index - nl });
        var innerRow = new RowType([.. lrow.Columns, .. rrow.Columns]);
        if (projection is not null)
        {
            var projected = projection.Expressions.Select(e => Rebase(e, c => c.Index < nl ? c with { Input = 1 } : c with { Input = 2, Index = c.Index - nl }));
            return Add(new StreamJoinOperator(li, ri, [.. projected], condition, projection.RowType));
        }
        var outputs = ImmutableArray.CreateRange(Columns(1, lrow).Concat(Columns(2, rrow)));
        int inner = Add(new StreamJoinOperator(li, ri, outputs, condition, innerRow));

        var resultRow = j.RowType;
        switch (j.Type)
        {
            case JoinType.Inner:
                return inner;
            case JoinType.Semi or JoinType.Anti:
                {
                    int matched = Add(new StreamDistinctOperator(Add(new MapOperator(inner, Columns(0, lrow), lrow)), StreamType.Flat(lrow)));
                    int semi = SemiJoinOnRows(Lower(j.Left), matched, lrow);
                    return j.Type == JoinType.Semi ? semi : Add(new MinusOperator(Lower(j.Left), semi, StreamType.Flat(lrow)));
                }
        }
        var parts = new List<int> { Add(new MapOperator(inner, Coerced(Columns(0, innerRow), resultRow), resultRow)) };
        if (j.Type is JoinType.Left or JoinType.Full)
            parts.Add(Unmatched(Lower(j.Left), inner, lrow, 0, innerRow, resultRow, padBefore: 0));
        if (j.Type is JoinType.Right or JoinType.Full)
            parts.Add(Unmatched(Lower(j.Right), inner, rrow, nl, innerRow, resultRow, padBefore: nl));
        return Add(new SumOperator([.. parts], StreamType.Flat(resultRow)));
    }

    /// <summary>Rows of one side without a partner in <paramref name="inner"/>, padded with NULLs to the join's row.</summary>
    private int Unmatched(int side, int inner, RowType sideRow, int offset, RowType innerRow, RowType resultRow, int padBefore)
    {
        var project = Enumerable.Range(0, sideRow.Arity).Select(i => (Expr)new ColumnExpr(0, offset + i, innerRow[offset + i])).ToImmutableArray();
        int matched = Add(new StreamDistinctOperator(Add(new MapOperator(inner, project, sideRow)), StreamType.Flat(sideRow)));
        int semi = SemiJoinOnRows(side, matched, sideRow);
        int unmatched = Add(new MinusOperator(side, semi, StreamType.Flat(sideRow)));
        var padded = new List<Expr>();
        for (int i = 0; i < resultRow.Arity; i++)
        {
            bool fromSide = i >= padBefore && i < padBefore + sideRow.Arity;
            padded.Add(fromSide
                ? Binding.Binder.Coerce(new ColumnExpr(0, i - padBefore, sideRow[i - padBefore]), resultRow[i])
                : new LiteralExpr(null, resultRow[i].AsNullable()));
        }
        return Add(new MapOperator(unmatched, [.. padded], resultRow));
    }

    private static ImmutableArray<Expr> Coerced(ImmutableArray<Expr> columns, RowType target) =>
        [.. columns.Select((c, i) => Binding.Binder.Coerce(c, target[i]))];

    private static Expr NotNull(Expr e) => new CallExpr(Functions.IsNotNull.Name, [e], SqlType.Boolean());

    internal static IEnumerable<Expr> Conjuncts(Expr? e)
    {
        if (e is null) yield break;
        if (e is CallExpr { Function: "and" } and)
        {
            foreach (var a in and.Arguments)
                foreach (var c in Conjuncts(a)) yield return c;
        }
        else if (e is not LiteralExpr { Value: true })
        {
            yield return e;
        }
    }

    /// <summary>Whether an expression reads at least one column and only columns of one side of a join row.</summary>
    private static bool OnlySide(Expr e, int leftArity, bool left)
    {
        var columns = new List<ColumnExpr>();
        ExprAnalysis.CollectColumns(e, columns);
        return columns.Count > 0 && columns.All(c => left ? c.Index < leftArity : c.Index >= leftArity);
    }
}
