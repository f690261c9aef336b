using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Syntax;

/// <summary>Anything that produces rows: SELECT, set operations, VALUES, or a query with WITH/ORDER BY/LIMIT.</summary>
public abstract record QueryExpression(SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// A query body wrapped with its optional WITH clause, ORDER BY, LIMIT and OFFSET. The parser produces this wrapper
/// only when at least one of those is present.
/// </summary>
public sealed record Query(
    ImmutableArray<CommonTableExpression> With,
    bool Recursive,
    QueryExpression Body,
    ImmutableArray<OrderItem> OrderBy,
    Expression? Limit,
    Expression? Offset,
    SourceSpan Span) : QueryExpression(Span);

public sealed record CommonTableExpression(Identifier Name, ImmutableArray<Identifier> Columns, QueryExpression Query, SourceSpan Span) : SyntaxNode(Span);

public sealed record Select(
    bool Distinct,
    ImmutableArray<SelectItem> Items,
    ImmutableArray<TableReference> From,
    Expression? Where,
    ImmutableArray<Expression> GroupBy,
    Expression? Having,
    SourceSpan Span) : QueryExpression(Span);

public enum SetOperator { Union, Intersect, Except }

public sealed record SetOperation(SetOperator Operator, bool All, QueryExpression Left, QueryExpression Right, SourceSpan Span) : QueryExpression(Span);

public sealed record Values(ImmutableArray<ImmutableArray<Expression>> Rows, SourceSpan Span) : QueryExpression(Span);

public abstract record SelectItem(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>expr [[AS] alias]</c>.</summary>
public sealed record ExpressionItem(Expression Expression, Identifier? Alias, SourceSpan Span) : SelectItem(Span);

/// <summary><c>*</c> or <c>qualifier.*</c>.</summary>
public sealed record StarItem(QualifiedName? Qualifier, SourceSpan Span) : SelectItem(Span);

public sealed record OrderItem(Expression Expression, bool Descending, bool? NullsFirst, SourceSpan Span) : SyntaxNode(Span);

public abstract record TableReference(SourceSpan Span) : SyntaxNode(Span);

public sealed record NamedTable(QualifiedName Name, Identifier? Alias, ImmutableArray<Identifier> ColumnAliases, SourceSpan Span) : TableReference(Span);

/// <summary>A parenthesized query (or VALUES) in FROM, with optional alias and column aliases.</summary>
public sealed record DerivedTable(QueryExpression Query, Identifier? Alias, ImmutableArray<Identifier> ColumnAliases, SourceSpan Span) : TableReference(Span);

/// <summary>
/// <c>TABLE(name(args...)) [alias]</c>: a table function such as TUMBLE or HOP; the binder checks the arguments.
/// </summary>
public sealed record TableFunctionCall(
    Identifier Name,
    ImmutableArray<TableFunctionArgument> Arguments,
    Identifier? Alias,
    ImmutableArray<Identifier> ColumnAliases,
    SourceSpan Span) : TableReference(Span);

public abstract record TableFunctionArgument(SourceSpan Span) : SyntaxNode(Span);

/// <summary><c>TABLE name</c> as a table function argument.</summary>
public sealed record TableArgument(QualifiedName Table, SourceSpan Span) : TableFunctionArgument(Span);

/// <summary><c>DESCRIPTOR(col, ...)</c>.</summary>
public sealed record DescriptorArgument(ImmutableArray<Identifier> Columns, SourceSpan Span) : TableFunctionArgument(Span);

/// <summary>A scalar expression argument (an interval, for TUMBLE and HOP).</summary>
public sealed record ScalarArgument(Expression Value, SourceSpan Span) : TableFunctionArgument(Span);

public enum JoinKind { Inner, Left, Right, Full, Cross }

/// <summary>
/// <c>left [NATURAL] [kind] JOIN right [ON cond | USING (cols)]</c>. Comma-separated FROM items are not joins here:
/// they are listed in <see cref="Select.From"/>.
/// </summary>
public sealed record JoinedTable(
    TableReference Left,
    JoinKind Kind,
    bool Natural,
    TableReference Right,
    Expression? On,
    ImmutableArray<Identifier> Using,
    SourceSpan Span) : TableReference(Span);
