using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests;

/// <summary>
/// Relations are identified as SQL names them: unquoted names fold to lower case, quoted ones are exact, so
/// <c>"T"</c> and <c>"t"</c> are two tables (and unquoted <c>t</c> is <c>"t"</c>). Pipeline lookups read a name the same way.
/// </summary>
public class QuotedNameTests
{
    private const string Program = """
        CREATE TABLE "T" ("A" INT, "a" INT);
        CREATE TABLE "t" (b INT);
        CREATE MATERIALIZED VIEW "V" AS SELECT "A", a FROM "T";
        CREATE MATERIALIZED VIEW v AS SELECT b FROM t;
        CREATE MATERIALIZED VIEW "Both" AS SELECT "T"."A" AS x, "t".b AS y FROM "T", "t" WHERE "T".a = "t".b;
        """;

    [Fact]
    public void NamesThatDifferOnlyInCaseAreDistinctRelations()
    {
        using var program = SqlProgram.Compile(Program);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        p.Input("\"T\"").Insert(1, 2);
        p.Input("t").Insert(2);
        p.Step();
        Assert.Equal([1, 2], Assert.Single(p.Output("\"V\"").Contents));
        Assert.Equal([2], Assert.Single(p.Output("v").Contents));
        Assert.Equal([1, 2], Assert.Single(p.Output("\"Both\"").Contents));
        Assert.Equal(2, p.Inputs.Count());
        Assert.Equal(3, p.Outputs.Count());
    }

    [Fact]
    public void LookupsFoldUnquotedNamesAndMatchQuotedOnesExactly()
    {
        using var program = SqlProgram.Compile(Program);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        Assert.Equal("T", p.Input("\"T\"").Table.Name);
        Assert.Equal("t", p.Input("\"t\"").Table.Name);
        Assert.Equal("t", p.Input("t").Table.Name);
        Assert.Equal("t", p.Input("T").Table.Name);
        Assert.Equal("V", p.Output("\"V\"").View.Name);
        Assert.Equal("v", p.Output("V").View.Name);
        // A quoted name that is the only one of its spelling is found without quotes too.
        Assert.Equal("Both", p.Output("both").View.Name);
        Assert.Throws<ArgumentException>(() => p.Input("\"x\""));
    }

    [Fact]
    public void UnquotedAndQuotedLowerCaseNameAreTheSameTable()
    {
        using var program = SqlProgram.Compile("""
            CREATE TABLE Orders (id INT);
            CREATE TABLE "orders" (id INT);
            """);
        Assert.False(program.Success);
    }
}
