using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Syntax;

/// <summary>Base of every AST node: immutable, with the span of the source it was parsed from.</summary>
public abstract record SyntaxNode(SourceSpan Span);

/// <summary>
/// An identifier as written. Unquoted identifiers compare case-insensitively; quoted ones exactly
/// (see <see cref="Matches"/>). <see cref="Text"/> has quotes removed and doubled quotes collapsed.
/// </summary>
public sealed record Identifier(string Text, bool Quoted, SourceSpan Span) : SyntaxNode(Span)
{
    public bool Matches(string name, bool nameQuoted = false) =>
        string.Equals(Text, name, Quoted || nameQuoted ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Quoted ? $"\"{Text}\"" : Text;
}

/// <summary>A dotted name such as <c>schema.table</c> or <c>t.column</c>.</summary>
public sealed record QualifiedName(ImmutableArray<Identifier> Parts, SourceSpan Span) : SyntaxNode(Span)
{
    public Identifier Last => Parts[^1];
    public override string ToString() => string.Join(".", Parts);
}

/// <summary>A <c>'key' = 'value'</c> entry of a <c>WITH (...)</c> clause.</summary>
public sealed record Property(string Key, string Value, SourceSpan KeySpan, SourceSpan ValueSpan, SourceSpan Span) : SyntaxNode(Span);

/// <summary>
/// A type as written: <see cref="Name"/> is upper-case and canonical for multi-word names
/// ("DOUBLE" for DOUBLE PRECISION, "VARCHAR" for CHARACTER VARYING / TEXT keeps "TEXT",
/// "INTERVAL" with <see cref="IntervalStart"/>/<see cref="IntervalEnd"/> units such as "DAY", "SECOND").
/// </summary>
public sealed record TypeName(
    string Name,
    ImmutableArray<int> Arguments,
    string? IntervalStart,
    string? IntervalEnd,
    SourceSpan Span) : SyntaxNode(Span);
