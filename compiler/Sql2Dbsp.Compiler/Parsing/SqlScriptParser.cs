using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Parsing.Generated;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Parsing;

/// <summary>
/// Parses a SQL program into a <see cref="SqlScript"/>. The text is lexed once, the tokens are split at each
/// <c>;</c>, and every statement is parsed on its own, so a syntax error costs only its own statement: later
/// statements are still parsed and their errors reported too. Statements that fail to parse are omitted.
/// </summary>
public static class SqlScriptParser
{
    /// <summary>Parses <paramref name="source"/>; syntax errors go to <paramref name="diagnostics"/> as SQL0001.</summary>
    public static SqlScript Parse(SourceText source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var listener = new SyntaxErrorListener(diagnostics);
        var lexer = new SqlLexer(new AntlrInputStream(source.Text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(listener);
        IList<IToken> tokens = lexer.GetAllTokens();

        var parser = new DepthLimitedSqlParser(null);
        parser.RemoveErrorListeners();
        parser.AddErrorListener(listener);
        parser.BuildParseTree = true;

        var builder = new AstBuilder(diagnostics);
        var statements = ImmutableArray.CreateBuilder<Statement>();
        var chunk = new List<IToken>();
        foreach (var token in tokens)
        {
            chunk.Add(token);
            if (token.Type == SqlLexer.SEMI)
            {
                ParseStatement(chunk, parser, listener, builder, statements);
                chunk = [];
            }
        }
        if (chunk.Count > 0) ParseStatement(chunk, parser, listener, builder, statements);

        return new SqlScript(statements.ToImmutable(), new SourceSpan(0, source.Text.Length));
    }

    private const string TooDeep = "the statement is nested too deeply to parse";

    /// <summary>Deeper nesting is rejected before parsing (see also <see cref="DepthLimitedSqlParser.MaxRuleDepth"/>).</summary>
    internal const int MaxParenthesisDepth = 200;

    /// <summary>
    /// Parses the tokens of one statement (with its terminating <c>;</c>, if any) and adds its AST. Lexical errors
    /// and excessive nesting are reported without parsing; a syntax error reports its first error and adds nothing.
    /// </summary>
    private static void ParseStatement(
        List<IToken> chunk, SqlParser parser, SyntaxErrorListener listener, AstBuilder builder,
        ImmutableArray<Statement>.Builder statements)
    {
        if (chunk.Count == 1 && chunk[0].Type == SqlLexer.SEMI) return; // empty statement

        int parenthesisDepth = 0;
        foreach (var token in chunk)
        {
            if (LexicalErrorMessage(token) is { } message)
            {
                listener.Report(message, SyntaxErrorListener.SpanOf(token));
                return;
            }
            if (token.Type == SqlLexer.LPAREN && ++parenthesisDepth > MaxParenthesisDepth)
            {
                // Fail fast: prediction would scan ahead over the whole nest at every level before the rule cap hits.
                listener.Report(TooDeep, SyntaxErrorListener.SpanOf(token));
                return;
            }
            if (token.Type == SqlLexer.RPAREN) parenthesisDepth--;
        }

        SqlParser.SingleStatementContext? tree;
        try
        {
            tree = ParseTwoStage(chunk, parser);
        }
        catch (NestingTooDeepException e)
        {
            listener.Report(TooDeep, SyntaxErrorListener.SpanOf(e.Token));
            return;
        }
        catch (InsufficientExecutionStackException)
        {
            listener.Report(TooDeep, SyntaxErrorListener.SpanOf(parser.CurrentToken));
            return;
        }
        if (tree is null) return;

        try
        {
            statements.Add(builder.BuildStatement(tree.statement()));
        }
        catch (InsufficientExecutionStackException)
        {
            listener.Report(TooDeep, SyntaxErrorListener.SpanOf(chunk[0]));
        }
    }

    /// <summary>
    /// SLL prediction with a bail-out strategy is fast and right for nearly every input; only when it fails is the
    /// statement parsed again with full LL prediction, which is exact and reports the first error precisely.
    /// </summary>
    private static SqlParser.SingleStatementContext? ParseTwoStage(List<IToken> chunk, SqlParser parser)
    {
        var stream = new CommonTokenStream(new ListTokenSource(chunk));
        parser.TokenStream = stream;
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new SilentBailErrorStrategy();
        try
        {
            return parser.singleStatement();
        }
        catch (ParseCanceledException)
        {
        }

        stream.Seek(0);
        parser.Reset();
        parser.Interpreter.PredictionMode = PredictionMode.LL;
        parser.ErrorHandler = new SyntaxErrorStrategy();
        try
        {
            return parser.singleStatement();
        }
        catch (ParseCanceledException)
        {
            return null;
        }
    }

    /// <summary>Gives up at the first error without reporting it (the LL stage reports it).</summary>
    private sealed class SilentBailErrorStrategy : BailErrorStrategy
    {
        public override void ReportError(Parser recognizer, RecognitionException e)
        {
        }
    }

    /// <summary>The message for a token the lexer produced from malformed input, or null for a good token.</summary>
    private static string? LexicalErrorMessage(IToken token) => token.Type switch
    {
        SqlLexer.UNTERMINATED_STRING => "unterminated string literal",
        SqlLexer.UNTERMINATED_QUOTED_IDENTIFIER => "unterminated quoted identifier",
        SqlLexer.UNTERMINATED_BACKQUOTED_IDENTIFIER => "unterminated quoted identifier",
        SqlLexer.UNTERMINATED_COMMENT => "unterminated comment",
        SqlLexer.ERROR_CHARACTER => $"unexpected character {SyntaxErrorListener.DescribeCharacter(token.Text)}",
        _ => null,
    };
}
