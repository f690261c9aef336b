using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests.Functions;

/// <summary>
/// ARG_MIN/ARG_MAX through inserts and deletes (the other aggregates of issue 15 are in sqllogictest/test/aggregates.slt
/// and the oracle tests); expected values are PostgreSQL 15's for the equivalent ORDER BY ... LIMIT 1 subqueries.
/// </summary>
public class AggregateLibraryTests
{
    private const string Table = "CREATE TABLE m(id INTEGER NOT NULL PRIMARY KEY, g VARCHAR(5) NOT NULL, x INTEGER, d DOUBLE, b BOOLEAN, s VARCHAR(10));";

    private static readonly object?[][] Rows =
    [
        [1, "a", 12, 1.5, true, "p"], [2, "a", 5, 2.25, true, "q"], [3, "a", null, null, null, "r"], [4, "b", 7, -3.0, false, "s"],
        [5, "b", 7, 4.5, true, null], [6, "b", 10, 0.5, null, "t"], [7, "c", -6, 8.0, false, "u"], [8, "c", null, null, null, null],
    ];

    private static Pipeline Start(string views)
    {
        var program = SqlProgram.Compile(Table + views);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        // Values as a SQL literal would give them (BIGINT, DECIMAL), converted by the table's input.
        foreach (var row in Rows) p.Input("m").Insert([.. row.Select(v => v switch { int i => (object)(long)i, double d => (decimal)d, _ => v })]);
        p.Step();
        return p;
    }

    /// <summary>The rows the last step inserted (the groups' new values).</summary>
    private static object?[][] Sorted(Pipeline p, string view) =>
        [.. p.Output(view).Changes.Where(c => c.Weight > 0).Select(c => c.Row).OrderBy(r => (string)r[0]!, StringComparer.Ordinal)];

    private static void Delete(Pipeline p, params int[] ids)
    {
        foreach (var row in Rows.Where(r => ids.Contains((int)r[0]!))) p.Input("m").Delete(row);
        p.Step();
    }

    [Fact]
    public void ArgMinAndArgMaxFollowTheComparedValueThroughDeletes()
    {
        var p = Start("CREATE VIEW v AS SELECT g, ARG_MIN(s, x), ARG_MAX(s, d), ARG_MAX(s, x), ARG_MIN(id, d) FROM m GROUP BY g;");
        Assert.Equal([["a", "q", "q", "p", 1], ["b", "s", null, "t", 4], ["c", "u", "u", "u", 7]], Sorted(p, "v"));
        Delete(p, 1, 4, 7);
        Assert.Equal([["a", "q", "q", "q", 2], ["b", null, null, "t", 6], ["c", null, null, null, null]], Sorted(p, "v"));
    }
}
