using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Parsing;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Tests.Parsing;

internal sealed record ParseResult(SourceText Source, SqlScript Script, ImmutableArray<Diagnostic> Diagnostics)
{
    public string Rendered => DiagnosticRenderer.ToText(Diagnostics, Source);
}

internal static class ParsingTestHelpers
{
    public static ParseResult ParseScript(string sql)
    {
        var source = new SourceText(sql);
        var bag = new DiagnosticBag();
        var script = SqlScriptParser.Parse(source, bag);
        return new ParseResult(source, script, bag.ToImmutable());
    }

    /// <summary>Parses one statement that must be free of errors.</summary>
    public static Statement ParseStatement(string sql)
    {
        var result = ParseScript(sql);
        Assert.True(result.Diagnostics.IsEmpty, result.Rendered);
        return Assert.Single(result.Script.Statements);
    }

    public static string PrintStatement(string sql) => AstPrinter.Print(ParseStatement(sql));

    public static QueryExpression ParseQuery(string sql) => Assert.IsType<QueryStatement>(ParseStatement(sql)).Query;

    public static string PrintQuery(string sql) => AstPrinter.Print(ParseQuery(sql));

    /// <summary>The expression of <c>SELECT expr</c>.</summary>
    public static Expression ParseExpression(string expression)
    {
        var select = Assert.IsType<Select>(ParseQuery("SELECT " + expression));
        var item = Assert.IsType<ExpressionItem>(Assert.Single(select.Items));
        Assert.Null(item.Alias);
        return item.Expression;
    }

    public static string PrintExpression(string expression) => AstPrinter.Print(ParseExpression(expression));
}
