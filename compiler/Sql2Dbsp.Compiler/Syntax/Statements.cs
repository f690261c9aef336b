using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Syntax;

/// <summary>A whole program: statements separated by semicolons.</summary>
public sealed record SqlScript(ImmutableArray<Statement> Statements, SourceSpan Span) : SyntaxNode(Span);

public abstract record Statement(SourceSpan Span) : SyntaxNode(Span);

public sealed record ColumnDefinition(
    Identifier Name,
    TypeName Type,
    bool NotNull,
    bool PrimaryKey,
    Expression? Default,
    ImmutableArray<Property> Properties,
    SourceSpan Span) : SyntaxNode(Span)
{
    /// <summary><c>LATENESS expr</c>: how far behind the largest value seen a record may arrive before it is dropped.</summary>
    public Expression? Lateness { get; init; }
}

/// <summary><c>CREATE TABLE name (columns, [PRIMARY KEY (cols)]) [WITH (...)]</c>.</summary>
public sealed record CreateTable(
    Identifier Name,
    ImmutableArray<ColumnDefinition> Columns,
    ImmutableArray<Identifier> PrimaryKey,
    ImmutableArray<Property> Properties,
    SourceSpan Span) : Statement(Span);

public enum ViewKind { Default, Materialized, Local }

/// <summary><c>CREATE [MATERIALIZED | LOCAL] VIEW name [(columns)] [WITH (...)] AS query</c>.</summary>
public sealed record CreateView(
    Identifier Name,
    ViewKind Kind,
    ImmutableArray<Identifier> ColumnNames,
    ImmutableArray<Property> Properties,
    QueryExpression Query,
    SourceSpan Span) : Statement(Span);

/// <summary><c>DECLARE RECURSIVE VIEW name (col TYPE, ...)</c>.</summary>
public sealed record DeclareRecursiveView(Identifier Name, ImmutableArray<ColumnDefinition> Columns, SourceSpan Span) : Statement(Span);

/// <summary><c>CREATE [UNIQUE] INDEX name ON table (columns)</c>: accepted and ignored by the planner.</summary>
public sealed record CreateIndex(Identifier Name, QualifiedName Table, ImmutableArray<Identifier> Columns, SourceSpan Span) : Statement(Span);

/// <summary><c>SET option = value</c>: a compiler option (<see cref="Value"/> is the value's text, ON/OFF upper-cased).</summary>
public sealed record SetStatement(Identifier Option, string Value, SourceSpan Span) : Statement(Span);

public enum DropKind { Table, View, Index }

public sealed record DropStatement(DropKind Kind, QualifiedName Name, bool IfExists, SourceSpan Span) : Statement(Span);

/// <summary><c>INSERT INTO table [(columns)] VALUES ... | SELECT ...</c>.</summary>
public sealed record InsertStatement(QualifiedName Table, ImmutableArray<Identifier> Columns, QueryExpression Source, SourceSpan Span) : Statement(Span);

public sealed record DeleteStatement(QualifiedName Table, Identifier? Alias, Expression? Where, SourceSpan Span) : Statement(Span);

public sealed record Assignment(Identifier Column, Expression Value, SourceSpan Span) : SyntaxNode(Span);

public sealed record UpdateStatement(QualifiedName Table, Identifier? Alias, ImmutableArray<Assignment> Assignments, Expression? Where, SourceSpan Span) : Statement(Span);

/// <summary><c>LATENESS view.column expr</c>: declares the lateness of a view column (Feldera's statement form).</summary>
public sealed record LatenessStatement(QualifiedName Column, Expression Lateness, SourceSpan Span) : Statement(Span);

/// <summary>
/// A query on its own at statement level, such as <c>SELECT * FROM t</c> (sqllogictest <c>query</c> records, ad-hoc
/// queries). A pipeline program declares views instead; the binder decides where a bare query is allowed.
/// </summary>
public sealed record QueryStatement(QueryExpression Query, SourceSpan Span) : Statement(Span);
