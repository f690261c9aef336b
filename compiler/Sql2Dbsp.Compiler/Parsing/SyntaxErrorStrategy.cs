using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Sql2Dbsp.Compiler.Parsing.Generated;

namespace Sql2Dbsp.Compiler.Parsing;

/// <summary>
/// The error strategy of the exact (LL) parse: it reports the first syntax error of a statement in plain words,
/// <c>syntax error at 'FROM': expected an expression</c>, and then abandons the statement (no in-statement recovery,
/// so there are no cascades of follow-on errors; recovery happens at the next <c>;</c>).
/// </summary>
internal sealed class SyntaxErrorStrategy : DefaultErrorStrategy
{
    private const int MaxListedTokens = 6;

    public override void ReportError(Parser recognizer, RecognitionException e)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var offending = e.OffendingToken ?? recognizer.CurrentToken;
        IntervalSet? expected = e switch
        {
            NoViableAltException nvae => ExpectedAtDeadEnd(recognizer, nvae),
            InputMismatchException => e.GetExpectedTokens(),
            _ => null,
        };
        recognizer.NotifyErrorListeners(offending, Message(recognizer, offending, expected, e.Context), e);
    }

    public override void Recover(Parser recognizer, RecognitionException e) => throw new ParseCanceledException(e);

    public override IToken RecoverInline(Parser recognizer)
    {
        var e = new InputMismatchException(recognizer);
        ReportError(recognizer, e);
        throw new ParseCanceledException(e);
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        recognizer.NotifyErrorListeners(token, Message(recognizer, token, GetExpectedTokens(recognizer), recognizer.Context), null);
        throw new ParseCanceledException();
    }

    protected override void ReportMissingToken(Parser recognizer) => ReportUnwantedToken(recognizer);

    /// <summary>
    /// What could have come instead of the offending token. When prediction failed several tokens after the decision
    /// began, the configurations still alive just before the offending token say what they could have accepted.
    /// </summary>
    private static IntervalSet? ExpectedAtDeadEnd(Parser recognizer, NoViableAltException e)
    {
        if (e.StartToken.TokenIndex == e.OffendingToken.TokenIndex) return e.GetExpectedTokens();
        if (e.DeadEndConfigs is null) return null;
        var atn = recognizer.Atn;
        var set = new IntervalSet();
        foreach (var config in e.DeadEndConfigs.configs)
            set.AddAll(atn.NextTokens(config.state));
        set.Remove(TokenConstants.EPSILON);
        return set.IsNil ? null : set;
    }

    private static string Message(Parser recognizer, IToken offending, IntervalSet? expected, RuleContext? context)
    {
        var sb = new StringBuilder("syntax error at ").Append(DescribeToken(offending));
        string? what = DescribeExpected(recognizer, offending, expected, context);
        if (what is not null) sb.Append(": expected ").Append(what);
        return sb.ToString();
    }

    private static string DescribeToken(IToken token)
    {
        if (token.Type == TokenConstants.EOF) return "end of input";
        string text = token.Text ?? "";
        if (text.Length > 40) text = text[..37] + "...";
        return $"'{text}'";
    }

    private static string? DescribeExpected(Parser recognizer, IToken offending, IntervalSet? expected, RuleContext? context)
    {
        if (context is SqlParser.StatementContext or SqlParser.SingleStatementContext && offending.TokenIndex == 0)
            return "a statement (CREATE, DECLARE, DROP, INSERT, UPDATE, DELETE or a query)";
        if (context is SqlParser.TypeNameContext or SqlParser.TypeIdentifierContext)
            return "a data type";
        if (expected is null) return null;

        var types = new HashSet<int>(expected.ToList());
        types.Remove(TokenConstants.EPSILON);
        if (types.Count == 0) return null;

        if (types.IsSupersetOf(ExpressionMarkers)) return "an expression";
        if (types.IsSupersetOf(QueryMarkers)) return "a query";
        if (types.All(t => t is SqlLexer.SEMI or TokenConstants.EOF)) return "end of statement";

        bool identifier = types.Contains(SqlLexer.IDENTIFIER);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (int type in types)
        {
            if (identifier && IsIdentifierToken(recognizer, type)) continue;
            if (type is SqlLexer.SEMI or TokenConstants.EOF) continue; // "end of statement" is implied
            names.Add(DescribeTokenType(recognizer.Vocabulary, type));
        }
        var parts = new List<string>();
        if (identifier) parts.Add("an identifier");
        if (names.Count > MaxListedTokens) return identifier ? "an identifier" : null;
        parts.AddRange(names);
        if (parts.Count == 0) return "end of statement";
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[^1];
    }

    /// <summary>Tokens present in every set that can start an expression (and in few others).</summary>
    private static readonly int[] ExpressionMarkers = [SqlLexer.INTEGER_VALUE, SqlLexer.STRING, SqlLexer.IDENTIFIER, SqlLexer.CASE, SqlLexer.MINUS];

    private static readonly int[] QueryMarkers = [SqlLexer.SELECT, SqlLexer.VALUES];

    private static bool IsIdentifierToken(Parser recognizer, int type)
    {
        if (type is SqlLexer.IDENTIFIER or SqlLexer.QUOTED_IDENTIFIER or SqlLexer.BACKQUOTED_IDENTIFIER) return true;
        return NonReservedKeywords.Value.Contains(type);
    }

    /// <summary>The keywords the grammar's <c>nonReserved</c> rule accepts as identifiers.</summary>
    private static readonly Lazy<IntervalSet> NonReservedKeywords = new(() =>
    {
        var atn = SqlParser._ATN;
        return atn.NextTokens(atn.ruleToStartState[SqlParser.RULE_nonReserved]);
    });

    private static string DescribeTokenType(IVocabulary vocabulary, int type)
    {
        switch (type)
        {
            case TokenConstants.EOF: return "end of input";
            case SqlLexer.IDENTIFIER or SqlLexer.QUOTED_IDENTIFIER or SqlLexer.BACKQUOTED_IDENTIFIER: return "an identifier";
            case SqlLexer.INTEGER_VALUE: return "an integer";
            case SqlLexer.DECIMAL_VALUE: return "a number";
            case SqlLexer.STRING: return "a string literal";
            case SqlLexer.BINARY_STRING: return "a binary literal";
        }
        string? literal = vocabulary.GetLiteralName(type);
        if (literal is { Length: > 2 } && char.IsLetter(literal[1])) return literal[1..^1]; // keyword: SELECT
        return literal ?? vocabulary.GetSymbolicName(type) ?? type.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
