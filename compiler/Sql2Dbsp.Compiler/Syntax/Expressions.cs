using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Syntax;

public abstract record Expression(SourceSpan Span) : SyntaxNode(Span);

/// <summary>An unsigned numeric literal as written: <c>42</c>, <c>4.20</c>, <c>.5</c>, <c>1e10</c> (a leading minus is a unary operator).</summary>
public sealed record NumericLiteral(string Text, SourceSpan Span) : Expression(Span);

/// <summary>A character string literal; <see cref="Value"/> has quotes removed and <c>''</c> collapsed.</summary>
public sealed record StringLiteral(string Value, SourceSpan Span) : Expression(Span);

/// <summary><c>X'0A1B'</c>; <see cref="Hex"/> holds the hex digits.</summary>
public sealed record BinaryLiteral(string Hex, SourceSpan Span) : Expression(Span);

public sealed record BooleanLiteral(bool Value, SourceSpan Span) : Expression(Span);

public sealed record NullLiteral(SourceSpan Span) : Expression(Span);

/// <summary><c>DATE '2024-01-01'</c>, <c>TIME '12:00:00'</c>, <c>TIMESTAMP '2024-01-01 12:00:00'</c>; <see cref="TypeName"/> is upper-case.</summary>
public sealed record TypedLiteral(string TypeName, string Value, SourceSpan Span) : Expression(Span);

/// <summary>
/// <c>INTERVAL [-]'value' unit [TO unit]</c>, e.g. <c>INTERVAL '1' HOUR</c>, <c>INTERVAL '1-2' YEAR TO MONTH</c>.
/// Units are upper-case singular: YEAR, MONTH, DAY, HOUR, MINUTE, SECOND.
/// </summary>
public sealed record IntervalLiteral(string Value, bool Negative, string StartUnit, string? EndUnit, SourceSpan Span) : Expression(Span);

/// <summary>A possibly qualified column reference: <c>a</c>, <c>t.a</c>.</summary>
public sealed record ColumnReference(ImmutableArray<Identifier> Parts, SourceSpan Span) : Expression(Span)
{
    public Identifier Column => Parts[^1];
}

public enum UnaryOperator { Plus, Minus, Not }

public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand, SourceSpan Span) : Expression(Span);

public enum BinaryOperator { Add, Subtract, Multiply, Divide, Modulo, Concat, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, And, Or }

/// <summary>A binary operator; <see cref="OperatorSpan"/> points at the operator token for precise errors.</summary>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right, SourceSpan OperatorSpan, SourceSpan Span) : Expression(Span);

/// <summary><c>x IS [NOT] NULL</c>.</summary>
public sealed record IsNullExpression(Expression Operand, bool Negated, SourceSpan Span) : Expression(Span);

/// <summary><c>x IS [NOT] TRUE | FALSE | UNKNOWN</c>; <see cref="Value"/> is null for UNKNOWN.</summary>
public sealed record IsTruthExpression(Expression Operand, bool? Value, bool Negated, SourceSpan Span) : Expression(Span);

/// <summary><c>x IS [NOT] DISTINCT FROM y</c>.</summary>
public sealed record IsDistinctFromExpression(Expression Left, Expression Right, bool Negated, SourceSpan Span) : Expression(Span);

public sealed record BetweenExpression(Expression Operand, Expression Low, Expression High, bool Negated, bool Symmetric, SourceSpan Span) : Expression(Span);

public sealed record InListExpression(Expression Operand, ImmutableArray<Expression> List, bool Negated, SourceSpan Span) : Expression(Span);

public sealed record InSubqueryExpression(Expression Operand, QueryExpression Query, bool Negated, SourceSpan Span) : Expression(Span);

public sealed record ExistsExpression(QueryExpression Query, SourceSpan Span) : Expression(Span);

public sealed record ScalarSubquery(QueryExpression Query, SourceSpan Span) : Expression(Span);

public enum Quantifier { Any, All }

/// <summary><c>x op ANY|SOME|ALL (subquery)</c>.</summary>
public sealed record QuantifiedComparison(BinaryOperator Operator, Quantifier Quantifier, Expression Operand, QueryExpression Query, SourceSpan Span) : Expression(Span);

public sealed record WhenClause(Expression When, Expression Then, SourceSpan Span) : SyntaxNode(Span);

/// <summary>Both CASE forms: with <see cref="Operand"/> (simple) or without (searched).</summary>
public sealed record CaseExpression(Expression? Operand, ImmutableArray<WhenClause> Whens, Expression? Else, SourceSpan Span) : Expression(Span);

/// <summary><c>CAST(x AS type)</c> and <c>x::type</c>.</summary>
public sealed record CastExpression(Expression Operand, TypeName Type, SourceSpan Span) : Expression(Span);

/// <summary><c>[NOT] LIKE | ILIKE pattern [ESCAPE e]</c>.</summary>
public sealed record LikeExpression(Expression Operand, Expression Pattern, Expression? Escape, bool Negated, bool CaseInsensitive, SourceSpan Span) : Expression(Span);

/// <summary><c>EXTRACT(field FROM x)</c>; <see cref="Field"/> is upper-case (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, DOW, DOY, QUARTER, WEEK, EPOCH, ...).</summary>
public sealed record ExtractExpression(string Field, Expression Operand, SourceSpan Span) : Expression(Span);

public enum TrimMode { Both, Leading, Trailing }

/// <summary><c>TRIM([BOTH|LEADING|TRAILING] [chars] FROM x)</c> or <c>TRIM(x)</c>.</summary>
public sealed record TrimExpression(TrimMode Mode, Expression? Characters, Expression Operand, SourceSpan Span) : Expression(Span);

/// <summary>
/// A function call. Keyword forms are normalised to ordinary arguments: <c>SUBSTRING(s FROM a FOR b)</c> → (s, a, b),
/// <c>POSITION(a IN b)</c> → (a, b). <see cref="Star"/> marks <c>COUNT(*)</c>. Niladic keywords such as
/// CURRENT_DATE or CURRENT_TIMESTAMP are calls with no arguments.
/// </summary>
public sealed record FunctionCall(
    Identifier Name,
    ImmutableArray<Expression> Arguments,
    bool Distinct,
    bool Star,
    Expression? Filter,
    WindowSpecification? Over,
    SourceSpan Span) : Expression(Span);

/// <summary><c>OVER (PARTITION BY ... ORDER BY ... frame)</c>; the frame is kept as text until windows are implemented.</summary>
public sealed record WindowSpecification(
    ImmutableArray<Expression> PartitionBy,
    ImmutableArray<OrderItem> OrderBy,
    string? Frame,
    SourceSpan Span) : SyntaxNode(Span);

/// <summary>A parenthesized row value <c>(a, b)</c> with two or more elements.</summary>
public sealed record RowExpression(ImmutableArray<Expression> Elements, SourceSpan Span) : Expression(Span);
