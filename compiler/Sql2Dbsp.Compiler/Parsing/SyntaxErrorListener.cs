using System.Globalization;
using Antlr4.Runtime;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Parsing;

/// <summary>
/// Turns ANTLR lexer and parser errors into SQL0001 diagnostics spanning the offending token. Parser messages are
/// already phrased by <see cref="SyntaxErrorStrategy"/>; the lexer never reports (malformed input becomes error
/// tokens that <see cref="SqlScriptParser"/> reports), but a lexer error would still land here with its position.
/// </summary>
internal sealed class SyntaxErrorListener(DiagnosticBag diagnostics) : IAntlrErrorListener<IToken>, IAntlrErrorListener<int>
{
    public void Report(string message, SourceSpan span) => diagnostics.Error(ErrorCodes.SyntaxError, message, span);

    public void SyntaxError(
        TextWriter output, IRecognizer recognizer, IToken offendingSymbol, int line, int charPositionInLine,
        string msg, RecognitionException e) =>
        Report(msg, SpanOf(offendingSymbol));

    public void SyntaxError(
        TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine,
        string msg, RecognitionException e)
    {
        var lexer = (Lexer)recognizer;
        var input = (ICharStream)lexer.InputStream;
        int start = lexer.TokenStartCharIndex;
        int length = Math.Max(1, input.Index - start);
        Report($"unexpected character {DescribeCharacter(input.GetText(new Antlr4.Runtime.Misc.Interval(start, start)))}",
            new SourceSpan(start, length));
    }

    /// <summary>The token's characters; end of input is an empty span where it occurs.</summary>
    public static SourceSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF || token.StopIndex < token.StartIndex
            ? new SourceSpan(Math.Max(0, token.StartIndex), 0)
            : new SourceSpan(token.StartIndex, token.StopIndex - token.StartIndex + 1);

    /// <summary><c>'#'</c>, or <c>U+0007</c> for characters that do not print.</summary>
    public static string DescribeCharacter(string text)
    {
        if (text.Length == 1 && (char.IsControl(text[0]) || char.IsWhiteSpace(text[0]) || char.IsSurrogate(text[0])))
            return "U+" + ((int)text[0]).ToString("X4", CultureInfo.InvariantCulture);
        return $"'{text}'";
    }
}
