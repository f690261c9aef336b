using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Evaluates what is known at compile time, with exactly the runtime's semantics, and nothing that could fail: NULL
/// operands of strict functions, integer arithmetic and comparisons of literals (left alone when the result would
/// overflow its type or divide by zero, so the runtime raises the error), three-valued logic with a constant operand
/// (only dropping operands that cannot fail), NULL tests of NOT NULL columns, CASE branches with constant conditions.
/// A filter that is always TRUE disappears; one that is never TRUE becomes an empty relation.
/// </summary>
internal sealed class ConstantFolding : IPlanRewrite
{
    public string Name => "constant-folding";
    public bool Optional => true;

    /// <summary>
    /// Operators whose result is NULL when any argument is NULL (checked before any error); the named functions say
    /// so in <see cref="FunctionRegistry"/>.
    /// </summary>
    private static readonly HashSet<string> Strict =
    [
        "add", "subtract", "multiply", "divide", "modulo", "negate", "eq", "ne", "lt", "le", "gt", "ge",
        "concat", "like", "ilike",
    ];

    public LogicalPlan Apply(LogicalPlan plan)
    {
        var children = plan.Children.Select(Apply).ToImmutableArray();
        if (!PlanMapping.SameNodes(children, plan.Children)) plan = plan.WithChildren(children);
        // A projection of literal rows is literal rows (SELECT without FROM, VALUES): fold them as a whole.
        if (plan is ProjectPlan { Input: ValuesPlan values } project)
            plan = new ValuesPlan([.. values.Rows.Select(row => project.Expressions.Select(e => new ColumnMapper(c => row[c.Index]).Rewrite(e)).ToImmutableArray())],
                project.Columns);
        plan = PlanMapping.MapExpressions(plan, Fold);
        if (plan is FilterPlan f)
        {
            if (f.Predicate is LiteralExpr { Value: true }) return f.Input;
            if (f.Predicate is LiteralExpr) return new ValuesPlan([], f.Schema);
        }
        return plan;
    }

    public static Expr Fold(Expr e) => new Folder().Rewrite(e);

    private sealed class Folder : ExprRewriter
    {
        public override Expr VisitCall(CallExpr e)
        {
            var call = (CallExpr)base.VisitCall(e);
            var args = call.Arguments;
            if ((Strict.Contains(call.Function) || FunctionRegistry.IsStrict(call.Function)) && args.Any(a => a is LiteralExpr { Value: null }))
                return LiteralExpr.Null(call.Type) with { Span = call.Span };
            return call.Function switch
            {
                "and" => FoldAnd(call, args[0], args[1]),
                "or" => FoldOr(call, args[0], args[1]),
                "not" when args[0] is LiteralExpr { Value: bool b } => Literal(!b, call),
                "not" when args[0] is CallExpr { Function: "not" } inner => inner.Arguments[0],
                "is_null" when args[0] is LiteralExpr l => Literal(l.Value is null, call),
                "is_not_null" when args[0] is LiteralExpr l => Literal(l.Value is not null, call),
                "is_null" when !args[0].Type.Nullable && CannotFail(args[0]) => Literal(false, call),
                "is_not_null" when !args[0].Type.Nullable && CannotFail(args[0]) => Literal(true, call),
                _ when args.All(a => a is LiteralExpr) => Evaluate(call) ?? call,
                _ => call,
            };
        }

        public override Expr VisitCase(CaseExpr e)
        {
            var kase = (CaseExpr)base.VisitCase(e);
            var branches = new List<CaseBranch>();
            foreach (var b in kase.Branches)
            {
                if (b.When is LiteralExpr { Value: not true }) continue; // FALSE or NULL: never taken
                if (b.When is LiteralExpr { Value: true } && branches.Count == 0) return Retype(b.Then, kase.Type);
                branches.Add(b);
                if (b.When is LiteralExpr { Value: true }) break;
            }
            if (branches.Count == 0) return Retype(kase.Else, kase.Type);
            return branches.Count == kase.Branches.Length ? kase : kase with { Branches = [.. branches] };
        }

        public override Expr VisitCast(CastExpr e)
        {
            var cast = (CastExpr)base.VisitCast(e);
            if (cast.Operand is LiteralExpr { Value: null }) return LiteralExpr.Null(cast.Type) with { Span = cast.Span };
            if (cast.Operand is LiteralExpr { Value: long v } l && l.Type.IsInteger && cast.Type.IsInteger && InRange(v, cast.Type))
                return new LiteralExpr(v, cast.Type) { Span = cast.Span };
            if (cast.Operand is LiteralExpr lit && lit.Type.SameAs(cast.Type))
                return new LiteralExpr(lit.Value, cast.Type) { Span = cast.Span };
            return cast;
        }

        private static Expr FoldAnd(CallExpr call, Expr a, Expr b)
        {
            if (a is LiteralExpr { Value: true }) return Retype(b, call.Type);
            if (b is LiteralExpr { Value: true }) return Retype(a, call.Type);
            if (a is LiteralExpr { Value: false } || b is LiteralExpr { Value: false } && CannotFail(a)) return Literal(false, call);
            return call;
        }

        private static Expr FoldOr(CallExpr call, Expr a, Expr b)
        {
            if (a is LiteralExpr { Value: false }) return Retype(b, call.Type);
            if (b is LiteralExpr { Value: false }) return Retype(a, call.Type);
            if (a is LiteralExpr { Value: true } || b is LiteralExpr { Value: true } && CannotFail(a)) return Literal(true, call);
            return call;
        }

        /// <summary>Integer arithmetic and comparisons of literals, or null when not foldable without risk.</summary>
        private static Expr? Evaluate(CallExpr call)
        {
            var args = call.Arguments;
            if (call.Function == "negate" && args[0] is LiteralExpr { Value: long n } && n != long.MinValue && InRange(-n, call.Type))
                return new LiteralExpr(-n, call.Type) { Span = call.Span };
            if (args.Length != 2 || args[0] is not LiteralExpr { Value: var x } || args[1] is not LiteralExpr { Value: var y }) return null;
            if (x is long a && y is long b && args[0].Type.IsInteger && args[1].Type.IsInteger)
            {
                Int128 wide = a, other = b;
                Int128? value = call.Function switch
                {
                    "add" => wide + other,
                    "subtract" => wide - other,
                    "multiply" => wide * other,
                    "divide" when b != 0 => wide / other, // truncates toward zero, as the runtime does
                    "modulo" when b != 0 => wide % other, // sign of the dividend, as the runtime does
                    _ => null,
                };
                if (value is { } v && call.Type.IsInteger)
                    return v >= long.MinValue && v <= long.MaxValue && InRange((long)v, call.Type) ? new LiteralExpr((long)v, call.Type) { Span = call.Span } : null;
                int? order = a.CompareTo(b);
                return Compare(call, order);
            }
            if (x is bool p && y is bool q) return Compare(call, p.CompareTo(q));
            return null;
        }

        private static Expr? Compare(CallExpr call, int? order) => order is not { } c ? null : call.Function switch
        {
            "eq" => Literal(c == 0, call),
            "ne" => Literal(c != 0, call),
            "lt" => Literal(c < 0, call),
            "le" => Literal(c <= 0, call),
            "gt" => Literal(c > 0, call),
            "ge" => Literal(c >= 0, call),
            _ => null,
        };

        private static LiteralExpr Literal(bool value, Expr of) => new(value, of.Type) { Span = of.Span };

        /// <summary>An operand that replaces a whole expression keeps the expression's (nullability of) type.</summary>
        private static Expr Retype(Expr e, SqlType type) => Binding.Binder.Coerce(e, type);
    }

    private static bool InRange(long v, SqlType type) => type.Kind switch
    {
        SqlTypeKind.TinyInt => v is >= sbyte.MinValue and <= sbyte.MaxValue,
        SqlTypeKind.SmallInt => v is >= short.MinValue and <= short.MaxValue,
        SqlTypeKind.Integer => v is >= int.MinValue and <= int.MaxValue,
        SqlTypeKind.BigInt => true,
        _ => false,
    };

    /// <summary>Expressions whose evaluation never raises an error: columns, literals, and comparisons and logic over them.</summary>
    private static bool CannotFail(Expr e) => e switch
    {
        ColumnExpr or LiteralExpr => true,
        CallExpr { Function: "eq" or "ne" or "lt" or "le" or "gt" or "ge" or "and" or "or" or "not" or "is_null" or "is_not_null"
            or "is_distinct_from" or "is_not_distinct_from" } c => c.Arguments.All(CannotFail),
        _ => false,
    };
}
