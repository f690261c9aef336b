using System.Runtime.CompilerServices;
using Antlr4.Runtime;
using Sql2Dbsp.Compiler.Parsing.Generated;

namespace Sql2Dbsp.Compiler.Parsing;

/// <summary>
/// The generated parser with a cap on rule nesting. Parsing and AST building recurse once per grammar rule, and one
/// level of parentheses costs about a dozen rules (expression → OR → AND → NOT → comparison → ... → primary), so
/// input such as 10,000 opening parentheses would otherwise overflow the stack and kill the process. The cap is
/// deterministic (the same program fails the same way on every thread); the stack probe is a safety net for callers
/// on unusually small stacks.
/// </summary>
internal sealed class DepthLimitedSqlParser(ITokenStream? input) : SqlParser(input, TextWriter.Null, TextWriter.Null)
{
    /// <summary>About 150 levels of parentheses; sqllogictest's deepest query needs 28.</summary>
    public const int MaxRuleDepth = 2000;

    private int depth;

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        // The generated code calls EnterRule outside its try/finally, so count the level only once it is entered.
        if (depth >= MaxRuleDepth) throw new NestingTooDeepException(CurrentToken);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        depth++;
        base.EnterRule(localctx, state, ruleIndex);
    }

    public override void ExitRule()
    {
        depth--;
        base.ExitRule();
    }

    public override void Reset()
    {
        depth = 0;
        base.Reset();
    }
}

/// <summary>The statement nests deeper than <see cref="DepthLimitedSqlParser.MaxRuleDepth"/> allows.</summary>
internal sealed class NestingTooDeepException(IToken token) : Exception("the statement is nested too deeply")
{
    public IToken Token { get; } = token;
}
