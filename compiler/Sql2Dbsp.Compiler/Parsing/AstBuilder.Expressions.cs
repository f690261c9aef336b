using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Parsing.Generated;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Parsing;

internal sealed partial class AstBuilder
{
    // ------------------------------------------------------------------------------------------------------------
    // Operator levels: each rule is `operand (operator operand)*`, folded left-associatively.
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitExpression(SqlParser.ExpressionContext context) => Visit(context.orExpression());

    public override SyntaxNode VisitOrExpression(SqlParser.OrExpressionContext context) => FoldBinary(context);

    public override SyntaxNode VisitAndExpression(SqlParser.AndExpressionContext context) => FoldBinary(context);

    public override SyntaxNode VisitValueExpression(SqlParser.ValueExpressionContext context) => FoldBinary(context);

    public override SyntaxNode VisitAdditiveExpression(SqlParser.AdditiveExpressionContext context) => FoldBinary(context);

    public override SyntaxNode VisitMultiplicativeExpression(SqlParser.MultiplicativeExpressionContext context) => FoldBinary(context);

    private Expression FoldBinary(ParserRuleContext context)
    {
        var children = context.children;
        var result = Expr((ParserRuleContext)children[0]);
        for (int i = 1; i + 1 < children.Count; i += 2)
        {
            var op = (ITerminalNode)children[i];
            var right = (ParserRuleContext)children[i + 1];
            result = new BinaryExpression(BinaryOperatorOf(op.Symbol.Type), result, Expr(right), Span(op), Span(context.Start, right.Stop));
        }
        return result;
    }

    private static BinaryOperator BinaryOperatorOf(int tokenType) => tokenType switch
    {
        SqlLexer.OR => BinaryOperator.Or,
        SqlLexer.AND => BinaryOperator.And,
        SqlLexer.CONCAT => BinaryOperator.Concat,
        SqlLexer.PLUS => BinaryOperator.Add,
        SqlLexer.MINUS => BinaryOperator.Subtract,
        SqlLexer.STAR => BinaryOperator.Multiply,
        SqlLexer.SLASH => BinaryOperator.Divide,
        SqlLexer.PERCENT => BinaryOperator.Modulo,
        SqlLexer.EQ => BinaryOperator.Equal,
        SqlLexer.NEQ or SqlLexer.BANG_EQ => BinaryOperator.NotEqual,
        SqlLexer.LT => BinaryOperator.Less,
        SqlLexer.LTE => BinaryOperator.LessOrEqual,
        SqlLexer.GT => BinaryOperator.Greater,
        SqlLexer.GTE => BinaryOperator.GreaterOrEqual,
        _ => throw new InvalidOperationException($"token type {tokenType} is not a binary operator"),
    };

    public override SyntaxNode VisitLogicalNot(SqlParser.LogicalNotContext context) =>
        new UnaryExpression(UnaryOperator.Not, Expr(context.notExpression()), Span(context));

    public override SyntaxNode VisitPredicated(SqlParser.PredicatedContext context) => Visit(context.predicate());

    public override SyntaxNode VisitSignedExpression(SqlParser.SignedExpressionContext context) =>
        new UnaryExpression(context.op.Type == SqlLexer.MINUS ? UnaryOperator.Minus : UnaryOperator.Plus,
            Expr(context.unaryExpression()), Span(context));

    public override SyntaxNode VisitUnsignedExpression(SqlParser.UnsignedExpressionContext context) => Visit(context.postfixExpression());

    /// <summary><c>x::t1::t2</c> casts left to right.</summary>
    public override SyntaxNode VisitPostfixExpression(SqlParser.PostfixExpressionContext context)
    {
        var result = Expr(context.primaryExpression());
        foreach (var type in context.typeName())
            result = new CastExpression(result, TypeOf(type), Span(context.Start, type.Stop));
        return result;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Comparison level: a value followed by suffixes, each wrapping what came before.
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitPredicate(SqlParser.PredicateContext context)
    {
        var result = Expr(context.valueExpression());
        foreach (var suffix in context.predicateSuffix())
            result = ApplySuffix(result, suffix, Span(context.Start, suffix.Stop));
        return result;
    }

    private Expression ApplySuffix(Expression left, SqlParser.PredicateSuffixContext suffix, SourceSpan span)
    {
        switch (suffix)
        {
            case SqlParser.ComparisonPredicateContext c:
            {
                var opToken = c.comparisonOperator().Start;
                var op = BinaryOperatorOf(opToken.Type);
                if (c.quantifier is { } quantifier)
                    return new QuantifiedComparison(op, quantifier.Type == SqlLexer.ALL ? Quantifier.All : Quantifier.Any, left, QueryOf(c.query()), span);
                return new BinaryExpression(op, left, Expr(c.valueExpression()), Span(opToken), span);
            }
            case SqlParser.IsPredicateContext c:
            {
                bool negated = c.NOT() is not null;
                if (c.NULL() is not null) return new IsNullExpression(left, negated, span);
                if (c.DISTINCT() is not null) return new IsDistinctFromExpression(left, Expr(c.valueExpression()), negated, span);
                bool? value = c.TRUE() is not null ? true : c.FALSE() is not null ? false : null;
                return new IsTruthExpression(left, value, negated, span);
            }
            case SqlParser.BetweenPredicateContext c:
                return new BetweenExpression(left, Expr(c.low), Expr(c.high), c.NOT() is not null, c.SYMMETRIC() is not null, span);
            case SqlParser.InPredicateContext c:
                return c.query() is { } query
                    ? new InSubqueryExpression(left, QueryOf(query), c.NOT() is not null, span)
                    : new InListExpression(left, Exprs(c.expression()), c.NOT() is not null, span);
            case SqlParser.LikePredicateContext c:
                return new LikeExpression(left, Expr(c.pattern), c.escape is null ? null : Expr(c.escape),
                    c.NOT() is not null, c.op.Type == SqlLexer.ILIKE, span);
            default:
                throw new InvalidOperationException($"unexpected predicate {suffix.GetType().Name}");
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Primary expressions
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitLiteralExpression(SqlParser.LiteralExpressionContext context) => Visit(context.literal());

    public override SyntaxNode VisitScalarSubquery(SqlParser.ScalarSubqueryContext context) =>
        new ScalarSubquery(QueryOf(context.query()), Span(context));

    /// <summary><c>(x)</c> is just x (with x's span); <c>(x, y)</c> is a row value.</summary>
    public override SyntaxNode VisitParenthesizedExpression(SqlParser.ParenthesizedExpressionContext context)
    {
        var elements = context.expression();
        return elements.Length == 1 ? Visit(elements[0]) : new RowExpression(Exprs(elements), Span(context));
    }

    public override SyntaxNode VisitExistsExpression(SqlParser.ExistsExpressionContext context) =>
        new ExistsExpression(QueryOf(context.query()), Span(context));

    public override SyntaxNode VisitCaseExpression(SqlParser.CaseExpressionContext context)
    {
        var whens = ImmutableArray.CreateBuilder<WhenClause>();
        foreach (var w in context.whenClause())
            whens.Add(new WhenClause(Expr(w.condition), Expr(w.result), Span(w)));
        return new CaseExpression(OptionalExpr(context.operand), whens.ToImmutable(), OptionalExpr(context.elseResult), Span(context));
    }

    public override SyntaxNode VisitCastExpression(SqlParser.CastExpressionContext context) =>
        new CastExpression(Expr(context.expression()), TypeOf(context.typeName()), Span(context));

    public override SyntaxNode VisitExtractExpression(SqlParser.ExtractExpressionContext context) =>
        new ExtractExpression(Upper(Ident(context.identifier()).Text), Expr(context.expression()), Span(context));

    /// <summary><c>POSITION(a IN b)</c> is the call POSITION(a, b).</summary>
    public override SyntaxNode VisitPositionExpression(SqlParser.PositionExpressionContext context) =>
        new FunctionCall(IdentifierFromToken(context.POSITION().Symbol),
            [Expr(context.valueExpression()), Expr(context.expression())], false, false, null, null, Span(context));

    /// <summary><c>SUBSTRING(s FROM a FOR b)</c> is SUBSTRING(s, a, b); <c>SUBSTRING(s FOR b)</c> is SUBSTRING(s, 1, b).</summary>
    public override SyntaxNode VisitSubstringExpression(SqlParser.SubstringExpressionContext context)
    {
        var parts = context.expression();
        var arguments = ImmutableArray.CreateBuilder<Expression>();
        arguments.Add(Expr(parts[0]));
        if (context.FROM() is null) arguments.Add(new NumericLiteral("1", SourceSpan.None));
        for (int i = 1; i < parts.Length; i++) arguments.Add(Expr(parts[i]));
        return new FunctionCall(IdentifierFromToken(context.SUBSTRING().Symbol), arguments.ToImmutable(), false, false, null, null, Span(context));
    }

    public override SyntaxNode VisitTrimExpression(SqlParser.TrimExpressionContext context)
    {
        var mode = context.trimMode?.Type switch
        {
            SqlLexer.LEADING => TrimMode.Leading,
            SqlLexer.TRAILING => TrimMode.Trailing,
            _ => TrimMode.Both,
        };
        return new TrimExpression(mode, OptionalExpr(context.characters), Expr(context.operand), Span(context));
    }

    /// <summary>CURRENT_DATE, CURRENT_TIMESTAMP, ...: calls with no arguments.</summary>
    public override SyntaxNode VisitNiladicFunction(SqlParser.NiladicFunctionContext context) =>
        new FunctionCall(IdentifierFromToken(context.name), [], false, false, null, null, Span(context));

    public override SyntaxNode VisitFunctionCall(SqlParser.FunctionCallContext context)
    {
        var nameContext = context.functionName();
        var name = nameContext.identifier() is { } id ? Ident(id) : IdentifierFromToken(nameContext.Start);
        ImmutableArray<Expression> arguments = [];
        bool distinct = false, star = false;
        switch (context.functionArguments())
        {
            case SqlParser.StarArgumentContext:
                star = true;
                break;
            case SqlParser.ExpressionArgumentsContext args:
                distinct = args.quantifier?.Type == SqlLexer.DISTINCT;
                arguments = Exprs(args.expression());
                break;
        }
        return new FunctionCall(name, arguments, distinct, star,
            OptionalExpr(context.filterClause()?.expression()),
            context.overClause() is { } over ? Window(over) : null,
            Span(context));
    }

    private WindowSpecification Window(SqlParser.OverClauseContext context)
    {
        var spec = context.windowSpecification();
        string? frame = spec.windowFrame() is { } f
            ? f.Start.InputStream.GetText(new Antlr4.Runtime.Misc.Interval(f.Start.StartIndex, f.Stop.StopIndex))
            : null;
        return new WindowSpecification(Exprs(spec.expression()), OrderItems(spec.orderItem()), frame, Span(context));
    }

    public override SyntaxNode VisitColumnReference(SqlParser.ColumnReferenceContext context)
    {
        var name = Qualified(context.qualifiedName());
        return new ColumnReference(name.Parts, name.Span);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Literals
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitIntegerLiteral(SqlParser.IntegerLiteralContext context) =>
        new NumericLiteral(context.GetText(), Span(context));

    public override SyntaxNode VisitDecimalLiteral(SqlParser.DecimalLiteralContext context) =>
        new NumericLiteral(context.GetText(), Span(context));

    public override SyntaxNode VisitStringLiteral(SqlParser.StringLiteralContext context) =>
        new StringLiteral(Unquote(context.GetText()), Span(context));

    public override SyntaxNode VisitBinaryLiteral(SqlParser.BinaryLiteralContext context)
    {
        string text = context.GetText();
        string hex = text[2..^1];
        var span = Span(context);
        if (!hex.All(char.IsAsciiHexDigit))
            diagnostics.Error(ErrorCodes.InvalidLiteral, $"invalid binary literal {text}: only hexadecimal digits may appear between the quotes", span);
        else if (hex.Length % 2 != 0)
            diagnostics.Error(ErrorCodes.InvalidLiteral, $"invalid binary literal {text}: it needs an even number of hexadecimal digits", span);
        return new BinaryLiteral(hex, span);
    }

    public override SyntaxNode VisitBooleanLiteral(SqlParser.BooleanLiteralContext context) =>
        new BooleanLiteral(context.TRUE() is not null, Span(context));

    public override SyntaxNode VisitNullLiteral(SqlParser.NullLiteralContext context) => new NullLiteral(Span(context));

    public override SyntaxNode VisitTypedLiteral(SqlParser.TypedLiteralContext context) =>
        new TypedLiteral(Upper(context.kind.Text), Unquote(context.STRING().GetText()), Span(context));

    public override SyntaxNode VisitIntervalLiteral(SqlParser.IntervalLiteralContext context)
    {
        string value = context.STRING() is { } s ? Unquote(s.GetText()) : context.INTEGER_VALUE().GetText();
        var (start, end) = Units(context.intervalQualifier());
        return new IntervalLiteral(value, context.sign?.Type == SqlLexer.MINUS, start, end, Span(context));
    }

    private static (string Start, string? End) Units(SqlParser.IntervalQualifierContext context) =>
        (Unit(context.start), context.end is null ? null : Unit(context.end));

    /// <summary>Upper-case singular: <c>days</c> is DAY.</summary>
    private static string Unit(SqlParser.IntervalUnitContext context)
    {
        string unit = Upper(context.GetText());
        return unit.EndsWith('S') ? unit[..^1] : unit;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Types
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitDoublePrecisionType(SqlParser.DoublePrecisionTypeContext context) =>
        new TypeName("DOUBLE", [], null, null, Span(context));

    public override SyntaxNode VisitCharacterVaryingType(SqlParser.CharacterVaryingTypeContext context) =>
        new TypeName("VARCHAR", context.INTEGER_VALUE() is { } length ? [ParseInt(length)] : [], null, null, Span(context));

    public override SyntaxNode VisitIntervalType(SqlParser.IntervalTypeContext context)
    {
        if (context.intervalQualifier() is not { } qualifier) return new TypeName("INTERVAL", [], null, null, Span(context));
        var (start, end) = Units(qualifier);
        return new TypeName("INTERVAL", [], start, end, Span(context));
    }

    public override SyntaxNode VisitNamedType(SqlParser.NamedTypeContext context)
    {
        var arguments = ImmutableArray.CreateBuilder<int>();
        foreach (var n in context.INTEGER_VALUE()) arguments.Add(ParseInt(n));
        return new TypeName(Upper(context.typeIdentifier().GetText()), arguments.ToImmutable(), null, null, Span(context));
    }
}
