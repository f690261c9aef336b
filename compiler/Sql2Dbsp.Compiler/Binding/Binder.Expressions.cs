using System.Collections.Immutable;
using System.Globalization;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>Where an expression is bound: the visible names, where aggregates go (null = not allowed), and the clause for messages.</summary>
internal sealed record ExprContext(Scope Scope, AggregateCollector? Aggregates, string Clause);

/// <summary>Collects the distinct aggregate calls of one query level.</summary>
internal sealed class AggregateCollector
{
    public List<AggregateCall> Calls { get; } = [];

    public int Add(AggregateCall call)
    {
        int i = Calls.IndexOf(call);
        if (i >= 0) return i;
        Calls.Add(call);
        return Calls.Count - 1;
    }
}

/// <summary>Placeholder for aggregate call <see cref="Index"/> until the query's aggregate is built.</summary>
internal sealed record AggregateRefExpr(int Index, SqlType Type) : Expr(Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitOther(this);
}

internal sealed partial class Binder
{
    private Expr BindCondition(Expression e, ExprContext ctx)
    {
        var bound = BindExpr(e, ctx);
        if (bound.Type.Kind is not (SqlTypeKind.Boolean or SqlTypeKind.Null or SqlTypeKind.Error))
            throw Error(ErrorCodes.NotBoolean, $"{ctx.Clause} condition must be BOOLEAN, not {bound.Type.WithNullable(true)}", e.Span);
        return Coerce(bound, SqlType.Boolean(bound.Type.Nullable));
    }

    private Expr BindExpr(Expression e, ExprContext ctx)
    {
        var bound = BindExprCore(e, ctx);
        return bound.Span.IsNone ? bound with { Span = e.Span } : bound;
    }

    private Expr BindExprCore(Expression e, ExprContext ctx)
    {
        switch (e)
        {
            case NumericLiteral n: return NumberLiteral(n.Text, n.Span);
            case StringLiteral s: return new LiteralExpr(s.Value, SqlType.Varchar());
            case BinaryLiteral b:
                try { return new LiteralExpr(Convert.FromHexString(b.Hex), SqlType.Varbinary()); }
                catch (FormatException) { throw Error(ErrorCodes.InvalidLiteral, $"invalid binary literal X'{b.Hex}'", b.Span); }
            case BooleanLiteral b: return LiteralExpr.Bool(b.Value);
            case NullLiteral: return new LiteralExpr(null, SqlType.Null);
            case TypedLiteral t: return Literals.Typed(t) ?? throw Error(ErrorCodes.InvalidLiteral, $"invalid {t.TypeName} literal '{t.Value}'", t.Span);
            case IntervalLiteral i: return Literals.Interval(i) ?? throw Error(ErrorCodes.InvalidLiteral, $"invalid INTERVAL literal '{i.Value}' {i.StartUnit}{(i.EndUnit is null ? "" : " TO " + i.EndUnit)}", i.Span);
            case ColumnReference c: return ResolveColumn(c, ctx.Scope);
            case UnaryExpression u: return BindUnary(u, ctx);
            case BinaryExpression b: return BindBinary(b.Operator, BindExpr(b.Left, ctx), BindExpr(b.Right, ctx), b.OperatorSpan, b.Span);
            case IsNullExpression n:
                return new CallExpr((n.Negated ? Functions.IsNotNull : Functions.IsNull).Name, [BindExpr(n.Operand, ctx)], SqlType.Boolean());
            case IsTruthExpression t:
                {
                    var operand = BindCondition(t.Operand, ctx);
                    var f = t.Value switch
                    {
                        true => t.Negated ? Functions.IsNotTrue : Functions.IsTrue,
                        false => t.Negated ? Functions.IsNotFalse : Functions.IsFalse,
                        null => t.Negated ? Functions.IsNotNull : Functions.IsNull,
                    };
                    return new CallExpr(f.Name, [operand], SqlType.Boolean());
                }
            case IsDistinctFromExpression d:
                {
                    var (l, r) = Unify(BindExpr(d.Left, ctx), BindExpr(d.Right, ctx), d.Span, "IS DISTINCT FROM");
                    return new CallExpr((d.Negated ? Functions.IsNotDistinctFrom : Functions.IsDistinctFrom).Name, [l, r], SqlType.Boolean());
                }
            case BetweenExpression b:
                {
                    var x = BindExpr(b.Operand, ctx);
                    var lo = BindExpr(b.Low, ctx);
                    var hi = BindExpr(b.High, ctx);
                    Expr Range(Expr low, Expr high) =>
                        And(BindBinary(BinaryOperator.GreaterOrEqual, x, low, b.Span, b.Span), BindBinary(BinaryOperator.LessOrEqual, x, high, b.Span, b.Span));
                    var result = b.Symmetric ? Or(Range(lo, hi), Range(hi, lo)) : Range(lo, hi);
                    return b.Negated ? Not(result) : result;
                }
            case InListExpression list:
                {
                    var x = BindExpr(list.Operand, ctx);
                    Expr? any = null;
                    foreach (var item in list.List)
                    {
                        var eq = BindBinary(BinaryOperator.Equal, x, BindExpr(item, ctx), item.Span, item.Span);
                        any = any is null ? eq : Or(any, eq);
                    }
                    if (any is null) return LiteralExpr.Bool(list.Negated);
                    return list.Negated ? Not(any) : any;
                }
            case InSubqueryExpression s: return BindInSubquery(s, ctx);
            case ExistsExpression x:
                {
                    var q = BindQuery(x.Query, ctx.Scope);
                    return new SubqueryExpr(SubqueryKind.Exists, q.Plan, null, SqlType.Boolean());
                }
            case ScalarSubquery s:
                {
                    var q = BindQuery(s.Query, ctx.Scope);
                    if (q.Plan.Arity != 1)
                        throw Error(ErrorCodes.SubqueryColumnCount, $"a scalar subquery must return one column, not {q.Plan.Arity}", s.Span);
                    return new SubqueryExpr(SubqueryKind.Scalar, q.Plan, null, q.Plan.Schema[0].Type.AsNullable());
                }
            case QuantifiedComparison q:
                throw Error(ErrorCodes.Unsupported, $"not supported yet: quantified comparisons ({q.Quantifier.ToString().ToUpperInvariant()} subquery)", q.Span);
            case CaseExpression k: return BindCase(k, ctx);
            case CastExpression c:
                {
                    var operand = BindExpr(c.Operand, ctx);
                    var target = TypeRules.FromName(c.Type, operand.Type.Nullable, out var error)
                        ?? throw Error(ErrorCodes.TypeMismatch, error!, c.Type.Span);
                    if (!TypeRules.CanCast(operand.Type, target))
                        throw Error(ErrorCodes.InvalidCast, $"cannot cast {operand.Type.WithNullable(true)} to {target.WithNullable(true)}", c.Span);
                    return Coerce(operand, target);
                }
            case LikeExpression like:
                {
                    // PostgreSQL matches a CHAR operand with its padding ('ab'::CHAR(3) LIKE 'ab' is false).
                    var s = ToText(Padded(BindExpr(like.Operand, ctx)), like.Operand.Span, "LIKE");
                    var p = ToText(BindExpr(like.Pattern, ctx), like.Pattern.Span, "LIKE");
                    var args = like.Escape is null ? ImmutableArray.Create(s, p) : [s, p, ToText(BindExpr(like.Escape, ctx), like.Escape.Span, "ESCAPE")];
                    var call = new CallExpr((like.CaseInsensitive ? Functions.ILike : Functions.Like).Name, args, SqlType.Boolean(args.Any(a => a.Type.Nullable)));
                    return like.Negated ? Not(call) : call;
                }
            case ExtractExpression x: return BindExtract(x, ctx);
            case TrimExpression t:
                {
                    var s = ToText(BindExpr(t.Operand, ctx), t.Operand.Span, "TRIM");
                    Expr chars = t.Characters is null ? new LiteralExpr(null, SqlType.Varchar(true)) : ToText(BindExpr(t.Characters, ctx), t.Characters.Span, "TRIM");
                    return new CallExpr(Functions.Trim.Name,
                        [LiteralExpr.Bool(t.Mode != TrimMode.Trailing), LiteralExpr.Bool(t.Mode != TrimMode.Leading), chars, s],
                        SqlType.Varchar(s.Type.Nullable || chars.Type.Nullable && t.Characters is not null));
                }
            case FunctionCall f: return BindFunction(f, ctx);
            case RowExpression r:
                throw Error(ErrorCodes.Unsupported, "not supported yet: row value expressions", r.Span);
            default:
                throw new InternalCompilerError($"unhandled expression {e.GetType().Name}", e.Span);
        }
    }

    private Expr NumberLiteral(string text, SourceSpan span)
    {
        var inv = CultureInfo.InvariantCulture;
        if (text.IndexOfAny(['e', 'E']) >= 0)
            return double.TryParse(text, NumberStyles.Float, inv, out double d)
                ? new LiteralExpr(d, SqlType.Double())
                : throw Error(ErrorCodes.InvalidLiteral, $"invalid number '{text}'", span);
        if (text.Contains('.'))
        {
            int dot = text.IndexOf('.');
            int scale = text.Length - dot - 1;
            int intDigits = text[..dot].TrimStart('0').Length;
            if (intDigits + scale > SqlType.MaxDecimalPrecision)
                throw Error(ErrorCodes.InvalidLiteral, $"numeric literal '{text}' exceeds the DECIMAL precision of {SqlType.MaxDecimalPrecision} digits", span);
            return new LiteralExpr(DecimalValue.Parse(text), TypeRules.Decimal(Math.Max(1, intDigits) + scale, scale));
        }
        if (long.TryParse(text, NumberStyles.None, inv, out long v))
            return new LiteralExpr(v, v <= int.MaxValue ? SqlType.Integer() : SqlType.BigInt());
        if (text.TrimStart('0').Length <= SqlType.MaxDecimalPrecision)
            return new LiteralExpr(DecimalValue.Parse(text), SqlType.Decimal(text.TrimStart('0').Length, 0));
        throw Error(ErrorCodes.InvalidLiteral, $"integer literal '{text}' is too large", span);
    }

    private Expr BindUnary(UnaryExpression u, ExprContext ctx)
    {
        // Fold "- literal" so that -9223372036854775808 and -2147483648 keep their natural types.
        if (u.Operator == UnaryOperator.Minus && u.Operand is NumericLiteral n)
        {
            var lit = (LiteralExpr)NumberLiteral(n.Text, n.Span);
            return lit.Value switch
            {
                long v when v - 1 == int.MaxValue => new LiteralExpr(-v, SqlType.Integer()),
                long v => new LiteralExpr(-v, lit.Type),
                DecimalValue m when m.Scale == 0 && -m.Unscaled == long.MinValue => new LiteralExpr(long.MinValue, SqlType.BigInt()),
                DecimalValue m => new LiteralExpr(m.Negate(), lit.Type),
                double d => new LiteralExpr(-d, lit.Type),
                _ => lit,
            };
        }
        var operand = BindExpr(u.Operand, ctx);
        switch (u.Operator)
        {
            case UnaryOperator.Not:
                if (operand.Type.Kind is not (SqlTypeKind.Boolean or SqlTypeKind.Null or SqlTypeKind.Error))
                    throw Error(ErrorCodes.NotBoolean, $"NOT needs a BOOLEAN operand, not {operand.Type.WithNullable(true)}", u.Operand.Span);
                return Not(Coerce(operand, SqlType.Boolean(operand.Type.Nullable)));
            case UnaryOperator.Plus:
                // Identity on every type, as in SQLite (PostgreSQL only defines it for numbers): it cannot change a
                // value, and sqllogictest files born in SQLite write +'text' and +column freely.
                return operand;
            default:
                if (operand.Type.IsNullLiteral) return new LiteralExpr(null, SqlType.Integer(true));
                if (!operand.Type.IsNumeric && !operand.Type.IsInterval)
                    throw Error(ErrorCodes.TypeMismatch, $"unary - needs a numeric operand, not {operand.Type.WithNullable(true)}", u.Span);
                return new CallExpr(Functions.Negate.Name, [operand], operand.Type);
        }
    }

    private Expr BindBinary(BinaryOperator op, Expr left, Expr right, SourceSpan opSpan, SourceSpan span)
    {
        switch (op)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                {
                    var l = RequireBoolean(left, op);
                    var r = RequireBoolean(right, op);
                    return op == BinaryOperator.And ? And(l, r) : Or(l, r);
                }
            case BinaryOperator.Concat:
                {
                    var l = ToText(left, left.Span, "||");
                    var r = ToText(right, right.Span, "||");
                    return new CallExpr(Functions.Concat.Name, [l, r], SqlType.Varchar(l.Type.Nullable || r.Type.Nullable));
                }
            case BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
                or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return Compare(op, left, right, opSpan);
            default:
                return Arithmetic(op, left, right, opSpan, span);
        }
    }

    private Expr RequireBoolean(Expr e, BinaryOperator op)
    {
        if (e.Type.Kind is SqlTypeKind.Boolean or SqlTypeKind.Error) return e;
        if (e.Type.IsNullLiteral) return new LiteralExpr(null, SqlType.Boolean(true));
        throw Error(ErrorCodes.NotBoolean, $"{op.ToString().ToUpperInvariant()} needs BOOLEAN operands, not {e.Type.WithNullable(true)}", e.Span);
    }

    private Expr Arithmetic(BinaryOperator op, Expr left, Expr right, SourceSpan opSpan, SourceSpan span)
    {
        // A string literal takes the type of a numeric operand (as PostgreSQL's unknown literal does): i + '1'.
        if (IsStringLiteral(left) && right.Type.IsNumeric) left = Coerce(left, right.Type.WithNullable(false));
        else if (IsStringLiteral(right) && left.Type.IsNumeric) right = Coerce(right, left.Type.WithNullable(false));
        var result = TypeRules.Arithmetic(op, left.Type, right.Type)
            ?? throw Error(ErrorCodes.TypeMismatch,
                $"operator {OperatorText(op)} cannot be applied to {left.Type.WithNullable(true)} and {right.Type.WithNullable(true)}", opSpan);
        var function = op switch
        {
            BinaryOperator.Add => Functions.Add,
            BinaryOperator.Subtract => Functions.Subtract,
            BinaryOperator.Multiply => Functions.Multiply,
            BinaryOperator.Divide => Functions.Divide,
            _ => Functions.Modulo,
        };
        Expr l = left, r = right;
        if (left.Type.IsNumeric && right.Type.IsNumeric || left.Type.IsNullLiteral || right.Type.IsNullLiteral)
        {
            if (result.Kind == SqlTypeKind.Decimal)
            {
                // Each operand keeps its own scale (an integer becomes DECIMAL(p,0)): the runtime computes the exact
                // result and rounds it once, to the result type the emitter passes along.
                l = Coerce(left, ExactOperandType(left.Type, right.Type));
                r = Coerce(right, ExactOperandType(right.Type, left.Type));
                return new CallExpr(function.Name, [l, r], result) { Span = span };
            }
            l = Coerce(left, result.WithNullable(left.Type.Nullable));
            r = Coerce(right, result.WithNullable(right.Type.Nullable));
        }
        else if (left.Type.IsInterval && right.Type.IsNumeric)
            r = Coerce(right, (right.Type.IsInteger ? SqlType.BigInt() : SqlType.Double()).WithNullable(right.Type.Nullable));
        else if (left.Type.IsNumeric && right.Type.IsInterval)
            (l, r) = (right, Coerce(left, (left.Type.IsInteger ? SqlType.BigInt() : SqlType.Double()).WithNullable(left.Type.Nullable)));
        return new CallExpr(function.Name, [l, r], result) { Span = span };
    }

    /// <summary>The DECIMAL type an operand of DECIMAL arithmetic is read as: its own shape (a NULL, the other side's).</summary>
    private static SqlType ExactOperandType(SqlType operand, SqlType other)
    {
        var shapeOf = operand.IsNullLiteral ? other : operand;
        if (shapeOf.Kind == SqlTypeKind.Decimal) return shapeOf.WithNullable(operand.Nullable);
        var (p, s) = shapeOf.DecimalShape();
        return SqlType.Decimal(p, s, operand.Nullable);
    }

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        _ => op.ToString().ToUpperInvariant(),
    };

    private Expr Compare(BinaryOperator op, Expr left, Expr right, SourceSpan opSpan)
    {
        var (l, r) = Unify(left, right, opSpan, OperatorText(op));
        var f = op switch
        {
            BinaryOperator.Equal => Functions.Equal,
            BinaryOperator.NotEqual => Functions.NotEqual,
            BinaryOperator.Less => Functions.Less,
            BinaryOperator.LessOrEqual => Functions.LessOrEqual,
            BinaryOperator.Greater => Functions.Greater,
            _ => Functions.GreaterOrEqual,
        };
        if (l.Type.IsNullLiteral) return new LiteralExpr(null, SqlType.Boolean(true));
        return new CallExpr(f.Name, [l, r], SqlType.Boolean(l.Type.Nullable || r.Type.Nullable));
    }

    /// <summary>Coerces two operands to their common type; a string literal adopts the other side's type.</summary>
    private (Expr, Expr) Unify(Expr left, Expr right, SourceSpan span, string what)
    {
        if (left.Type.Kind == SqlTypeKind.Char && right.Type.IsString || right.Type.Kind == SqlTypeKind.Char && left.Type.IsString)
        {
            // PostgreSQL compares CHAR with CHAR or VARCHAR as CHAR (bpchar): trailing blanks do not count on either side.
            // Both sides become VARCHAR values without trailing blanks, so join keys and IN lists match as plain strings.
            // A string function's result is PostgreSQL's text, and CHAR meets text as text: only the CHAR side loses
            // its trailing blanks (c = LOWER(v) is false for 'b' and 'b  ').
            return (IsText(left) ? left : WithoutPadding(left), IsText(right) ? right : WithoutPadding(right));
        }
        if (IsStringLiteral(left) && !right.Type.IsString && !right.Type.IsNullLiteral && TypeRules.CanCast(left.Type, right.Type))
            return (Coerce(left, right.Type.WithNullable(false)), right);
        if (IsStringLiteral(right) && !left.Type.IsString && !left.Type.IsNullLiteral && TypeRules.CanCast(right.Type, left.Type))
            return (left, Coerce(right, left.Type.WithNullable(false)));
        var common = TypeRules.Common(left.Type, right.Type)
            ?? throw Error(ErrorCodes.TypeMismatch, $"cannot compare {left.Type.WithNullable(true)} with {right.Type.WithNullable(true)} ({what})", span);
        if (common.IsNullLiteral) return (left, right);
        // DECIMALs compare (and hash) by value whatever their scales: each side keeps its own digits rather than being
        // rounded, or overflowing, into a common DECIMAL type.
        if (common.Kind == SqlTypeKind.Decimal)
            return (Coerce(left, ExactOperandType(left.Type, right.Type)), Coerce(right, ExactOperandType(right.Type, left.Type)));
        return (Coerce(left, common.WithNullable(left.Type.Nullable)), Coerce(right, common.WithNullable(right.Type.Nullable)));
    }

    private static bool IsStringLiteral(Expr e) => e is LiteralExpr { Value: string } && e.Type.IsString;

    /// <summary>
    /// The type that values of CASE branches, COALESCE arguments or a VALUES column convert to, PostgreSQL's
    /// select_common_type in its order: string literals (of unknown type there) take the type of the other values when
    /// there are any (<c>CASE WHEN c THEN 1 ELSE '2' END</c> is an INTEGER), and then make a string type lose its length
    /// (<c>COALESCE(char3, 'x')</c> is a CHAR without length: 'x' is not padded, char3's values keep their padding).
    /// <paramref name="error"/> builds the error for the item at an index that cannot be matched with the type so far.
    /// </summary>
    private static SqlType CommonType(IReadOnlyList<Expr> items, Func<SqlType, int, Exception> error)
    {
        bool skipLiterals = items.Any(t => !IsUntypedLiteral(t) && !t.Type.IsNullLiteral);
        SqlType? type = null;
        for (int i = 0; i < items.Count; i++)
        {
            if (skipLiterals && IsUntypedLiteral(items[i])) continue;
            type = type is null ? items[i].Type : TypeRules.Common(type, items[i].Type) ?? throw error(type, i);
        }
        return skipLiterals && type!.IsString && items.Any(IsUntypedLiteral) ? type with { Precision = -1 } : type ?? SqlType.Null;
    }

    /// <summary>A string literal as written (not CAST to CHAR(n)): PostgreSQL's literal of unknown type.</summary>
    private static bool IsUntypedLiteral(Expr e) => IsStringLiteral(e) && e.Type.Kind == SqlTypeKind.Varchar && e.Type.Precision < 0;

    /// <summary>
    /// Whether PostgreSQL types the value <c>text</c> rather than <c>varchar</c>: string functions and <c>||</c> return
    /// text. Our VARCHAR is both; the difference only shows where a CHAR meets it in a comparison. Only the expression
    /// itself is looked at (a view's or subquery's column computed by a function counts as VARCHAR).
    /// </summary>
    private static bool IsText(Expr e) => e.Type.Kind == SqlTypeKind.Varchar && e switch
    {
        CallExpr c => c.Function != Functions.PadChar.Name && c.Function != Functions.TrimPadding.Name,
        SubqueryExpr { Kind: SubqueryKind.Scalar } q => IsTextColumn(q.Plan, 0),
        _ => false,
    };

    /// <summary>Whether a plan's column is PostgreSQL's text: a string function's result, or MIN/MAX of a VARCHAR
    /// (PostgreSQL has min(text), not min(varchar)).</summary>
    private static bool IsTextColumn(LogicalPlan plan, int i) => plan.Schema[i].Type.Kind == SqlTypeKind.Varchar && plan switch
    {
        ProjectPlan p => p.Expressions[i] is ColumnExpr { Input: 0 } c ? IsTextColumn(p.Input, c.Index) : IsText(p.Expressions[i]),
        AggregatePlan a => i < a.Keys.Length ? IsText(a.Keys[i]) : a.Aggregates[i - a.Keys.Length].Kind is AggregateKind.Min or AggregateKind.Max,
        FilterPlan or DistinctPlan or TopKPlan => IsTextColumn(plan.Children[0], i),
        _ => false,
    };

    /// <summary>A string as PostgreSQL's bpchar comparisons see it: as VARCHAR, without trailing blanks (CHAR(n) values are
    /// kept that way already).</summary>
    private static Expr WithoutPadding(Expr e)
    {
        var type = SqlType.Varchar(e.Type.Nullable);
        if (e is LiteralExpr { Value: string text }) return new LiteralExpr(text.TrimEnd(' '), type) { Span = e.Span };
        if (e.Type.Kind == SqlTypeKind.Char) return Coerce(e, type);
        return new CallExpr(Functions.TrimPadding.Name, [e], type) { Span = e.Span };
    }

    private Expr ToText(Expr e, SourceSpan span, string what)
    {
        // A CHAR without length keeps its values' trailing blanks; string functions see them without, as PostgreSQL's
        // bpchar-to-text cast does (CHAR(n) values are kept without them already).
        if (e.Type.Kind == SqlTypeKind.Char && e.Type.Precision < 0) return Coerce(e, SqlType.Varchar(e.Type.Nullable));
        if (e.Type.IsString) return e;
        if (e.Type.IsNullLiteral) return new LiteralExpr(null, SqlType.Varchar(true));
        if (!TypeRules.CanCast(e.Type, SqlType.Varchar()))
            throw Error(ErrorCodes.TypeMismatch, $"{what} needs a string, not {e.Type.WithNullable(true)}", span);
        return Coerce(e, SqlType.Varchar(e.Type.Nullable));
    }

    /// <summary>A CHAR value with its trailing blanks, as VARCHAR, where PostgreSQL sees them (LIKE, CONCAT): CHAR(n) padded
    /// to n, a CHAR without length as it is (<c>PadChar(x, -1)</c> is the identity); others as they are.</summary>
    private static Expr Padded(Expr e) =>
        e.Type.Kind == SqlTypeKind.Char
            ? new CallExpr(Functions.PadChar.Name, [e, new LiteralExpr((long)e.Type.Precision, SqlType.Integer())], SqlType.Varchar(e.Type.Nullable)) { Span = e.Span }
            : e;

    private Expr BindCase(CaseExpression k, ExprContext ctx)
    {
        var operand = k.Operand is null ? null : BindExpr(k.Operand, ctx);
        var whens = new List<Expr>();
        var thens = new List<Expr>();
        foreach (var w in k.Whens)
        {
            whens.Add(operand is null ? BindCondition(w.When, ctx with { Clause = "WHEN" })
                : Compare(BinaryOperator.Equal, operand, BindExpr(w.When, ctx), w.When.Span));
            thens.Add(BindExpr(w.Then, ctx));
        }
        var els = k.Else is null ? new LiteralExpr(null, SqlType.Null) : BindExpr(k.Else, ctx);
        // PostgreSQL resolves the ELSE branch first, then the THEN branches in order (the first string type wins).
        var type = CommonType([els, .. thens], (type, i) =>
            Error(ErrorCodes.TypeMismatch, $"CASE branches mix {type.WithNullable(true)} and {thens[i - 1].Type.WithNullable(true)}", k.Whens[i - 1].Then.Span));
        bool nullable = els.Type.Nullable || thens.Any(t => t.Type.Nullable);
        type = Finalize(type).WithNullable(nullable);
        var branches = whens.Select((w, i) => new CaseBranch(w.Type.Nullable || w.Type.Kind != SqlTypeKind.Boolean ? Coerce(w, SqlType.Boolean(true)) : w, Coerce(thens[i], type)));
        return new CaseExpr([.. branches], Coerce(els, type), type);
    }

    private Expr BindInSubquery(InSubqueryExpression s, ExprContext ctx)
    {
        var operand = BindExpr(s.Operand, ctx);
        var q = BindQuery(s.Query, ctx.Scope);
        if (q.Plan.Arity != 1)
            throw Error(ErrorCodes.SubqueryColumnCount, $"the subquery of IN must return one column, not {q.Plan.Arity}", s.Query.Span);
        var itemType = q.Plan.Schema[0].Type;
        if (operand.Type.IsString && itemType.IsString && (operand.Type.Kind == SqlTypeKind.Char || itemType.Kind == SqlTypeKind.Char))
        {
            // Compared as a comparison would be: as CHAR (bpchar), without trailing blanks on either side, unless the
            // other side is text.
            Expr column = new ColumnExpr(0, 0, itemType);
            var item = IsTextColumn(q.Plan, 0) ? column : WithoutPadding(column);
            if (!IsText(operand)) operand = WithoutPadding(operand);
            var trimmed = new ProjectPlan(q.Plan, [item], [q.Plan.Schema[0] with { Type = item.Type }]);
            var inTrimmed = new SubqueryExpr(SubqueryKind.In, trimmed, operand, SqlType.Boolean(true));
            return s.Negated ? Not(inTrimmed) : inTrimmed;
        }
        var common = TypeRules.Common(operand.Type, itemType)
            ?? throw Error(ErrorCodes.TypeMismatch, $"cannot compare {operand.Type.WithNullable(true)} with {itemType.WithNullable(true)} (IN)", s.Span);
        common = Finalize(common);
        var plan = CoercePlan(q.Plan, [common.WithNullable(itemType.Nullable)]);
        var sub = new SubqueryExpr(SubqueryKind.In, plan, Coerce(operand, common.WithNullable(operand.Type.Nullable)), SqlType.Boolean(true));
        return s.Negated ? Not(sub) : sub;
    }

    private Expr ResolveColumn(ColumnReference c, Scope scope)
    {
        var found = FindColumn(c, scope, out int depth, out var scopeAtDepth)
            ?? throw Error(ErrorCodes.UnknownColumn, $"unknown column '{string.Join(".", c.Parts.Select(p => p.Text))}'", c.Span);
        if (depth == 0) return new ColumnExpr(0, found.Index, found.Type);
        if (scopeAtDepth!.Aggregated)
            throw Error(ErrorCodes.Unsupported, "not supported yet: a correlated reference to a column of an aggregated query", c.Span);
        return new OuterColumnExpr(depth, found.Index, found.Type);
    }

    private ScopeColumn? FindColumn(ColumnReference c, Scope scope, out int depth, out Scope? where)
    {
        depth = 0;
        for (var s = scope; s is not null; s = s.Parent, depth++)
        {
            ScopeColumn? match = null;
            foreach (var col in s.Columns)
            {
                bool ok = c.Parts.Length == 1
                    ? !col.QualifiedOnly && c.Column.Matches(col.Name, col.Quoted)
                    : col.Relation is not null && c.Parts[^2].Matches(col.Relation, col.RelationQuoted) && c.Column.Matches(col.Name, col.Quoted);
                if (!ok) continue;
                if (match is not null && match.Index != col.Index)
                    throw Error(ErrorCodes.AmbiguousColumn, $"column reference '{string.Join(".", c.Parts.Select(p => p.Text))}' is ambiguous", c.Span,
                        "qualify it with a table name or alias");
                match = col;
            }
            if (match is not null)
            {
                where = s;
                return match;
            }
        }
        where = null;
        return null;
    }

    /// <summary>Converts to a type: nothing if equal, a typed NULL for NULL literals, a string literal converted at
    /// compile time (an error at its span when it cannot convert), a cast otherwise.</summary>
    internal static Expr Coerce(Expr e, SqlType type)
    {
        if (e.Type == type) return e;
        if (e is LiteralExpr { Value: null }) return new LiteralExpr(null, type.AsNullable()) { Span = e.Span };
        if (e is LiteralExpr { Value: string text } && e.Type.IsString && !type.IsError)
        {
            // A CHAR(n) literal (kept without trailing blanks) becoming a CHAR without length shows its padding.
            if (e.Type.Kind == SqlTypeKind.Char && e.Type.Precision > 0 && type.Kind == SqlTypeKind.Char && type.Precision < 0)
                text += new string(' ', Math.Max(0, e.Type.Precision - (text.Length - text.Count(char.IsLowSurrogate))));
            var converted = Literals.FromText(text, type, e.Span);
            return converted.Type == type ? converted : new CastExpr(converted, type) { Span = e.Span };
        }
        return new CastExpr(e, type) { Span = e.Span };
    }

    internal static Expr And(Expr a, Expr b) => new CallExpr(Functions.And.Name, [a, b], SqlType.Boolean(a.Type.Nullable || b.Type.Nullable));
    internal static Expr Or(Expr a, Expr b) => new CallExpr(Functions.Or.Name, [a, b], SqlType.Boolean(a.Type.Nullable || b.Type.Nullable));
    internal static Expr Not(Expr a) => new CallExpr(Functions.Not.Name, [a], SqlType.Boolean(a.Type.Nullable)) { Span = a.Span };

    /// <summary>True when an expression reads no column of any row (a constant).</summary>
    private static bool IsClosed(Expr e) => e switch
    {
        ColumnExpr or OuterColumnExpr or SubqueryExpr or AggregateRefExpr or NowExpr => false,
        CallExpr c => c.Arguments.All(IsClosed),
        CastExpr c => IsClosed(c.Operand),
        CaseExpr k => k.Branches.All(b => IsClosed(b.When) && IsClosed(b.Then)) && IsClosed(k.Else),
        _ => true,
    };
}
