using System.Globalization;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// One call of a registry function with its bound arguments: checks the argument count and coerces each argument
    /// to what its <see cref="ArgKind"/> asks for, so that the runtime method's overload for those types is called.
    /// </summary>
    private sealed class FunctionCallSite(Binder binder, string name, FunctionCall call, List<Expr> args)
    {
        /// <summary>Reports a wrong argument count unless it is between <paramref name="min"/> and <paramref name="max"/>.</summary>
        public void Arity(int min, int max)
        {
            if (args.Count < min || args.Count > max)
                throw binder.Error(ErrorCodes.WrongArgumentCount,
                    $"{name} takes {(min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min} to {max}")} argument(s), not {args.Count}", call.Span);
        }

        /// <summary>Argument <paramref name="i"/> as a numeric value (a NULL literal as INTEGER NULL).</summary>
        public Expr Numeric(int i) => Coerce(i, ArgKind.Numeric) ?? throw Mismatch(i, ArgKind.Numeric);

        /// <summary>Argument <paramref name="i"/> as VARCHAR.</summary>
        public Expr Text(int i) => Coerce(i, ArgKind.Text) ?? throw Mismatch(i, ArgKind.Text);

        /// <summary>
        /// The call of <paramref name="fn"/>'s runtime method with the first signature of the right length whose
        /// arguments all fit; an error names the first argument that fits none.
        /// </summary>
        public Expr Resolve(SqlFunction fn)
        {
            if (fn.Runtime is null) throw new InternalCompilerError($"{fn.Name} has no runtime method", call.Span);
            CompilationError? mismatch = null;
            foreach (var signature in fn.Signatures)
            {
                if (signature.Args.Length != args.Count) continue;
                var coerced = new Expr[args.Count];
                int bad = -1;
                for (int i = 0; i < args.Count && bad < 0; i++)
                {
                    var c = Coerce(i, signature.Args[i]);
                    if (c is null) bad = i;
                    else coerced[i] = c;
                }
                if (bad < 0) return new CallExpr(fn.Runtime.Name, [.. coerced], ResultType(signature.Result, coerced)) { Span = call.Span };
                mismatch ??= Mismatch(bad, signature.Args[bad]);
            }
            throw mismatch ?? binder.Error(ErrorCodes.WrongArgumentCount, $"{name} takes {fn.Arities} argument(s), not {args.Count}", call.Span);
        }

        private static SqlType ResultType(ResultKind result, Expr[] args)
        {
            bool nullable = args.Any(a => a.Type.Nullable);
            return result switch
            {
                ResultKind.SameAsFirst => args[0].Type.WithNullable(nullable),
                ResultKind.Boolean => SqlType.Boolean(nullable),
                ResultKind.Integer => SqlType.Integer(nullable),
                ResultKind.BigInt => SqlType.BigInt(nullable),
                ResultKind.Double => SqlType.Double(nullable),
                ResultKind.Varchar => SqlType.Varchar(nullable),
                ResultKind.Date => SqlType.Date(nullable),
                _ => throw new InternalCompilerError($"result kind {result} needs a special form", default),
            };
        }

        /// <summary>Argument <paramref name="i"/> coerced for <paramref name="kind"/>, or null when it does not fit.</summary>
        private Expr? Coerce(int i, ArgKind kind)
        {
            var a = args[i];
            var t = a.Type;
            if (t.IsNullLiteral)
                return kind switch
                {
                    ArgKind.Numeric or ArgKind.Integer => new LiteralExpr(null, SqlType.Integer(true)),
                    ArgKind.BigInt => new LiteralExpr(null, SqlType.BigInt(true)),
                    ArgKind.Double => new LiteralExpr(null, SqlType.Double(true)),
                    ArgKind.Text => new LiteralExpr(null, SqlType.Varchar(true)),
                    ArgKind.Boolean => new LiteralExpr(null, SqlType.Boolean(true)),
                    ArgKind.DateOrTimestamp => new LiteralExpr(null, SqlType.Timestamp(true)),
                    ArgKind.Temporal => new LiteralExpr(null, SqlType.Timestamp(true)),
                    _ => a,
                };
            return kind switch
            {
                ArgKind.Numeric => t.IsNumeric ? a : null,
                ArgKind.Integer => t.IsInteger ? Binder.Coerce(a, SqlType.Integer(t.Nullable)) : null,
                ArgKind.BigInt => t.IsInteger ? Binder.Coerce(a, SqlType.BigInt(t.Nullable)) : null,
                ArgKind.Double => t.IsNumeric ? Binder.Coerce(a, SqlType.Double(t.Nullable)) : null,
                ArgKind.Text => t.IsString || TypeRules.CanCast(t, SqlType.Varchar()) ? binder.ToText(a, call.Arguments[i].Span, name) : null,
                ArgKind.Boolean => t.Kind == SqlTypeKind.Boolean ? a : null,
                ArgKind.DateOrTimestamp => t.Kind is SqlTypeKind.Date or SqlTypeKind.Timestamp ? a : null,
                ArgKind.Temporal => t.IsTemporal ? a : null,
                _ => a,
            };
        }

        private CompilationError Mismatch(int i, ArgKind kind) =>
            binder.Error(ErrorCodes.TypeMismatch, $"{name} needs {Describe(kind)} as argument {i + 1}, not {args[i].Type.WithNullable(true)}", call.Arguments[i].Span);

        private static string Describe(ArgKind kind) => kind switch
        {
            ArgKind.Numeric or ArgKind.Double => "a numeric value",
            ArgKind.Integer or ArgKind.BigInt => "an integer",
            ArgKind.Text => "a string",
            ArgKind.Boolean => "a BOOLEAN",
            ArgKind.DateOrTimestamp => "a date or timestamp",
            ArgKind.Temporal => "a date, time or timestamp",
            _ => "a value",
        };
    }
}
