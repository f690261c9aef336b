using Sql2Dbsp.Tpch.Generation;

namespace Sql2Dbsp.Tpch.Tests;

/// <summary>The generator keeps the specification's value rules and is deterministic.</summary>
public sealed class GeneratorTests(TpchFixture fixture) : IClassFixture<TpchFixture>
{
    private static readonly DateOnly Current = new(1995, 6, 17);

    [Fact]
    public void Same_seed_gives_the_same_rows()
    {
        var again = TpchData.Generate(TpchFixture.ScaleFactor, TpchFixture.Rounds);
        foreach (string table in TpchData.TableNames)
        {
            var a = fixture.Data.Tables[table];
            var b = again.Tables[table];
            Assert.Equal(a.Count, b.Count);
            for (int i = 0; i < a.Count; i++)
                if (!a[i].SequenceEqual(b[i])) Assert.Fail($"{table} row {i} differs between two generations");
        }
        Assert.Equal(fixture.Data.Rounds[^1].Inserted[0].Order, again.Rounds[^1].Inserted[0].Order);
    }

    [Fact]
    public void Table_sizes_follow_the_scale_factor()
    {
        var tables = fixture.Data.Tables;
        Assert.Equal(5, tables["region"].Count);
        Assert.Equal(25, tables["nation"].Count);
        Assert.Equal(2_000, tables["part"].Count);
        Assert.Equal(100, tables["supplier"].Count);
        Assert.Equal(8_000, tables["partsupp"].Count);
        Assert.Equal(1_500, tables["customer"].Count);
        Assert.Equal(15_000, tables["orders"].Count);
        Assert.InRange(tables["lineitem"].Count, 15_000 * 3, 15_000 * 5);
        Assert.All(fixture.Data.Rounds, r => Assert.Equal((15, 15), (r.Deleted.Count, r.Inserted.Count)));
    }

    [Fact]
    public void Line_items_follow_the_value_rules()
    {
        var orderDates = fixture.Data.Tables["orders"].ToDictionary(o => (int)o[0]!, o => (DateOnly)o[4]!);
        var retail = fixture.Data.Tables["part"].ToDictionary(p => (int)p[0]!, p => (decimal)p[7]!);
        foreach (var l in fixture.Data.Tables["lineitem"])
        {
            var (quantity, price, discount, tax) = ((decimal)l[4]!, (decimal)l[5]!, (decimal)l[6]!, (decimal)l[7]!);
            var (ship, commit, receipt, ordered) = ((DateOnly)l[10]!, (DateOnly)l[11]!, (DateOnly)l[12]!, orderDates[(int)l[0]!]);
            Assert.InRange(quantity, 1m, 50m);
            Assert.Equal(quantity * retail[(int)l[1]!], price);
            Assert.InRange(discount, 0m, 0.10m);
            Assert.InRange(tax, 0m, 0.08m);
            Assert.InRange(ship.DayNumber - ordered.DayNumber, 1, 121);
            Assert.InRange(commit.DayNumber - ordered.DayNumber, 30, 90);
            Assert.InRange(receipt.DayNumber - ship.DayNumber, 1, 30);
            Assert.Contains((string)l[8]!, receipt <= Current ? new[] { "R", "A" } : new[] { "N" });
            Assert.Equal(ship > Current ? "O" : "F", l[9]);
        }
    }

    [Fact]
    public void Comments_can_match_the_queries_patterns()
    {
        Assert.Contains(fixture.Data.Tables["orders"], o => Like((string)o[8]!, "special", "requests"));
        Assert.Contains(fixture.Data.Tables["orders"], o => !Like((string)o[8]!, "special", "requests"));
        Assert.Contains(fixture.Data.Tables["supplier"], s => Like((string)s[6]!, "Customer", "Complaints"));
    }

    private static bool Like(string text, string first, string second)
    {
        int at = text.IndexOf(first, StringComparison.Ordinal);
        return at >= 0 && text.IndexOf(second, at + first.Length, StringComparison.Ordinal) >= 0;
    }
}
