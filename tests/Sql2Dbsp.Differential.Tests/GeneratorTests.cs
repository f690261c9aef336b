using Sql2Dbsp.Differential.Generation;

namespace Sql2Dbsp.Differential.Tests;

public sealed class GeneratorTests
{
    private static (Database Db, List<Query> Queries) Generate(int seed, Feature avoid = Feature.None)
    {
        var db = new DataGenerator(new Random(seed), avoid).Generate();
        var queries = Enumerable.Range(0, 300).Select(i => new QueryGenerator(new Random(seed * 1000 + i), avoid, db.Tables).Generate(i)).ToList();
        return (db, queries);
    }

    [Fact]
    public void The_same_seed_generates_the_same_database_and_queries()
    {
        var (db1, q1) = Generate(5);
        var (db2, q2) = Generate(5);
        Assert.Equal(db1.Tables.Select(t => t.CreateStatement), db2.Tables.Select(t => t.CreateStatement));
        Assert.Equal(db1.Rounds.SelectMany(r => r).Select(c => c.Statement), db2.Rounds.SelectMany(r => r).Select(c => c.Statement));
        Assert.Equal(q1.Select(q => q.Sql), q2.Select(q => q.Sql));
        Assert.NotEqual(q1.Select(q => q.Sql), Generate(6).Queries.Select(q => q.Sql));
    }

    [Fact]
    public void Queries_cover_every_shape_and_the_data_has_edge_values()
    {
        var queries = Enumerable.Range(1, 5).SelectMany(s => Generate(s).Queries).ToList();
        foreach (var shape in new[] { "select", "distinct", "join", "group-by", "aggregate", "set-operation", "subquery", "order-by-limit" })
            Assert.Contains(queries, q => q.Shape == shape);
        string all = string.Join("\n", queries.Select(q => q.Sql.Ours));
        foreach (var construct in new[] { "FULL JOIN", "RIGHT JOIN", "LEFT JOIN", "HAVING", "EXCEPT", "INTERSECT", "UNION", "NOT EXISTS", " IN (SELECT", "CASE WHEN", "LIKE", "CAST(", "COALESCE(", "CONCAT(", " DESC" })
            Assert.Contains(construct, all, StringComparison.Ordinal);

        var values = Enumerable.Range(1, 20).SelectMany(s => Generate(s).Db.InitialRows.SelectMany(r => r).SelectMany(r => r)).ToList();
        Assert.Contains(null, values);
        Assert.Contains(values, v => v is string s && s.EndsWith(' '));
        Assert.Contains(values, v => v is decimal d && d < 0);
        Assert.Contains(values, v => v is DateOnly { Month: 2, Day: 29 });
    }

    [Fact]
    public void Avoided_features_are_not_generated()
    {
        var avoid = Feature.Char | Feature.Concat | Feature.OrderDesc | Feature.WideDecimal;
        var all = Enumerable.Range(1, 5).Select(s => Generate(s, avoid)).ToList();
        string sql = string.Join("\n", all.SelectMany(g => g.Queries).Select(q => q.Sql.Ours));
        Assert.DoesNotContain("CONCAT(", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(" DESC", sql, StringComparison.Ordinal);
        var types = all.SelectMany(g => g.Db.Tables).SelectMany(t => t.Columns).Select(c => c.Type.Sql).ToList();
        Assert.DoesNotContain(types, t => t.StartsWith("CHAR", StringComparison.Ordinal) || t == "DECIMAL(28, 10)");
    }

    [Fact]
    public void Dialect_differences_are_spelled_for_each_engine()
    {
        var queries = Enumerable.Range(1, 5).SelectMany(s => Generate(s).Queries).ToList();
        var avg = queries.First(q => q.Sql.Pg.Contains("ROUND(AVG(", StringComparison.Ordinal));
        Assert.Contains("AVG(", avg.Sql.Ours, StringComparison.Ordinal);
        Assert.DoesNotContain("ROUND(AVG(", avg.Sql.Ours, StringComparison.Ordinal);
    }
}
