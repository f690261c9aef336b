using Sql2Dbsp.SqlLogicTest.Format;
using Sql2Dbsp.SqlLogicTest.Results;

namespace Sql2Dbsp.SqlLogicTest.Tests;

public class ResultOrderingTests
{
    private static readonly string[][] Rows = [["9", "b"], ["10", "a"], ["9", "a"], ["NULL", "c"]];

    [Fact]
    public void NoSortKeepsTheOrder() =>
        Assert.Equal(["9", "b", "10", "a", "9", "a", "NULL", "c"], ResultOrdering.Flatten(Rows, SortMode.NoSort).ToArray());

    [Fact]
    public void RowSortComparesRenderedStringsColumnByColumn() =>
        // strcmp order: "10" < "9" < "NULL"; ties on the first column are broken by the second.
        Assert.Equal(["10", "a", "9", "a", "9", "b", "NULL", "c"], ResultOrdering.Flatten(Rows, SortMode.RowSort).ToArray());

    [Fact]
    public void ValueSortSortsEveryValueOnItsOwn() =>
        Assert.Equal(["10", "9", "9", "NULL", "a", "a", "b", "c"], ResultOrdering.Flatten(Rows, SortMode.ValueSort).ToArray());

    [Fact]
    public void OrderByKeysUseSqlComparisonAndNullPlacement()
    {
        object?[][] rows = [[10L, "x"], [null, "y"], [9L, "z"], [10L, "w"]];
        var ascending = RowOrder.Sort(rows, [new OrderKey(0, Descending: false, NullsFirst: true)]);
        Assert.Equal([null, 9L, 10L, 10L], ascending.Select(r => r[0]));
        Assert.Equal(["x", "w"], ascending.Skip(2).Select(r => r[1])); // stable: ties keep the engine's order

        var descending = RowOrder.Sort(rows, [new OrderKey(0, Descending: true, NullsFirst: false), new OrderKey(1, false, true)]);
        Assert.Equal(["w", "x", "z", "y"], descending.Select(r => r[1]));
    }

    [Fact]
    public void NoSortQueriesAreOrderedByTheViewsOrderBy()
    {
        var query = (QueryRecord)SltParser.Parse("query I nosort\nSELECT a FROM t ORDER BY a DESC\n----\n3\n2\n1", "t.slt").Records[0];
        object?[][] rows = [[2L], [3L], [1L]];
        Assert.True(QueryVerifier.Verify(query, rows, [null], [new OrderKey(0, true, false)]).Passed);
        var unordered = QueryVerifier.Verify(query, rows, [null], []);
        Assert.False(unordered.Passed);
        Assert.True(unordered.OrderOnly);
    }
}
