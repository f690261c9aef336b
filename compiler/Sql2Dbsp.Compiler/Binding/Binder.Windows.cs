using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>Window functions: ROW_NUMBER, RANK and DENSE_RANK as whole select items (the top-k pattern).</summary>
internal sealed partial class Binder
{
    /// <summary>
    /// Each select item that is <c>ROW_NUMBER() | RANK() | DENSE_RANK() OVER (PARTITION BY ... ORDER BY ...)</c> becomes
    /// a <see cref="WindowRankPlan"/> over <paramref name="plan"/> (after WHERE, before the projection), and the item
    /// reads its number column. Other window functions, and these ones inside expressions, stay unsupported (the
    /// function binder reports them at their span).
    /// </summary>
    private LogicalPlan BindWindowRanks(List<(Expression? Syntax, Expr? Bound, string Name)> items, LogicalPlan plan, Scope scope)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Syntax is not FunctionCall { Over: { } over } f) continue;
            var kind = f.Name.Text.ToUpperInvariant() switch
            {
                "ROW_NUMBER" => RankKind.RowNumber,
                "RANK" => RankKind.Rank,
                "DENSE_RANK" => RankKind.DenseRank,
                _ => (RankKind?)null,
            };
            if (kind is null) continue;
            string name = f.Name.Text.ToUpperInvariant();
            if (!f.Arguments.IsDefaultOrEmpty || f.Star || f.Distinct)
                throw Error(ErrorCodes.WrongArgumentCount, $"{name} takes no arguments", f.Span);
            if (f.Filter is not null)
                throw Error(ErrorCodes.InvalidStatement, $"FILTER is not allowed with {name}", f.Filter.Span);
            if (over.Frame is not null)
                throw Error(ErrorCodes.InvalidStatement, $"{name} does not take a frame (ROWS or RANGE)", over.Span);
            if (over.OrderBy.IsDefaultOrEmpty)
                throw CompilationError.Unsupported($"{name}() OVER without ORDER BY (the numbering would be arbitrary)", over.Span);
            NoteRecursionBlocker($"{name}() OVER", f.Span);
            var ctx = new ExprContext(scope, null, "OVER");
            var partition = over.PartitionBy.IsDefaultOrEmpty ? [] : over.PartitionBy.Select(e => BindExpr(e, ctx)).ToImmutableArray();
            var order = over.OrderBy.Select(o => MakeSortKey(BindExpr(o.Expression, ctx), o)).ToImmutableArray();
            plan = new WindowRankPlan(plan, partition, order, kind.Value, null);
            items[i] = (null, new ColumnExpr(0, plan.Arity - 1, SqlType.BigInt()) { Span = f.Span }, items[i].Name);
        }
        return plan;
    }
}
