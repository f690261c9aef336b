using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>Whether a call is an aggregate (not a window function) by the function registry.</summary>
    private static bool IsAggregateCall(FunctionCall f) => f.Over is null && FunctionRegistry.FindAggregate(f.Name.Text) is not null;

    /// <summary>Whether an expression contains an aggregate call at this query level (not inside subqueries).</summary>
    private static bool ContainsAggregate(Expression e) => e switch
    {
        FunctionCall f when IsAggregateCall(f) => true,
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

    /// <summary>Binds a call through its <see cref="FunctionRegistry"/> entry: its signatures, or its special form.</summary>
    private Expr BindFunction(FunctionCall f, ExprContext ctx)
    {
        string name = f.Name.Text.ToUpperInvariant();
        if (f.Over is not null)
            throw Error(ErrorCodes.Unsupported, $"not supported yet: window functions ({name}(...) OVER (...))", f.Span);
        if (FunctionRegistry.FindAggregate(name) is { } aggregate) return BindAggregate(aggregate, name, f, ctx);
        if (f.Distinct || f.Star || f.Filter is not null)
            throw Error(ErrorCodes.InvalidStatement, $"DISTINCT, * and FILTER are only allowed in aggregate functions, not in {name}", f.Span);
        ThrowIfUnsupportedGroupWindow(name, f);
        var fn = FunctionRegistry.Find(name)
            ?? throw Error(ErrorCodes.UnknownFunction, $"unknown function '{f.Name.Text}' with {f.Arguments.Length} argument(s)", f.Name.Span,
                "docs/functions.md lists the functions");
        var args = f.Arguments.Select(a => BindExpr(a, ctx)).ToList();
        var call = new FunctionCallSite(this, name, f, args);

        switch (fn.Special)
        {
            case SpecialForm.None:
                return call.Resolve(fn);
            case SpecialForm.IntegerIdentity when args.Count == 1 && call.Numeric(0).Type.IsInteger:
                return call.Numeric(0);
            case SpecialForm.IntegerIdentity:
                return call.Resolve(fn);
            case SpecialForm.FloorCeil:
                {
                    call.Arity(1, 1);
                    var x = call.Numeric(0);
                    if (x.Type.IsInteger) return x;
                    var type = x.Type.Kind == SqlTypeKind.Decimal ? TypeRules.Decimal(x.Type.Precision, 0, x.Type.Nullable) : x.Type;
                    return Coerce(call.Resolve(fn), type);
                }
            case SpecialForm.Mod:
                call.Arity(2, 2);
                return BindBinary(BinaryOperator.Modulo, call.Numeric(0), call.Numeric(1), f.Span, f.Span);
            case SpecialForm.Concat:
                if (args.Count == 0) throw Error(ErrorCodes.WrongArgumentCount, "CONCAT needs at least one argument", f.Span);
                return new CallExpr(Functions.ConcatAll.Name, [.. args.Select((a, i) => Coerce(ToText(Padded(a), f.Arguments[i].Span, name), SqlType.Varchar(true)))], SqlType.Varchar());
            case SpecialForm.ConcatWs:
                if (args.Count < 2) throw Error(ErrorCodes.WrongArgumentCount, "CONCAT_WS needs a separator and at least one value", f.Span);
                return new CallExpr(fn.Runtime!.Name,
                    [call.Text(0), .. args.Skip(1).Select((a, i) => Coerce(ToText(Padded(a), f.Arguments[i + 1].Span, name), SqlType.Varchar(true)))], SqlType.Varchar(args[0].Type.Nullable));
            case SpecialForm.Extract:
                {
                    call.Arity(1, 1);
                    var operand = args[0];
                    // HOUR(date) is 0 in Feldera: the date's midnight (EXTRACT(HOUR FROM DATE) is an error, as in PostgreSQL).
                    if (operand.Type.Kind == SqlTypeKind.Date && fn.ExtractField is "HOUR" or "MINUTE" or "SECOND")
                        operand = Coerce(operand, SqlType.Timestamp(operand.Type.Nullable));
                    if (!operand.Type.IsNullLiteral && !(fn.Signatures[0].Args[0] == ArgKind.Temporal ? operand.Type.IsTemporal
                            : operand.Type.Kind is SqlTypeKind.Date or SqlTypeKind.Timestamp))
                        throw Error(ErrorCodes.TypeMismatch, $"{name} needs a {(fn.Signatures[0].Args[0] == ArgKind.Temporal ? "date, time or timestamp" : "date or timestamp")}, not {operand.Type.WithNullable(true)}", f.Arguments[0].Span);
                    if (fn.ExtractField != "DAYOFWEEK") return Extract(fn.ExtractField!, operand, f.Span);
                    // Feldera numbers the days of the week from Sunday = 1; PostgreSQL's DOW from Sunday = 0.
                    var dow = Extract("DOW", operand, f.Span);
                    return new CallExpr(Functions.Add.Name, [dow, new LiteralExpr(1L, SqlType.BigInt())], dow.Type);
                }
            case SpecialForm.Coalesce:
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
            case SpecialForm.NullIf:
                {
                    call.Arity(2, 2);
                    var eq = Compare(BinaryOperator.Equal, args[0], args[1], f.Span);
                    var type = Finalize(args[0].Type).AsNullable();
                    return new CaseExpr([new CaseBranch(Coerce(eq, SqlType.Boolean(true)), new LiteralExpr(null, type))], Coerce(args[0], type), type);
                }
            case SpecialForm.Clock:
                {
                    call.Arity(0, 0);
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
            case SpecialForm.Streaming:
                return BindStreamingFunction(name, f, args)
                    ?? throw new InternalCompilerError($"streaming function {fn.Name} has no binding", f.Span);
            default:
                throw new InternalCompilerError($"special form {fn.Special} of {fn.Name} has no binding", f.Span);
        }
    }

    private Expr BindAggregate(SqlAggregate aggregate, string name, FunctionCall f, ExprContext ctx)
    {
        if (ctx.Aggregates is null)
            throw Error(ErrorCodes.AggregateNotAllowed, $"aggregate function {name} is not allowed in {ctx.Clause}", f.Span);
        var inner = ctx with { Aggregates = null, Clause = $"the argument of {name}" };
        Expr? filter = f.Filter is null ? null : BindCondition(f.Filter, inner with { Clause = "FILTER" });
        if (f.Star)
        {
            if (aggregate.Kind != AggregateKind.Count) throw Error(ErrorCodes.InvalidStatement, $"{name}(*) is not valid; only COUNT(*) is", f.Span);
            return Ref(new AggregateCall(AggregateKind.CountStar, false, null, filter, SqlType.BigInt()));
        }
        if (f.Arguments.Length != aggregate.Arity)
            throw Error(ErrorCodes.WrongArgumentCount,
                $"{name} takes {(aggregate.Arity == 1 ? "one argument" : $"{aggregate.Arity} arguments")}, not {f.Arguments.Length}", f.Span);
        var args = f.Arguments.Select(a => BindExpr(a, inner)).Select(a => a.Type.IsNullLiteral ? new LiteralExpr(null, SqlType.Integer(true)) : a).ToList();
        var arg = args[0];
        var t = arg.Type;
        // DISTINCT changes only the aggregates that count duplicates.
        bool distinct = f.Distinct && aggregate.Kind is AggregateKind.Count or AggregateKind.Sum or AggregateKind.Avg or AggregateKind.BitXor
            or AggregateKind.VarPop or AggregateKind.VarSamp or AggregateKind.StddevPop or AggregateKind.StddevSamp;
        SqlType result;
        switch (aggregate.Kind)
        {
            case AggregateKind.Count:
                result = SqlType.BigInt();
                break;
            case AggregateKind.Sum:
                result = t.IsInteger ? SqlType.BigInt(true)
                    : t.Kind == SqlTypeKind.Decimal ? SqlType.Decimal(SqlType.MaxDecimalPrecision, t.Scale, true)
                    : t.IsApproximate ? SqlType.Double(true)
                    : throw NeedsArgument("a numeric");
                break;
            case AggregateKind.Avg:
                result = t.IsExactNumeric ? SqlType.Decimal(SqlType.MaxDecimalPrecision, Math.Max(t.Kind == SqlTypeKind.Decimal ? t.Scale : 0, 6), true)
                    : t.IsApproximate ? SqlType.Double(true)
                    : throw NeedsArgument("a numeric");
                break;
            case AggregateKind.VarPop or AggregateKind.VarSamp or AggregateKind.StddevPop or AggregateKind.StddevSamp:
                result = t.IsNumeric ? SqlType.Double(true) : throw NeedsArgument("a numeric");
                break;
            case AggregateKind.Every or AggregateKind.Some:
                if (t.Kind != SqlTypeKind.Boolean) throw NeedsArgument("a BOOLEAN");
                result = SqlType.Boolean(true);
                break;
            case AggregateKind.BitAnd or AggregateKind.BitOr or AggregateKind.BitXor:
                result = t.IsInteger ? t.AsNullable() : throw NeedsArgument("an integer");
                break;
            default:
                // MIN, MAX, ARG_MIN, ARG_MAX: any ordered type; the result is the (first) argument's.
                result = t.AsNullable();
                break;
        }
        var compared = aggregate.Kind is AggregateKind.ArgMin or AggregateKind.ArgMax ? args[1] : null;
        return Ref(new AggregateCall(aggregate.Kind, distinct, arg, filter, result, compared));

        Expr Ref(AggregateCall c) => new AggregateRefExpr(ctx.Aggregates.Add(c), c.ResultType) { Span = f.Span };
        CompilationError NeedsArgument(string what) =>
            Error(ErrorCodes.TypeMismatch, $"{name} needs {what} argument, not {t.WithNullable(true)}", f.Arguments[0].Span);
    }

    private Expr BindExtract(ExtractExpression x, ExprContext ctx)
    {
        var operand = BindExpr(x.Operand, ctx);
        if (!operand.Type.IsTemporal && !operand.Type.IsInterval && !operand.Type.IsNullLiteral)
            throw Error(ErrorCodes.TypeMismatch, $"EXTRACT needs a date, time, timestamp or interval, not {operand.Type.WithNullable(true)}", x.Operand.Span);
        return Extract(x.Field, operand, x.Span);
    }

    /// <summary>EXTRACT(field FROM operand) of a temporal or interval operand (checked by the caller).</summary>
    private Expr Extract(string field, Expr operand, SourceSpan span)
    {
        var f = field switch
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
            _ => throw Error(ErrorCodes.InvalidStatement, $"unknown EXTRACT field {field}", span),
        };
        if (operand.Type.Kind == SqlTypeKind.Time && f.Name is "extract_year" or "extract_quarter" or "extract_month" or "extract_week" or "extract_day" or "extract_dow" or "extract_doy")
            throw Error(ErrorCodes.TypeMismatch, $"EXTRACT({field} FROM TIME) is not defined", span);
        if (operand.Type.Kind == SqlTypeKind.Date && f.Name is "extract_hour" or "extract_minute" or "extract_second")
            throw Error(ErrorCodes.TypeMismatch, $"EXTRACT({field} FROM DATE) is not defined", span);
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
