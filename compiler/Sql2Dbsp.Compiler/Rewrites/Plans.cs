using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>Small constructors for plans and expressions that rewrite rules build, with their schemas derived.</summary>
internal static class Plans
{
    /// <summary>Column <paramref name="index"/> of <paramref name="plan"/>'s row (input 0).</summary>
    public static ColumnExpr Column(LogicalPlan plan, int index) => new(0, index, plan.Schema[index].Type);

    /// <summary>References to all columns of <paramref name="plan"/>, shifted by <paramref name="offset"/>.</summary>
    public static IEnumerable<Expr> Columns(LogicalPlan plan, int offset = 0) =>
        plan.Schema.Select((c, i) => (Expr)new ColumnExpr(0, offset + i, c.Type));

    /// <summary>A projection; a column keeps its input name when the expression is a plain column reference.</summary>
    public static ProjectPlan Project(LogicalPlan input, IEnumerable<Expr> expressions)
    {
        var list = expressions.ToImmutableArray();
        var columns = list.Select((e, i) => new PlanColumn(
            e is ColumnExpr { Input: 0 } c && c.Index < input.Arity ? input.Schema[c.Index].Name : $"$e{i}", e.Type));
        return new ProjectPlan(input, list, [.. columns]);
    }

    /// <summary>The first <paramref name="count"/> columns of <paramref name="input"/> (drops helper columns appended by a rewrite).</summary>
    public static LogicalPlan Prefix(LogicalPlan input, int count) =>
        count == input.Arity ? input : Project(input, Columns(input).Take(count));

    public static JoinPlan Join(LogicalPlan left, LogicalPlan right, JoinType type, Expr? condition) =>
        new(left, right, type, condition, JoinPlan.OutputColumns(left, right, type));

    public static LogicalPlan Filter(LogicalPlan input, IEnumerable<Expr> conjuncts)
    {
        var all = AndAll(conjuncts);
        return all is null ? input : new FilterPlan(input, all);
    }

    public static Expr? AndAll(IEnumerable<Expr> conjuncts)
    {
        Expr? result = null;
        foreach (var c in conjuncts) result = result is null ? c : Binding.Binder.And(result, c);
        return result;
    }

    public static Expr Call(ScalarFunction f, SqlType type, params Expr[] args) => new CallExpr(f.Name, [.. args], type);

    public static Expr IsNotDistinctFrom(Expr a, Expr b) => Call(Functions.IsNotDistinctFrom, SqlType.Boolean(), a, b);
    public static Expr IsNull(Expr a) => Call(Functions.IsNull, SqlType.Boolean(), a);
    public static Expr IsNotNull(Expr a) => Call(Functions.IsNotNull, SqlType.Boolean(), a);
    public static Expr Equal(Expr a, Expr b) => Call(Functions.Equal, SqlType.Boolean(a.Type.Nullable || b.Type.Nullable), a, b);
    public static Expr Or(Expr a, Expr b) => Binding.Binder.Or(a, b);

    /// <summary>COALESCE(<paramref name="a"/>, <paramref name="fallback"/>) with the type of <paramref name="fallback"/>'s nullability.</summary>
    public static Expr Coalesce(Expr a, Expr fallback)
    {
        var type = a.Type.WithNullable(fallback.Type.Nullable);
        return new CaseExpr([new CaseBranch(IsNotNull(a), Binding.Binder.Coerce(a, type))], Binding.Binder.Coerce(fallback, type), type);
    }

    /// <summary>The expression with every column reference moved by <paramref name="by"/>.</summary>
    public static Expr Shift(Expr e, int by) => by == 0 ? e : new ColumnMapper(c => c with { Index = c.Index + by }).Rewrite(e);

    /// <summary>The indexes of the columns an expression reads (with repeats).</summary>
    public static List<int> References(Expr e)
    {
        var columns = new List<ColumnExpr>();
        ExprAnalysis.CollectColumns(e, columns);
        return [.. columns.Select(c => c.Index)];
    }

    /// <summary>The conjuncts of a predicate (AND flattened; a TRUE literal has none).</summary>
    public static IEnumerable<Expr> Conjuncts(Expr? e) => Lowering.PlanLowering.Conjuncts(e);
}
