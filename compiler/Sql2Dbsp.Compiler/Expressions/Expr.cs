using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Expressions;

/// <summary>
/// The scalar expression IR shared by the logical plan and the circuit: typed, immutable, already coerced (operands of
/// a binary function have the same SQL type unless the function says otherwise). <see cref="Span"/> is the SQL source
/// of the expression, used in runtime error messages; it does not take part in equality.
/// </summary>
public abstract record Expr(SqlType Type)
{
    public SourceSpan Span { get; init; } = SourceSpan.None;

    public virtual bool Equals(Expr? other) => other is not null && other.GetType() == GetType() && Type == other.Type;
    public override int GetHashCode() => Type.GetHashCode();

    public abstract TResult Accept<TResult>(ExprVisitor<TResult> visitor);
}

/// <summary>
/// Column <see cref="Index"/> of input <see cref="Input"/>. Which inputs exist depends on where the expression lives:
/// a map or filter over a flat stream has input 0; over an indexed stream 0 is the key and 1 the value; a join has
/// 0 = key, 1 = left value, 2 = right value; a logical-plan expression over a join's concatenated row uses input 0.
/// </summary>
public sealed record ColumnExpr(int Input, int Index, SqlType Type) : Expr(Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitColumn(this);
}

/// <summary>
/// A constant. <see cref="Value"/> uses canonical CLR values: null; bool; long for every integer type; <see cref="DecimalValue"/>;
/// double for REAL and DOUBLE; string for CHAR/VARCHAR; byte[] for VARBINARY; long days for DATE; long nanoseconds for
/// TIME; long microseconds for TIMESTAMP; long months for year-month intervals and long microseconds for day-time ones.
/// </summary>
public sealed record LiteralExpr(object? Value, SqlType Type) : Expr(Type)
{
    public static LiteralExpr Null(SqlType type) => new(null, type.AsNullable());
    public static LiteralExpr Bool(bool value) => new(value, SqlType.Boolean());
    public static LiteralExpr Int(long value, SqlType type) => new(value, type);

    public bool IsNull => Value is null;

    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitLiteral(this);

    public bool Equals(LiteralExpr? other) =>
        other is not null && Type == other.Type &&
        (Value is byte[] a && other.Value is byte[] b ? a.AsSpan().SequenceEqual(b) : Equals(Value, other.Value));

    public override int GetHashCode() => HashCode.Combine(Type, Value is byte[] ? 0 : Value?.GetHashCode() ?? 0);
}

/// <summary>A call of a scalar function or operator from <see cref="Functions"/>; the name is the key in that registry.</summary>
public sealed record CallExpr(string Function, ImmutableArray<Expr> Arguments, SqlType Type) : Expr(Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitCall(this);

    public bool Equals(CallExpr? other) =>
        other is not null && Function == other.Function && Type == other.Type && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Function);
        h.Add(Type);
        foreach (var a in Arguments) h.Add(a);
        return h.ToHashCode();
    }
}

/// <summary>CAST to <see cref="Expr.Type"/>; also inserted by the binder for implicit coercions (including NOT NULL → nullable).</summary>
public sealed record CastExpr(Expr Operand, SqlType Type) : Expr(Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitCast(this);
    public bool Equals(CastExpr? other) => other is not null && Type == other.Type && Operand.Equals(other.Operand);
    public override int GetHashCode() => HashCode.Combine(Type, Operand);
}

public sealed record CaseBranch(Expr When, Expr Then);

/// <summary>Searched CASE: the first branch whose condition is TRUE; <see cref="Else"/> otherwise. Simple CASE is desugared by the binder.</summary>
public sealed record CaseExpr(ImmutableArray<CaseBranch> Branches, Expr Else, SqlType Type) : Expr(Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitCase(this);

    public bool Equals(CaseExpr? other) =>
        other is not null && Type == other.Type && Else.Equals(other.Else) && Branches.SequenceEqual(other.Branches);

    public override int GetHashCode() => HashCode.Combine(Type, Else, Branches.Length);
}
