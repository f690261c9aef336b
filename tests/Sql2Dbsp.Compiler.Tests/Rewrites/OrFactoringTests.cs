using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Tests.Rewrites;

/// <summary>Conjuncts shared by every branch of an OR are factored out, so they can become join keys and filters.</summary>
public class OrFactoringTests
{
    private static LogicalPlan ViewPlan(string sql)
    {
        var result = SqlCompiler.Compile(new SourceText(sql, "test.sql"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Catalog!.Views[^1].Plan;
    }

    private static IEnumerable<LogicalPlan> Nodes(LogicalPlan plan) => plan.Children.SelectMany(Nodes).Prepend(plan);

    private static bool IsEquality(Expr c) => c is CallExpr { Function: "eq" };

    private const string Q19 = """
        CREATE TABLE lineitem (l_orderkey BIGINT NOT NULL, l_partkey BIGINT NOT NULL, l_quantity DECIMAL(15,2) NOT NULL,
          l_extendedprice DECIMAL(15,2) NOT NULL, l_discount DECIMAL(15,2) NOT NULL, l_shipinstruct CHAR(25) NOT NULL,
          l_shipmode CHAR(10) NOT NULL);
        CREATE TABLE part (p_partkey BIGINT NOT NULL, p_brand CHAR(10) NOT NULL, p_size INTEGER NOT NULL,
          p_container CHAR(10) NOT NULL);
        CREATE VIEW q19 AS
        select sum(l_extendedprice* (1 - l_discount)) as revenue from lineitem, part where
        ( p_partkey = l_partkey and p_brand = 'Brand#12' and p_container in ('SM CASE', 'SM BOX', 'SM PACK', 'SM PKG')
          and l_quantity >= 1 and l_quantity <= 1 + 10 and p_size between 1 and 5 and l_shipmode in ('AIR', 'AIR REG')
          and l_shipinstruct = 'DELIVER IN PERSON' )
        or ( p_partkey = l_partkey and p_brand = 'Brand#23' and p_container in ('MED BAG', 'MED BOX', 'MED PKG', 'MED PACK')
          and l_quantity >= 10 and l_quantity <= 10 + 10 and p_size between 1 and 10 and l_shipmode in ('AIR', 'AIR REG')
          and l_shipinstruct = 'DELIVER IN PERSON' )
        or ( p_partkey = l_partkey and p_brand = 'Brand#34' and p_container in ('LG CASE', 'LG BOX', 'LG PACK', 'LG PKG')
          and l_quantity >= 20 and l_quantity <= 20 + 10 and p_size between 1 and 15 and l_shipmode in ('AIR', 'AIR REG')
          and l_shipinstruct = 'DELIVER IN PERSON' );
        """;

    [Fact]
    public void TpchQ19JoinsOnThePartKeyWithEachTableFilteredFirst()
    {
        var plan = ViewPlan(Q19);
        var join = Assert.Single(Nodes(plan).OfType<JoinPlan>());
        Assert.Contains(Conjuncts(join.Condition), IsEquality);
        // Each side is filtered by what every branch asks of it (derived from the OR) before the join.
        Assert.IsType<FilterPlan>(Nodes(join.Left).First(n => n is FilterPlan or ScanPlan));
        Assert.IsType<FilterPlan>(Nodes(join.Right).First(n => n is FilterPlan or ScanPlan));
    }

    [Fact]
    public void SharedJoinKeyOfEveryBranchBecomesTheJoinKey()
    {
        var plan = ViewPlan("""
            CREATE TABLE a (k INT, x INT);
            CREATE TABLE b (k INT, y INT);
            CREATE VIEW v AS SELECT a.k FROM a, b WHERE (a.k = b.k AND a.x = 1) OR (a.k = b.k AND b.y = 2);
            """);
        var join = Assert.Single(Nodes(plan).OfType<JoinPlan>());
        Assert.Contains(Conjuncts(join.Condition), IsEquality);
        // a.x = 1 restricts only one branch, so neither side can be filtered before the join.
        Assert.DoesNotContain(Nodes(join), n => n is FilterPlan);
    }

    [Fact]
    public void BranchThatIsOnlyTheSharedPartMakesTheOrTrue()
    {
        var plan = ViewPlan("""
            CREATE TABLE a (k INT, x INT);
            CREATE TABLE b (k INT, y INT);
            CREATE VIEW v AS SELECT a.k FROM a, b WHERE (a.k = b.k AND a.x = 1) OR a.k = b.k;
            """);
        var join = Assert.Single(Nodes(plan).OfType<JoinPlan>());
        var condition = Assert.Single(Conjuncts(join.Condition));
        Assert.True(IsEquality(condition));
        Assert.DoesNotContain(Nodes(plan), n => n is FilterPlan);
    }

    private static IEnumerable<Expr> Conjuncts(Expr? condition) => Lowering.PlanLowering.Conjuncts(condition);
}
