using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Tests.Rewrites;

/// <summary>Shapes of rewritten plans (result preservation is checked by the end-to-end oracle tests).</summary>
public class RewriteTests
{
    private static LogicalPlan ViewPlan(string sql, CompilerOptions? options = null)
    {
        var result = SqlCompiler.Compile(new SourceText(sql, "test.sql"), options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Catalog!.Views[^1].Plan;
    }

    private static IEnumerable<LogicalPlan> Nodes(LogicalPlan plan) => plan.Children.SelectMany(Nodes).Prepend(plan);

    /// <summary>A chain of equi-joins over 64 tables written in shuffled order (as select5 of sqllogictest does).</summary>
    private static string WideJoin(int tables, int seed)
    {
        var random = new Random(seed);
        var ddl = string.Concat(Enumerable.Range(1, tables).Select(i => $"CREATE TABLE t{i}(a{i} INTEGER PRIMARY KEY, b{i} INTEGER, x{i} VARCHAR(40));\n"));
        var chain = Enumerable.Range(1, tables).OrderBy(_ => random.Next()).ToArray();
        var conditions = Enumerable.Range(0, tables - 1).Select(i => $"a{chain[i]} = b{chain[i + 1]}").OrderBy(_ => random.Next());
        return ddl + $"CREATE VIEW v AS SELECT x{chain[0]}, x{chain[^1]} FROM {string.Join(", ", Enumerable.Range(1, tables).Select(i => $"t{i}"))} " +
               $"WHERE {string.Join(" AND ", conditions)};";
    }

    [Fact]
    public void WideCommaJoinIsPlannedWithoutCrossProducts()
    {
        var joins = Nodes(ViewPlan(WideJoin(64, seed: 5))).OfType<JoinPlan>().ToList();
        Assert.Equal(63, joins.Count);
        Assert.All(joins, j => Assert.Contains(Lowering.PlanLowering.Conjuncts(j.Condition), c => c is CallExpr { Function: "eq" }));
    }

    [Fact]
    public void WideJoinCarriesOnlyTheColumnsItStillNeeds()
    {
        var plan = ViewPlan(WideJoin(64, seed: 9));
        // Each join needs at most: the two selected columns and the open ends of the chain built so far.
        Assert.All(Nodes(plan), node => Assert.True(node.Arity <= 6, $"{node.Describe()} has {node.Arity} columns"));
        var unpruned = ViewPlan(WideJoin(64, seed: 9), new CompilerOptions { SkipOptionalRewrites = true });
        Assert.Contains(Nodes(unpruned), node => node.Arity == 64 * 3);
    }

    [Fact]
    public void FiltersMoveBelowProjectionsIntoJoinConditions()
    {
        var plan = ViewPlan("""
            CREATE TABLE a (x INT, y INT);
            CREATE TABLE b (x INT, z INT);
            CREATE VIEW v AS SELECT * FROM (SELECT a.y, b.z, a.x AS ax, b.x AS bx FROM a, b) AS s WHERE s.ax = s.bx AND s.y > 1;
            """);
        var join = Assert.Single(Nodes(plan).OfType<JoinPlan>());
        Assert.Contains(Lowering.PlanLowering.Conjuncts(join.Condition), c => c is CallExpr { Function: "eq" });
        Assert.IsType<FilterPlan>(Nodes(join.Left).First(n => n is FilterPlan or ScanPlan));
        Assert.DoesNotContain(Nodes(plan), n => n is FilterPlan f && Nodes(f).OfType<JoinPlan>().Any());
    }

    [Fact]
    public void SubqueriesBecomeJoins()
    {
        var plan = ViewPlan("""
            CREATE TABLE t (k INT, v INT);
            CREATE TABLE u (k INT, w INT);
            CREATE VIEW v AS SELECT k, (SELECT COUNT(*) FROM u WHERE u.k = t.k) AS n FROM t
              WHERE EXISTS (SELECT 1 FROM u WHERE u.w = t.v) AND v NOT IN (SELECT w FROM u);
            """);
        Assert.Contains(Nodes(plan), n => n is JoinPlan { Type: JoinType.Semi });
        Assert.DoesNotContain(Nodes(plan), n => n is FilterPlan f && f.Predicate.ToString().Contains(nameof(SubqueryExpr)));
    }

    [Fact]
    public void CorrelatedLimitIsReportedAtTheSubquery()
    {
        const string sql = """
            CREATE TABLE t (k INT, v INT);
            CREATE VIEW v AS SELECT k FROM t WHERE v = (SELECT v FROM t AS t2 WHERE t2.k = t.k ORDER BY v LIMIT 1);
            """;
        var source = new SourceText(sql, "test.sql");
        var result = SqlCompiler.Compile(source);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.Unsupported, error.Code);
        Assert.Contains("ORDER BY with LIMIT or OFFSET inside a correlated subquery", error.Message);
        Assert.StartsWith("(SELECT v FROM t AS t2", source.Slice(error.Span));
    }
}
