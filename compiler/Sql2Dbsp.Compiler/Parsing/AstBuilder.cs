using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Parsing.Generated;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Parsing;

/// <summary>
/// Builds the AST records (<see cref="Sql2Dbsp.Compiler.Syntax"/>) from a parse tree, with the span of the source
/// each node covers. Parentheses add no node: a parenthesized expression or query keeps the span of its contents,
/// while the node around it covers the parentheses. Constructs that parse but cannot be represented (a CHECK
/// constraint, two PRIMARY KEY clauses, bad hex digits) are reported to the diagnostic bag here.
/// The partial files hold the visits by node kind: statements, queries and expressions.
/// </summary>
internal sealed partial class AstBuilder(DiagnosticBag diagnostics) : SqlParserBaseVisitor<SyntaxNode>
{
    public Statement BuildStatement(SqlParser.StatementContext context) => (Statement)Visit(context);

    /// <summary>Every visit goes through here: a stack probe turns a too-deep tree into a catchable exception.</summary>
    public override SyntaxNode Visit(IParseTree tree)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return tree.Accept(this);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Typed visits
    // ------------------------------------------------------------------------------------------------------------

    private Expression Expr(ParserRuleContext context) => (Expression)Visit(context);

    private Expression? OptionalExpr(ParserRuleContext? context) => context is null ? null : Expr(context);

    private ImmutableArray<Expression> Exprs(IEnumerable<ParserRuleContext> contexts)
    {
        var builder = ImmutableArray.CreateBuilder<Expression>();
        foreach (var c in contexts) builder.Add(Expr(c));
        return builder.ToImmutable();
    }

    private QueryExpression QueryOf(ParserRuleContext context) => (QueryExpression)Visit(context);

    private TypeName TypeOf(SqlParser.TypeNameContext context) => (TypeName)Visit(context);

    // ------------------------------------------------------------------------------------------------------------
    // Spans
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>The characters from the first to the last token of a rule (empty for a rule that matched nothing).</summary>
    private static SourceSpan Span(ParserRuleContext context) => Span(context.Start, context.Stop);

    private static SourceSpan Span(IToken start, IToken? stop)
    {
        int begin = start.StartIndex;
        if (start.Type == TokenConstants.EOF) return new SourceSpan(Math.Max(0, begin), 0);
        int end = stop is null || stop.Type == TokenConstants.EOF ? begin - 1 : stop.StopIndex;
        return new SourceSpan(begin, Math.Max(0, end - begin + 1));
    }

    private static SourceSpan Span(IToken token) => Span(token, token);

    private static SourceSpan Span(ITerminalNode node) => Span(node.Symbol);

    // ------------------------------------------------------------------------------------------------------------
    // Names
    // ------------------------------------------------------------------------------------------------------------

    private Identifier Ident(SqlParser.IdentifierContext context) => IdentifierFromToken(context.Start);

    private Identifier IdentifierFromToken(IToken token)
    {
        string text = token.Text;
        var span = Span(token);
        switch (token.Type)
        {
            case SqlLexer.QUOTED_IDENTIFIER:
                return Quoted(text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal), span);
            case SqlLexer.BACKQUOTED_IDENTIFIER:
                return Quoted(text[1..^1].Replace("``", "`", StringComparison.Ordinal), span);
            default:
                return new Identifier(text, false, span);
        }
    }

    private Identifier Quoted(string text, SourceSpan span)
    {
        if (text.Length == 0) diagnostics.Error(ErrorCodes.SyntaxError, "zero-length quoted identifier", span);
        return new Identifier(text, true, span);
    }

    private ImmutableArray<Identifier> Idents(SqlParser.IdentifierListContext? context)
    {
        if (context is null) return [];
        var builder = ImmutableArray.CreateBuilder<Identifier>();
        foreach (var id in context.identifier()) builder.Add(Ident(id));
        return builder.ToImmutable();
    }

    public override SyntaxNode VisitQualifiedName(SqlParser.QualifiedNameContext context) => Qualified(context);

    private QualifiedName Qualified(SqlParser.QualifiedNameContext context)
    {
        var builder = ImmutableArray.CreateBuilder<Identifier>();
        foreach (var id in context.identifier()) builder.Add(Ident(id));
        return new QualifiedName(builder.ToImmutable(), Span(context));
    }

    public override SyntaxNode VisitIdentifier(SqlParser.IdentifierContext context) => Ident(context);

    // ------------------------------------------------------------------------------------------------------------
    // Literal text
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>The value of a <c>'...'</c> token: quotes removed, <c>''</c> collapsed.</summary>
    private static string Unquote(string literal) =>
        literal.Length < 2 ? "" : literal[1..^1].Replace("''", "'", StringComparison.Ordinal);

    private int ParseInt(ITerminalNode node)
    {
        if (int.TryParse(node.GetText(), NumberStyles.None, CultureInfo.InvariantCulture, out int value)) return value;
        diagnostics.Error(ErrorCodes.InvalidLiteral, $"the number '{node.GetText()}' is too large here", Span(node));
        return int.MaxValue;
    }

    private static string Upper(string text) => text.ToUpperInvariant();
}
