using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

internal sealed partial class Binder
{
    private static readonly HashSet<string> AggregateNames = new(StringComparer.OrdinalIgnoreCase) { "COUNT", "SUM", "AVG", "MIN", "MAX" };

    /// <summary>Whether an expression contains an aggregate call at this query level (not inside subqueries).</summary>
    private static bool ContainsAggregate(Expression e) => e switch
    {
        FunctionCall f when f.Over is null && AggregateNames.Contains(f.Name.Text) => true,
        FunctionCall f => f.Arguments.Any(ContainsAggregate),
        UnaryExpression u => ContainsAggregate(u.Operand),
        BinaryExpression b => ContainsAggregate(b.Left) || ContainsAggregate(b.Right),
        IsNullExpression n => ContainsAggregate(n.Operand),
        IsTruthExpression t => ContainsAggregate(t.Operand),
        IsDistinctFromExpression d => ContainsAggregate(d.Left) || ContainsAggregate(d.Right),
        BetweenExpression b => ContainsAggregate(b.Operand) || ContainsAggregate(b.Low) || ContainsAggregate(b.High),
        InListExpression l => ContainsAggregate(l.Operand) || l.List.Any(ContainsAggregate),
        InSubqueryExpression s => ContainsAggregate(s.Operand),
        CaseExpression k => (k.Operand is not null && ContainsAggregate(k.Operand)) || k.Whens.Any(w => ContainsAggregate(w.When) || ContainsAggregate(w.Then)) || (k.Else is not null && ContainsAggregate(k.Else)),
        CastExpression c => ContainsAggregate(c.Operand),
        LikeExpression l => ContainsAggregate(l.Operand) || ContainsAggregate(l.Pattern),
        ExtractExpression x => ContainsAggregate(x.Operand),
        TrimExpression t => ContainsAggregate(t.Operand),
        _ => false,
    };

    private Expr BindFunction(FunctionCall f, ExprContext ctx)
    {
        string name = f.Name.Text.ToUpperInvariant();
        if (f.Over is not null)
            throw Error(ErrorCodes.Unsupported, $"not supported yet: window functions ({name}(...) OVER (...))", f.Span);
        if (AggregateNames.Contains(name)) return BindAggregate(name, f, ctx);
        if (f.Distinct || f.Star || f.Filter is not null)
            throw Error(ErrorCodes.InvalidStatement, $"DISTINCT, * and FILTER are only allowed in aggregate functions, not in {name}", f.Span);
        var args = f.Arguments.Select(a => BindExpr(a, ctx)).ToList();

        void Arity(int min, int max)
        {
            if (args.Count < min || args.Count > max)
                throw Error(ErrorCodes.WrongArgumentCount,
                    $"{name} takes {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} to {max}")} argument(s), not {args.Count}", f.Span);
        }
        bool anyNullable = args.Any(a => a.Type.Nullable);
        Expr Numeric(int i)
        {
            var a = args[i];
            if (a.Type.IsNullLiteral) return new LiteralExpr(null, SqlType.Integer(true));
            if (!a.Type.IsNumeric) throw Error(ErrorCodes.TypeMismatch, $"{name} needs a numeric argument, not {a.Type.WithNullable(true)}", f.Arguments[i].Span);
            return a;
        }
        Expr AsDouble(int i) => Coerce(Numeric(i), SqlType.Double(args[i].Type.Nullable));
        Expr AsBigInt(int i)
        {
            var a = Numeric(i);
            if (!a.Type.IsInteger) throw Error(ErrorCodes.TypeMismatch, $"{name} needs an integer argument, not {a.Type.WithNullable(true)}", f.Arguments[i].Span);
            return Coerce(a, SqlType.BigInt(a.Type.Nullable));
        }
        Expr Text(int i) => ToText(args[i], f.Arguments[i].Span, name);
        Expr Call(ScalarFunction fn, SqlType type, params Expr[] a) => new CallExpr(fn.Name, [.. a], type);

        switch (name)
        {
            case "ABS":
                Arity(1, 1);
                return Call(Functions.Abs, Numeric(0).Type, Numeric(0));
            case "SIGN":
                Arity(1, 1);
                return Call(Functions.Sign, Numeric(0).Type, Numeric(0));
            case "MOD":
                Arity(2, 2);
                return BindBinary(BinaryOperator.Modulo, Numeric(0), Numeric(1), f.Span, f.Span);
            case "ROUND":
                {
                    Arity(1, 2);
                    var x = Numeric(0);
                    if (args.Count == 1) return x.Type.IsInteger ? x : Call(Functions.Round, x.Type, x);
                    var digits = Coerce(AsBigInt(1), SqlType.Integer(args[1].Type.Nullable));
                    return Call(Functions.Round, x.Type.WithNullable(anyNullable), x, digits);
                }
            case "FLOOR" or "CEIL" or "CEILING":
                {
                    Arity(1, 1);
                    var x = Numeric(0);
                    if (x.Type.IsInteger) return x;
                    var type = x.Type.Kind == SqlTypeKind.Decimal ? TypeRules.Decimal(x.Type.Precision, 0, x.Type.Nullable) : x.Type;
                    var call = Call(name == "FLOOR" ? Functions.Floor : Functions.Ceil, x.Type, x);
                    return Coerce(call, type);
                }
            case "POWER" or "POW":
                Arity(2, 2);
                return Call(Functions.Power, SqlType.Double(anyNullable), AsDouble(0), AsDouble(1));
            case "SQRT":
                Arity(1, 1);
                return Call(Functions.Sqrt, SqlType.Double(anyNullable), AsDouble(0));
            case "LN":
                Arity(1, 1);
                return Call(Functions.Ln, SqlType.Double(anyNullable), AsDouble(0));
            case "LOG10":
                Arity(1, 1);
                return Call(Functions.Log10, SqlType.Double(anyNullable), AsDouble(0));
            case "EXP":
                Arity(1, 1);
                return Call(Functions.Exp, SqlType.Double(anyNullable), AsDouble(0));
            case "UPPER" or "LOWER":
                Arity(1, 1);
                return Call(name == "UPPER" ? Functions.Upper : Functions.Lower, SqlType.Varchar(anyNullable), Text(0));
            case "SUBSTRING" or "SUBSTR":
                Arity(2, 3);
                return args.Count == 2
                    ? Call(Functions.Substring, SqlType.Varchar(anyNullable), Text(0), AsBigInt(1))
                    : Call(Functions.Substring, SqlType.Varchar(anyNullable), Text(0), AsBigInt(1), AsBigInt(2));
            case "CHAR_LENGTH" or "CHARACTER_LENGTH" or "LENGTH":
                Arity(1, 1);
                return Call(Functions.CharLength, SqlType.Integer(anyNullable), Text(0));
            case "POSITION":
                Arity(2, 2);
                return Call(Functions.Position, SqlType.Integer(anyNullable), Text(0), Text(1));
            case "CONCAT":
                if (args.Count == 0) throw Error(ErrorCodes.WrongArgumentCount, "CONCAT needs at least one argument", f.Span);
                return new CallExpr(Functions.ConcatAll.Name, [.. args.Select((a, i) => Coerce(ToText(Padded(a), f.Arguments[i].Span, name), SqlType.Varchar(true)))], SqlType.Varchar());
            case "REPLACE":
                Arity(3, 3);
                return Call(Functions.Replace, SqlType.Varchar(anyNullable), Text(0), Text(1), Text(2));
            case "LEFT" or "RIGHT":
                Arity(2, 2);
                return Call(name == "LEFT" ? Functions.Left : Functions.Right, SqlType.Varchar(anyNullable), Text(0), Coerce(AsBigInt(1), SqlType.Integer(args[1].Type.Nullable)));
            case "REPEAT":
                Arity(2, 2);
                return Call(Functions.Repeat, SqlType.Varchar(anyNullable), Text(0), Coerce(AsBigInt(1), SqlType.Integer(args[1].Type.Nullable)));
            case "COALESCE":
                {
                    if (args.Count == 0) throw Error(ErrorCodes.WrongArgumentCount, "COALESCE needs at least one argument", f.Span);
                    var type = CommonType(args, (type, i) =>
                        Error(ErrorCodes.TypeMismatch, $"COALESCE arguments mix {type.WithNullable(true)} and {args[i].Type.WithNullable(true)}", f.Arguments[i].Span));
                    type = Finalize(type).WithNullable(args.All(a => a.Type.Nullable));
                    Expr result = Coerce(args[^1], type);
                    for (int i = args.Count - 2; i >= 0; i--)
                    {
                        var a = Coerce(args[i], args[i].Type.IsNullLiteral ? type.AsNullable() : type.WithNullable(args[i].Type.Nullable));
                        if (!a.Type.Nullable) { result = Coerce(a, type); continue; }
                        result = new CaseExpr([new CaseBranch(new CallExpr(Functions.IsNotNull.Name, [a], SqlType.Boolean()), Coerce(a, type))], result, type);
                    }
                    // COALESCE('a', 'b') is text in PostgreSQL, no longer a literal of unknown type that adopts others' types.
                    return IsUntypedLiteral(result) ? new CastExpr(result, type) { Span = f.Span } : result;
                }
            case "NULLIF":
                {
                    Arity(2, 2);
                    var eq = Compare(BinaryOperator.Equal, args[0], args[1], f.Span);
                    var type = Finalize(args[0].Type).AsNullable();
                    return new CaseExpr([new CaseBranch(Coerce(eq, SqlType.Boolean(true)), new LiteralExpr(null, type))], Coerce(args[0], type), type);
                }
            case "NOW" or "CURRENT_TIMESTAMP" or "LOCALTIMESTAMP" or "CURRENT_DATE" or "CURRENT_TIME" or "LOCALTIME":
                {
                    Arity(0, 0);
                    CheckClockAllowed(name, f.Span);
                    NoteRecursionBlocker($"{name}()", f.Span);
                    var now = new NowExpr { Span = f.Span };
                    return name switch
                    {
                        "CURRENT_DATE" => new CastExpr(now, SqlType.Date()) { Span = f.Span },
                        "CURRENT_TIME" or "LOCALTIME" => new CastExpr(now, SqlType.Time()) { Span = f.Span },
                        _ => now,
                    };
                }
            default:
                return BindStreamingFunction(name, f, args)
                    ?? throw Error(ErrorCodes.UnknownFunction, $"unknown function '{f.Name.Text}' with {args.Count} argument(s)", f.Name.Span);
        }
    }

    private Expr BindAggregate(string name, FunctionCall f, ExprContext ctx)
    {
        if (ctx.Aggregates is null)
            throw Error(ErrorCodes.AggregateNotAllowed, $"aggregate function {name} is not allowed in {ctx.Clause}", f.Span);
        var inner = ctx with { Aggregates = null, Clause = $"the argument of {name}" };
        Expr? filter = f.Filter is null ? null : BindCondition(f.Filter, inner with { Clause = "FILTER" });
        if (f.Star)
        {
            if (name != "COUNT") throw Error(ErrorCodes.InvalidStatement, $"{name}(*) is not valid; only COUNT(*) is", f.Span);
            return Ref(new AggregateCall(AggregateKind.CountStar, false, null, filter, SqlType.BigInt()));
        }
        if (f.Arguments.Length != 1)
            throw Error(ErrorCodes.WrongArgumentCount, $"{name} takes one argument, not {f.Arguments.Length}", f.Span);
        var arg = BindExpr(f.Arguments[0], inner);
        if (arg.Type.IsNullLiteral) arg = new LiteralExpr(null, SqlType.Integer(true));
        var t = arg.Type;
        AggregateCall call;
        switch (name)
        {
            case "COUNT":
                call = new AggregateCall(AggregateKind.Count, f.Distinct, arg, filter, SqlType.BigInt());
                break;
            case "SUM":
                {
                    var result = t.IsInteger ? SqlType.BigInt(true)
                        : t.Kind == SqlTypeKind.Decimal ? SqlType.Decimal(SqlType.MaxDecimalPrecision, t.Scale, true)
                        : t.IsApproximate ? SqlType.Double(true)
                        : throw Error(ErrorCodes.TypeMismatch, $"SUM needs a numeric argument, not {t.WithNullable(true)}", f.Arguments[0].Span);
                    call = new AggregateCall(AggregateKind.Sum, f.Distinct, arg, filter, result);
                    break;
                }
            case "AVG":
                {
                    var result = t.IsExactNumeric ? SqlType.Decimal(SqlType.MaxDecimalPrecision, Math.Max(t.Kind == SqlTypeKind.Decimal ? t.Scale : 0, 6), true)
                        : t.IsApproximate ? SqlType.Double(true)
                        : throw Error(ErrorCodes.TypeMismatch, $"AVG needs a numeric argument, not {t.WithNullable(true)}", f.Arguments[0].Span);
                    call = new AggregateCall(AggregateKind.Avg, f.Distinct, arg, filter, result);
                    break;
                }
            default:
                call = new AggregateCall(name == "MIN" ? AggregateKind.Min : AggregateKind.Max, false, arg, filter, t.AsNullable());
                break;
        }
        return Ref(call);

        Expr Ref(AggregateCall c) => new AggregateRefExpr(ctx.Aggregates.Add(c), c.ResultType) { Span = f.Span };
    }

    private Expr BindExtract(ExtractExpression x, ExprContext ctx)
    {
        var operand = BindExpr(x.Operand, ctx);
        if (!operand.Type.IsTemporal && !operand.Type.IsInterval && !operand.Type.IsNullLiteral)
            throw Error(ErrorCodes.TypeMismatch, $"EXTRACT needs a date, time, timestamp or interval, not {operand.Type.WithNullable(true)}", x.Operand.Span);
        var f = x.Field switch
        {
            "YEAR" => Functions.ExtractYear,
            "QUARTER" => Functions.ExtractQuarter,
            "MONTH" => Functions.ExtractMonth,
            "WEEK" => Functions.ExtractWeek,
            "DAY" => Functions.ExtractDay,
            "DOW" or "DAYOFWEEK" => Functions.ExtractDayOfWeek,
            "DOY" or "DAYOFYEAR" => Functions.ExtractDayOfYear,
            "HOUR" => Functions.ExtractHour,
            "MINUTE" => Functions.ExtractMinute,
            "SECOND" => Functions.ExtractSecond,
            "EPOCH" => Functions.ExtractEpoch,
            _ => throw Error(ErrorCodes.InvalidStatement, $"unknown EXTRACT field {x.Field}", x.Span),
        };
        if (operand.Type.Kind == SqlTypeKind.Time && f.Name is "extract_year" or "extract_quarter" or "extract_month" or "extract_week" or "extract_day" or "extract_dow" or "extract_doy")
            throw Error(ErrorCodes.TypeMismatch, $"EXTRACT({x.Field} FROM TIME) is not defined", x.Span);
        if (operand.Type.Kind == SqlTypeKind.Date && f.Name is "extract_hour" or "extract_minute" or "extract_second")
            throw Error(ErrorCodes.TypeMismatch, $"EXTRACT({x.Field} FROM DATE) is not defined", x.Span);
        // SECOND and EPOCH carry the fraction of a second (microseconds), as PostgreSQL's numeric result does.
        var type = f.Name switch
        {
            "extract_second" => SqlType.Decimal(8, 6, operand.Type.Nullable),
            "extract_epoch" => SqlType.Decimal(28, 6, operand.Type.Nullable),
            _ => SqlType.BigInt(operand.Type.Nullable),
        };
        return new CallExpr(f.Name, [operand], type);
    }
}
