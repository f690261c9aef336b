using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests;

/// <summary><see cref="ViewOutput.Contents"/> lists a view's rows in its top-level ORDER BY order (PostgreSQL's NULL order).</summary>
public class OrderedContentsTests
{
    [Fact]
    public void ContentsFollowTheViewsOrderBy()
    {
        using var program = SqlProgram.Compile("""
            CREATE TABLE t (k INT NOT NULL, v INT, s VARCHAR);
            CREATE MATERIALIZED VIEW by_v AS SELECT k, v FROM t ORDER BY v DESC, k;
            CREATE MATERIALIZED VIEW by_v_asc AS SELECT k AS key, v FROM t ORDER BY 2, key DESC;
            CREATE MATERIALIZED VIEW top2 AS SELECT z.k, z.k AS c1 FROM t z WHERE z.k > 1 ORDER BY z.k DESC LIMIT 2;
            CREATE MATERIALIZED VIEW by_s AS SELECT s, k FROM t ORDER BY s NULLS FIRST, k DESC;
            """);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        var t = p.Input("t");
        t.Insert(1, 10, "b");
        t.Insert(2, null, "B");
        t.Insert(3, 30, null);
        t.Insert(4, 20, "a");
        t.Insert(5, 20, "b");
        p.Step();
        Assert.Equal([[2, null], [3, 30], [4, 20], [5, 20], [1, 10]], p.Output("by_v").Contents);
        Assert.Equal([[1, 10], [5, 20], [4, 20], [3, 30], [2, null]], p.Output("by_v_asc").Contents);
        Assert.Equal([[5, 5], [4, 4]], p.Output("top2").Contents);
        Assert.Equal([[null, 3], ["B", 2], ["a", 4], ["b", 5], ["b", 1]], p.Output("by_s").Contents);
    }
}
