using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Parsing.Generated;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Parsing;

internal sealed partial class AstBuilder
{
    /// <summary>The <see cref="Query"/> wrapper appears only when WITH, ORDER BY, LIMIT, OFFSET or FETCH is present.</summary>
    public override SyntaxNode VisitQuery(SqlParser.QueryContext context)
    {
        var body = QueryOf(context.queryBody());
        var with = context.withClause();
        var orderBy = context.orderByClause();
        var limitClause = context.limitClause();
        if (with is null && orderBy is null && limitClause is null) return body;

        var ctes = ImmutableArray<CommonTableExpression>.Empty;
        if (with is not null)
        {
            var builder = ImmutableArray.CreateBuilder<CommonTableExpression>();
            foreach (var cte in with.commonTableExpression())
                builder.Add(new CommonTableExpression(Ident(cte.identifier()), Idents(cte.identifierList()), QueryOf(cte.query()), Span(cte)));
            ctes = builder.ToImmutable();
        }

        Expression? limit = null, offset = null;
        switch (limitClause)
        {
            case SqlParser.LimitThenOffsetContext c:
                limit = Expr(c.limitPart().expression());
                offset = OptionalExpr(c.offsetPart()?.expression());
                break;
            case SqlParser.OffsetThenLimitContext c:
                offset = Expr(c.offsetPart().expression());
                limit = c.limitPart() is { } l ? Expr(l.expression()) : c.fetchPart() is { } f ? FetchCount(f) : null;
                break;
            case SqlParser.FetchOnlyContext c:
                limit = FetchCount(c.fetchPart());
                break;
        }

        return new Query(ctes, with?.RECURSIVE() is not null, body, OrderItems(orderBy?.orderItem()), limit, offset, Span(context));
    }

    /// <summary><c>FETCH FIRST n ROWS ONLY</c> is n; without n it is one row (a synthesized literal without a span).</summary>
    private Expression FetchCount(SqlParser.FetchPartContext context) =>
        context.expression() is { } count ? Expr(count) : new NumericLiteral("1", SourceSpan.None);

    public override SyntaxNode VisitQueryBody(SqlParser.QueryBodyContext context)
    {
        var terms = context.queryTerm();
        var result = QueryOf(terms[0]);
        var operators = context.unionOperator();
        for (int i = 0; i < operators.Length; i++)
        {
            var op = operators[i].op.Type == SqlLexer.UNION ? SetOperator.Union : SetOperator.Except;
            bool all = operators[i].quantifier?.Type == SqlLexer.ALL;
            result = new SetOperation(op, all, result, QueryOf(terms[i + 1]), Span(context.Start, terms[i + 1].Stop));
        }
        return result;
    }

    public override SyntaxNode VisitQueryTerm(SqlParser.QueryTermContext context)
    {
        var primaries = context.queryPrimary();
        var result = QueryOf(primaries[0]);
        var operators = context.intersectOperator();
        for (int i = 0; i < operators.Length; i++)
        {
            bool all = operators[i].quantifier?.Type == SqlLexer.ALL;
            result = new SetOperation(SetOperator.Intersect, all, result, QueryOf(primaries[i + 1]), Span(context.Start, primaries[i + 1].Stop));
        }
        return result;
    }

    public override SyntaxNode VisitSelectQuery(SqlParser.SelectQueryContext context) => Visit(context.select());

    public override SyntaxNode VisitValuesQuery(SqlParser.ValuesQueryContext context) => Visit(context.valuesClause());

    public override SyntaxNode VisitParenthesizedQuery(SqlParser.ParenthesizedQueryContext context) => Visit(context.query());

    public override SyntaxNode VisitSelect(SqlParser.SelectContext context)
    {
        var items = ImmutableArray.CreateBuilder<SelectItem>();
        foreach (var item in context.selectItem()) items.Add((SelectItem)Visit(item));
        var from = ImmutableArray.CreateBuilder<TableReference>();
        foreach (var table in context.tableReference()) from.Add((TableReference)Visit(table));
        return new Select(
            context.quantifier?.Type == SqlLexer.DISTINCT,
            items.ToImmutable(),
            from.ToImmutable(),
            OptionalExpr(context.whereClause()?.expression()),
            context.groupByClause() is { } groupBy ? Exprs(groupBy.expression()) : [],
            OptionalExpr(context.havingClause()?.expression()),
            Span(context));
    }

    public override SyntaxNode VisitValuesClause(SqlParser.ValuesClauseContext context)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<Expression>>();
        foreach (var row in context.valuesRow()) rows.Add(Exprs(row.expression()));
        return new Values(rows.ToImmutable(), Span(context));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Select items and ORDER BY
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitStarSelectItem(SqlParser.StarSelectItemContext context) => new StarItem(null, Span(context));

    public override SyntaxNode VisitQualifiedStarSelectItem(SqlParser.QualifiedStarSelectItemContext context) =>
        new StarItem(Qualified(context.qualifiedName()), Span(context));

    /// <summary>A string alias (<c>AS 'day'</c>, accepted by Feldera) names the column like a quoted identifier.</summary>
    public override SyntaxNode VisitExpressionSelectItem(SqlParser.ExpressionSelectItemContext context) =>
        new ExpressionItem(Expr(context.expression()),
            context.identifier() is { } alias ? Ident(alias) : context.alias is { } text ? Quoted(Unquote(text.Text), Span(text)) : null,
            Span(context));

    private ImmutableArray<OrderItem> OrderItems(SqlParser.OrderItemContext[]? items)
    {
        if (items is null) return [];
        var builder = ImmutableArray.CreateBuilder<OrderItem>(items.Length);
        foreach (var item in items)
        {
            bool? nullsFirst = item.nulls is null ? null : item.nulls.Type == SqlLexer.FIRST;
            builder.Add(new OrderItem(Expr(item.expression()), item.direction?.Type == SqlLexer.DESC, nullsFirst, Span(item)));
        }
        return builder.MoveToImmutable();
    }

    // ------------------------------------------------------------------------------------------------------------
    // FROM
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>Joins fold left-deep: <c>a JOIN b ON x JOIN c ON y</c> is <c>(a JOIN b ON x) JOIN c ON y</c>.</summary>
    public override SyntaxNode VisitTableReference(SqlParser.TableReferenceContext context)
    {
        var result = (TableReference)Visit(context.tablePrimary());
        foreach (var join in context.joinClause())
        {
            var span = Span(context.Start, join.Stop);
            result = join switch
            {
                SqlParser.CrossJoinContext cross =>
                    new JoinedTable(result, JoinKind.Cross, false, (TableReference)Visit(cross.tablePrimary()), null, [], span),
                SqlParser.NaturalJoinContext natural =>
                    new JoinedTable(result, KindOf(natural.joinType()), true, (TableReference)Visit(natural.tablePrimary()), null, [], span),
                SqlParser.QualifiedJoinContext qualified => Qualified(result, qualified, span),
                _ => throw new InvalidOperationException($"unexpected join clause {join.GetType().Name}"),
            };
        }
        return result;
    }

    private JoinedTable Qualified(TableReference left, SqlParser.QualifiedJoinContext context, SourceSpan span)
    {
        var right = (TableReference)Visit(context.tablePrimary());
        return context.joinCondition() switch
        {
            SqlParser.OnConditionContext on => new JoinedTable(left, KindOf(context.joinType()), false, right, Expr(on.expression()), [], span),
            SqlParser.UsingConditionContext usingClause =>
                new JoinedTable(left, KindOf(context.joinType()), false, right, null, Idents(usingClause.identifierList()), span),
            _ => throw new InvalidOperationException("unexpected join condition"),
        };
    }

    private static JoinKind KindOf(SqlParser.JoinTypeContext? context) => context?.kind?.Type switch
    {
        SqlLexer.LEFT => JoinKind.Left,
        SqlLexer.RIGHT => JoinKind.Right,
        SqlLexer.FULL => JoinKind.Full,
        _ => JoinKind.Inner,
    };

    public override SyntaxNode VisitNamedTable(SqlParser.NamedTableContext context)
    {
        var (alias, columns) = Alias(context.tableAlias());
        return new NamedTable(Qualified(context.qualifiedName()), alias, columns, Span(context));
    }

    public override SyntaxNode VisitDerivedTable(SqlParser.DerivedTableContext context)
    {
        var (alias, columns) = Alias(context.tableAlias());
        return new DerivedTable(QueryOf(context.query()), alias, columns, Span(context));
    }

    public override SyntaxNode VisitParenthesizedTableReference(SqlParser.ParenthesizedTableReferenceContext context) =>
        Visit(context.tableReference());

    private (Identifier? Alias, ImmutableArray<Identifier> Columns) Alias(SqlParser.TableAliasContext? context) =>
        context is null ? (null, []) : (Ident(context.identifier()), Idents(context.identifierList()));
}
