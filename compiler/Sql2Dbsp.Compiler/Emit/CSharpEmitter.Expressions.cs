using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>C# operator precedence levels of rendered expressions, tightest first.</summary>
internal enum Prec { Primary, Unary, Relational, And, Or, Conditional }

/// <summary>A rendered C# expression, the SQL type of its C# static type, its nesting height and its precedence.</summary>
internal readonly record struct Code(string Text, SqlType Type, int Height = 1, Prec Precedence = Prec.Primary)
{
    /// <summary>The text as an operand of an operator that accepts operands up to <paramref name="loosest"/>.</summary>
    public string Wrap(Prec loosest) => Precedence <= loosest ? Text : "(" + Text + ")";
    public bool IsNullable => CSharpText.IsNullable(Type);
}

/// <summary>The helpers and local names of one functor, shared by all its expressions.</summary>
internal sealed class FunctorScope
{
    public readonly List<HelperModel> Helpers = [];
    private int nextLocal;

    public string NewLocal(string prefix) => prefix + CSharpText.Int(nextLocal++);

    public EquatableArray<HelperModel> HelperArray => Helpers.ToEquatableArray();
}

/// <summary>
/// Where an expression is evaluated: the C# access path of each input row (expression input i reads
/// <c>Inputs[i].Access + ".F" + column</c>) and the parameters a hoisted helper method takes and is called with.
/// </summary>
internal sealed record ExprScope(FunctorScope Functor, ImmutableArray<(string Access, RowType Row)> Inputs, string Parameters, string Arguments);

public sealed partial class CSharpEmitter
{
    /// <summary>Subexpressions this tall are hoisted into helper methods; Roslyn handles deep nesting poorly.</summary>
    public const int MaxInlineHeight = 24;

    private readonly List<LiteralModel> literals = [];
    private readonly Dictionary<string, string> literalByInitializer = new(StringComparer.Ordinal);

    /// <summary>Renders an expression; children too tall to inline are hoisted into helper methods.</summary>
    private Code Expr(Expr e, ExprScope s) => e switch
    {
        ColumnExpr c => Column(c, s),
        LiteralExpr l => Literal(l),
        CallExpr c => Call(c, s),
        CastExpr c => Cast(c, s),
        CaseExpr c => Case(c, s),
        _ => throw new InternalCompilerError($"the emitter does not support expression node {e.GetType().Name}", e.Span),
    };

    private Code Operand(Expr e, ExprScope s) => Hoist(Expr(e, s), s);

    /// <summary>A value to store in a column, field or result of type <paramref name="target"/>.</summary>
    private Code Value(Expr e, SqlType target, ExprScope s) => Coerce(Expr(e, s), target);

    /// <summary>A condition that holds when the SQL value is TRUE (not FALSE, not NULL).</summary>
    private Code Condition(Expr e, ExprScope s) => Predicate(Expr(e, s));

    private static Code Column(ColumnExpr c, ExprScope s)
    {
        if (c.Input < 0 || c.Input >= s.Inputs.Length)
            throw new InternalCompilerError($"column reference to input {c.Input}, but the expression has {s.Inputs.Length} input(s)", c.Span);
        var (access, row) = s.Inputs[c.Input];
        if (c.Index < 0 || c.Index >= row.Arity)
            throw new InternalCompilerError($"column reference {c.Input}.{c.Index} is out of range for row {row}", c.Span);
        var type = row[c.Index];
        if (!CSharpText.SameRepresentation(type.Kind, c.Type.Kind))
            throw new InternalCompilerError($"column reference {c.Input}.{c.Index} has type {c.Type}, but the row's column is {type}", c.Span);
        return new Code($"{access}.F{CSharpText.Int(c.Index)}", type);
    }

    private Code Literal(LiteralExpr l)
    {
        if (l.Value is null) return new Code(CSharpText.Null(l.Type), l.Type.AsNullable(), Precedence: Prec.Unary);
        var type = l.Type.WithNullable(false);
        string text = CSharpText.Literal(l.Value, type);
        if (type.Kind == SqlTypeKind.Varbinary) text = "Literals." + HoistLiteral(CSharpText.ValueType(type.Kind), text);
        return new Code(text, type, Precedence: !text.StartsWith('(') || IsWrapped(text) ? Prec.Primary : Prec.Unary);
    }

    /// <summary>Allocating literals become static readonly fields, evaluated once.</summary>
    private string HoistLiteral(string type, string initializer)
    {
        if (literalByInitializer.TryGetValue(initializer, out var name)) return name;
        name = "Bytes" + CSharpText.Int(literals.Count);
        literals.Add(new LiteralModel(name, type, initializer));
        literalByInitializer.Add(initializer, name);
        return name;
    }

    private Code Call(CallExpr c, ExprScope s)
    {
        var f = Functions.Get(c.Function);
        switch (f.Style)
        {
            case EmitStyle.Call:
            {
                var args = c.Arguments.Select(a => Operand(a, s)).ToList();
                int height = args.Count == 0 ? 1 : args.Max(a => a.Height) + 1;
                string shape = f.DecimalResult && c.Type.Kind == SqlTypeKind.Decimal ? CSharpText.ConversionArguments(c.Type) : "";
                var call = new Code($"{f.Target}({string.Join(", ", args.Select(a => a.Text))}{shape})", c.Type, height);
                // A string is a reference type, so the library cannot tell a NOT NULL string from a nullable one: its
                // string overloads return T? for value results. The SQL types guarantee a value here.
                return ReturnsNullableForStrings(args, c.Type) ? NotNull(call) : call;
            }
            case EmitStyle.NullTest:
            {
                if (c.Arguments.Length != 1) throw new InternalCompilerError($"{c.Function} takes one argument", c.Span);
                bool isNull = c.Function == Functions.IsNull.Name;
                var arg = Operand(c.Arguments[0], s);
                if (!arg.IsNullable) return new Code(isNull ? "false" : "true", SqlType.Boolean());
                return new Code($"{arg.Wrap(Prec.Unary)} is {(isNull ? "" : "not ")}null", SqlType.Boolean(), arg.Height + 1, Prec.Relational);
            }
            case EmitStyle.ShortCircuit:
            {
                if (c.Arguments.Length < 2) throw new InternalCompilerError($"{c.Function} takes at least two arguments", c.Span);
                bool isAnd = c.Function == Functions.And.Name;
                var result = Operand(c.Arguments[0], s);
                for (int i = 1; i < c.Arguments.Length; i++)
                    result = Hoist(ShortCircuit(f.Target, isAnd, result, Operand(c.Arguments[i], s), s), s);
                return result;
            }
            default:
                throw new InternalCompilerError($"unknown emit style {f.Style} of {c.Function}", c.Span);
        }
    }

    /// <summary>
    /// Three-valued AND/OR that evaluates the right side only when the left does not decide: <c>&amp;&amp;</c>/<c>||</c>
    /// for NOT NULL operands, otherwise a switch on the left value (evaluated once, no allocation).
    /// </summary>
    private static Code ShortCircuit(string target, bool isAnd, Code left, Code right, ExprScope s)
    {
        int height = Math.Max(left.Height, right.Height) + 1;
        if (!left.IsNullable && !right.IsNullable)
        {
            var level = isAnd ? Prec.And : Prec.Or;
            return new Code($"{left.Wrap(level)} {(isAnd ? "&&" : "||")} {right.Wrap(level)}", SqlType.Boolean(), height, level);
        }
        string decisive = isAnd ? "false" : "true";
        string local = s.Functor.NewLocal("l");
        return new Code(
            $"{left.Wrap(Prec.Unary)} switch {{ {decisive} => (bool?){decisive}, var {local} => {target}({local}, {right.Text}) }}",
            SqlType.Boolean(nullable: true), height, Prec.Conditional);
    }

    private Code Cast(CastExpr c, ExprScope s)
    {
        var operand = Operand(c.Operand, s);
        var target = c.Type;
        if (operand.Type.Kind == SqlTypeKind.Null) return TypedNull(target, c);
        // VARCHAR and CHAR(n) values (kept without trailing blanks) are already VARCHAR values.
        bool sameValue = operand.Type.SameAs(target) || target.Kind == SqlTypeKind.Varchar && target.Precision < 0 &&
            (operand.Type.Kind == SqlTypeKind.Varchar || IsCharWithLength(operand.Type));
        var converted = sameValue ? operand : CharCast(operand, target) ?? SqlCast(operand, target);
        return AdjustNullability(converted, target.Nullable, explicitWiden: true);
    }

    private static bool IsCharWithLength(SqlType t) => t.Kind == SqlTypeKind.Char && t.Precision >= 0;

    /// <summary>
    /// Casts between CHAR(n) (kept without trailing blanks), CHAR without length (PostgreSQL's bpchar: kept with the
    /// blanks it has) and VARCHAR: CHAR(n) → CHAR gains its padding; CHAR → VARCHAR loses trailing blanks, as
    /// PostgreSQL's bpchar-to-text cast does. Null for the casts <see cref="SqlCast"/> handles.
    /// </summary>
    private static Code? CharCast(Code operand, SqlType target)
    {
        var from = operand.Type;
        if (IsCharWithLength(from) && target.Kind == SqlTypeKind.Char && target.Precision < 0)
            return new Code($"SqlString.PadChar({operand.Text}, {CSharpText.Int(from.Precision)})", target.WithNullable(operand.IsNullable), operand.Height + 1);
        if (from.Kind == SqlTypeKind.Char && from.Precision < 0 && target.Kind == SqlTypeKind.Varchar)
        {
            var trimmed = new Code($"SqlString.TrimPadding({operand.Text})", SqlType.Varchar(operand.IsNullable), operand.Height + 1);
            return target.Precision < 0 ? trimmed : SqlCast(trimmed, target);
        }
        return null;
    }

    private static Code SqlCast(Code operand, SqlType target)
    {
        var cast = new Code($"SqlCast.To{CSharpText.ConversionName(target.Kind)}({operand.Text}{CSharpText.ConversionArguments(target)})",
            target.WithNullable(operand.IsNullable), operand.Height + 1);
        return ReturnsNullableForStrings([operand], cast.Type) ? NotNull(cast) : cast;
    }

    /// <summary>Whether the library returns <c>T?</c> for a value of NOT NULL type <paramref name="result"/> computed from string arguments.</summary>
    private static bool ReturnsNullableForStrings(IReadOnlyList<Code> args, SqlType result) =>
        !CSharpText.IsNullable(result) && !CSharpText.IsReference(result.Kind) && args.Any(a => CSharpText.IsReference(a.Type.Kind));

    private static Code NotNull(Code value) => new($"SqlValue.NotNull({value.Text})", value.Type, value.Height + 1);

    private Code Case(CaseExpr c, ExprScope s)
    {
        // A C# conditional takes its type from its branches: when the SQL type is nullable but every branch is a NOT NULL
        // value (a NULL branch may have been folded away), the ELSE branch must be explicitly nullable.
        var result = Coerce(Operand(c.Else, s), c.Type, explicitWiden: true);
        for (int i = c.Branches.Length - 1; i >= 0; i--)
        {
            var when = Hoist(Predicate(Operand(c.Branches[i].When, s)), s);
            var then = Coerce(Operand(c.Branches[i].Then, s), c.Type);
            int height = Math.Max(when.Height, Math.Max(then.Height, result.Height)) + 1;
            result = Hoist(new Code($"{when.Wrap(Prec.Primary)} ? {then.Wrap(Prec.Or)} : {result.Text}", c.Type, height, Prec.Conditional), s);
        }
        return result;
    }

    private static Code Predicate(Code condition)
    {
        if (condition.Type.Kind is not (SqlTypeKind.Boolean or SqlTypeKind.Null))
            throw new InternalCompilerError($"a condition has type {condition.Type}, not BOOLEAN: {condition.Text}");
        return condition.IsNullable
            ? new Code($"SqlLogic.IsTrue({condition.Text})", SqlType.Boolean(), condition.Height + 1)
            : condition;
    }

    /// <summary>
    /// Converts a value to the representation of <paramref name="target"/>: a SqlCast when the representations differ
    /// (an assignment cast), a C# conversion when only nullability differs (implicit when widening).
    /// </summary>
    private static Code Coerce(Code value, SqlType target, bool explicitWiden = false)
    {
        if (value.Type.Kind == SqlTypeKind.Null) return TypedNull(target, null);
        if (!CSharpText.SameRepresentation(value.Type.Kind, target.Kind)) value = SqlCast(value, target);
        return AdjustNullability(value, CSharpText.IsNullable(target), explicitWiden);
    }

    private static Code AdjustNullability(Code value, bool nullable, bool explicitWiden)
    {
        if (value.IsNullable == nullable) return value;
        var type = value.Type.WithNullable(nullable);
        bool reference = CSharpText.IsReference(value.Type.Kind);
        string valueType = CSharpText.ValueType(value.Type.Kind);
        if (nullable)
            return explicitWiden && !reference
                ? new Code($"({valueType}?){value.Wrap(Prec.Unary)}", type, value.Height + 1, Prec.Unary)
                : value with { Type = type };
        // NOT NULL from a nullable value: only where the IR guarantees a value (e.g. SUM of NOT NULL values in a non-empty group).
        return reference
            ? new Code(value.Wrap(Prec.Primary) + "!", type, value.Height + 1)
            : new Code(value.Wrap(Prec.Primary) + ".GetValueOrDefault()", type, value.Height + 1);
    }

    private static Code TypedNull(SqlType target, Expr? at)
    {
        if (!CSharpText.IsNullable(target))
            throw new InternalCompilerError($"NULL converted to the NOT NULL type {target}", at?.Span ?? default);
        return new Code(CSharpText.Null(target), target, Precedence: Prec.Unary);
    }

    /// <summary>Moves a tall expression into a helper method of the functor and returns the call.</summary>
    private static Code Hoist(Code code, ExprScope s)
    {
        if (code.Height < MaxInlineHeight) return code;
        string name = "Eval" + CSharpText.Int(s.Functor.Helpers.Count);
        s.Functor.Helpers.Add(new HelperModel(name, CSharpText.TypeOf(code.Type), s.Parameters, code.Text));
        return new Code($"{name}({s.Arguments})", code.Type);
    }

    /// <summary>Whether the text is one parenthesised group, like <c>(-5)</c>.</summary>
    private static bool IsWrapped(string text)
    {
        if (!text.StartsWith('(') || !text.EndsWith(')')) return false;
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0 && i != text.Length - 1) return false;
        }
        return true;
    }
}
