using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Parsing.Generated;
using Sql2Dbsp.Compiler.Syntax;

namespace Sql2Dbsp.Compiler.Parsing;

internal sealed partial class AstBuilder
{
    public override SyntaxNode VisitStatement(SqlParser.StatementContext context)
    {
        if (context.query() is { } query) return new QueryStatement(QueryOf(query), Span(context));
        return Visit(context.GetChild(0));
    }

    // ------------------------------------------------------------------------------------------------------------
    // CREATE TABLE
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitCreateTable(SqlParser.CreateTableContext context)
    {
        var name = Ident(context.identifier());
        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        ImmutableArray<Identifier> primaryKey = [];
        SqlParser.PrimaryKeyTableConstraintContext? primaryKeyClause = null;
        foreach (var element in context.tableElement())
        {
            if (element.columnDefinition() is { } column)
            {
                columns.Add(Column(column));
                continue;
            }
            switch (element.tableConstraint().tableConstraintBody())
            {
                case SqlParser.PrimaryKeyTableConstraintContext pk:
                    if (primaryKeyClause is not null)
                    {
                        diagnostics.Add(Diagnostic.Error(ErrorCodes.InvalidStatement,
                                $"table '{name.Text}' has more than one PRIMARY KEY clause", Span(pk))
                            .WithNote("the first PRIMARY KEY clause is here", Span(primaryKeyClause)));
                        break;
                    }
                    primaryKeyClause = pk;
                    primaryKey = Idents(pk.identifierList());
                    break;
                case SqlParser.CheckTableConstraintContext check:
                    diagnostics.Unsupported("CHECK constraints", Span(check));
                    break;
                default:
                    break; // UNIQUE and FOREIGN KEY: accepted and ignored (integrity constraints are not enforced)
            }
        }
        return new CreateTable(name, columns.ToImmutable(), primaryKey, Properties(context.withProperties()), Span(context));
    }

    private ColumnDefinition Column(SqlParser.ColumnDefinitionContext context)
    {
        var name = Ident(context.identifier());
        var type = TypeOf(context.typeName());
        bool notNull = false, primaryKey = false;
        SqlParser.ColumnConstraintContext? nullability = null;
        Expression? defaultValue = null, lateness = null;
        foreach (var constraint in context.columnConstraint())
        {
            switch (constraint)
            {
                case SqlParser.NotNullConstraintContext or SqlParser.NullConstraintContext:
                    bool isNotNull = constraint is SqlParser.NotNullConstraintContext;
                    if (nullability is not null && isNotNull != notNull)
                        diagnostics.Add(Diagnostic.Error(ErrorCodes.InvalidStatement,
                                $"conflicting NULL and NOT NULL declarations for column '{name.Text}'", Span(constraint))
                            .WithNote("the other declaration is here", Span(nullability)));
                    nullability = constraint;
                    notNull = isNotNull;
                    break;
                case SqlParser.PrimaryKeyColumnConstraintContext:
                    primaryKey = true;
                    break;
                case SqlParser.DefaultConstraintContext d:
                    defaultValue = Expr(d.expression());
                    break;
                case SqlParser.CheckColumnConstraintContext check:
                    diagnostics.Unsupported("CHECK constraints", Span(check));
                    break;
                case SqlParser.LatenessColumnConstraintContext l:
                    lateness = Expr(l.expression());
                    break;
                case SqlParser.WatermarkColumnConstraintContext w:
                    diagnostics.Unsupported("WATERMARK (experimental in Feldera; use LATENESS)", Span(w));
                    break;
                default:
                    break; // UNIQUE and REFERENCES: accepted and ignored
            }
        }
        return new ColumnDefinition(name, type, notNull, primaryKey, defaultValue, [], Span(context)) { Lateness = lateness };
    }

    private ImmutableArray<Property> Properties(SqlParser.WithPropertiesContext? context)
    {
        if (context is null) return [];
        var builder = ImmutableArray.CreateBuilder<Property>();
        foreach (var p in context.property())
            builder.Add(new Property(Unquote(p.key.Text), Unquote(p.value.Text), Span(p.key), Span(p.value), Span(p)));
        return builder.ToImmutable();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Views and indexes
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitCreateView(SqlParser.CreateViewContext context)
    {
        var kind = context.kind?.Type switch
        {
            SqlLexer.MATERIALIZED => ViewKind.Materialized,
            SqlLexer.LOCAL => ViewKind.Local,
            _ => ViewKind.Default,
        };
        return new CreateView(Ident(context.identifier()), kind, Idents(context.identifierList()),
            Properties(context.withProperties()), QueryOf(context.query()), Span(context));
    }

    public override SyntaxNode VisitDeclareRecursiveView(SqlParser.DeclareRecursiveViewContext context)
    {
        var columns = ImmutableArray.CreateBuilder<ColumnDefinition>();
        foreach (var c in context.columnDefinition()) columns.Add(Column(c));
        return new DeclareRecursiveView(Ident(context.identifier()), columns.ToImmutable(), Span(context));
    }

    public override SyntaxNode VisitCreateIndex(SqlParser.CreateIndexContext context)
    {
        var columns = ImmutableArray.CreateBuilder<Identifier>();
        foreach (var c in context.indexColumn()) columns.Add(Ident(c.identifier()));
        return new CreateIndex(Ident(context.identifier()), Qualified(context.qualifiedName()), columns.ToImmutable(), Span(context));
    }

    public override SyntaxNode VisitSetStatement(SqlParser.SetStatementContext context)
    {
        var value = context.ON() is not null ? "ON" : context.word is { } word ? Upper(word.GetText()) : context.literal().GetText();
        return new SetStatement(Ident(context.option), value, Span(context));
    }

    public override SyntaxNode VisitDropStatement(SqlParser.DropStatementContext context)
    {
        var kind = context.kind.Type switch
        {
            SqlLexer.TABLE => DropKind.Table,
            SqlLexer.VIEW => DropKind.View,
            _ => DropKind.Index,
        };
        return new DropStatement(kind, Qualified(context.qualifiedName()), context.IF() is not null, Span(context));
    }

    public override SyntaxNode VisitLatenessStatement(SqlParser.LatenessStatementContext context) =>
        new LatenessStatement(Qualified(context.qualifiedName()), Expr(context.expression()), Span(context));

    // ------------------------------------------------------------------------------------------------------------
    // Data changes
    // ------------------------------------------------------------------------------------------------------------

    public override SyntaxNode VisitInsertStatement(SqlParser.InsertStatementContext context) =>
        new InsertStatement(Qualified(context.qualifiedName()), Idents(context.identifierList()), QueryOf(context.query()), Span(context));

    public override SyntaxNode VisitDeleteStatement(SqlParser.DeleteStatementContext context) =>
        new DeleteStatement(Qualified(context.qualifiedName()),
            context.identifier() is { } alias ? Ident(alias) : null,
            OptionalExpr(context.expression()), Span(context));

    public override SyntaxNode VisitUpdateStatement(SqlParser.UpdateStatementContext context)
    {
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        foreach (var a in context.assignment())
            assignments.Add(new Assignment(Ident(a.identifier()), Expr(a.expression()), Span(a)));
        return new UpdateStatement(Qualified(context.qualifiedName()),
            context.identifier() is { } alias ? Ident(alias) : null,
            assignments.ToImmutable(), OptionalExpr(context.expression()), Span(context));
    }
}
