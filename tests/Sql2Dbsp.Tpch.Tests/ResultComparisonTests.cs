using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Tpch.Tests;

/// <summary>The comparison rules of docs/conformance.md, on hand-made rows.</summary>
public sealed class ResultComparisonTests
{
    private static readonly TpchQuery Unordered = new(99, "");
    private static readonly TpchQuery TopTwo = new(98, "", Limit: 2, SortColumns: [1]);

    [Fact]
    public void Rows_are_a_multiset_and_decimals_compare_by_value()
    {
        SqlType[] types = [SqlType.Integer(), SqlType.Decimal(15, 2)];
        Assert.Null(ResultComparison.Compare(Unordered, types, [[2, 1.50m], [1, 3m]], [[1L, 3.00m], [2L, 1.5m]]));
        string? difference = ResultComparison.Compare(Unordered, types, [[1, 3m], [1, 3m]], [[1L, 3m]]);
        Assert.NotNull(difference);
        Assert.Contains("1 only ours", difference);
    }

    [Fact]
    public void Decimals_differing_in_the_last_digit_differ()
    {
        SqlType[] types = [SqlType.Decimal(28, 4)];
        Assert.NotNull(ResultComparison.Compare(Unordered, types, [[1176170.1660m]], [[1176170.1661m]]));
    }

    [Fact]
    public void A_double_from_DuckDB_matches_our_decimal_rounded_to_its_scale()
    {
        SqlType[] types = [SqlType.Decimal(28, 6)];
        Assert.Null(ResultComparison.Compare(Unordered, types, [[15.452665m]], [[15.452665408207965d]]));
        Assert.NotNull(ResultComparison.Compare(Unordered, types, [[15.452664m]], [[15.452665408207965d]]));
    }

    [Fact]
    public void DuckDB_char_values_are_padded_but_ours_are_not()
    {
        SqlType[] types = [SqlType.Char(10)];
        Assert.Null(ResultComparison.Compare(Unordered, types, [["MAIL      "]], [["MAIL"]]));
        Assert.NotNull(ResultComparison.Compare(Unordered, types, [["MAIL"]], [["MAIL"]]));
    }

    [Fact]
    public void Rows_tying_at_the_limit_compare_by_count()
    {
        SqlType[] types = [SqlType.Integer(), SqlType.Decimal(15, 2)];
        object?[][] duck = [[1, 9m], [2, 5m]];
        Assert.Null(ResultComparison.Compare(TopTwo, types, [[1, 9m], [3, 5m]], duck));
        Assert.NotNull(ResultComparison.Compare(TopTwo, types, [[1, 9m], [3, 4m]], duck));
        Assert.NotNull(ResultComparison.Compare(TopTwo, types, [[4, 9m], [2, 5m]], duck));
    }
}
