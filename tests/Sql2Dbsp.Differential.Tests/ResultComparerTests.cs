using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Differential.Running;

namespace Sql2Dbsp.Differential.Tests;

public sealed class ResultComparerTests
{
    private static readonly SqlType Dec = SqlType.Decimal(10, 2, nullable: true);
    private static readonly SqlType Dbl = SqlType.Double(nullable: true);
    private static readonly SqlType Str = SqlType.Varchar(nullable: true, length: 10);

    [Fact]
    public void Decimals_compare_exactly_whatever_their_printed_scale()
    {
        Assert.Null(ResultComparer.Compare([Dec], [[1.5m], [-0.00m]], [["1.50"], ["0.00"]]));
        Assert.NotNull(ResultComparer.Compare([Dec], [[1.5m]], [["1.51"]]));
        Assert.NotNull(ResultComparer.Compare([Dec], [[0.0000000001m]], [["0"]]));
    }

    [Fact]
    public void Doubles_compare_within_a_relative_tolerance()
    {
        Assert.Null(ResultComparer.Compare([Dbl], [[0.1 + 0.2]], [["0.3"]]));
        Assert.NotNull(ResultComparer.Compare([Dbl], [[1.0]], [["1.00001"]]));
        Assert.Null(ResultComparer.Compare([Dbl], [[double.NaN]], [["NaN"]]));
    }

    [Fact]
    public void Rows_compare_as_multisets_with_NULLs_and_trailing_spaces_significant()
    {
        Assert.Null(ResultComparer.Compare([Str, Dec], [["a", null], ["b", 2m]], [["b", "2"], ["a", null]]));
        Assert.NotNull(ResultComparer.Compare([Str], [["a"], ["a"]], [["a"]]));
        Assert.NotNull(ResultComparer.Compare([Str], [["a "]], [["a"]]));
        Assert.NotNull(ResultComparer.Compare([Str], [[null]], [[""]]));
    }

    [Fact]
    public void Padding_of_a_CHAR_without_length_is_free_only_where_the_query_may_deduplicate()
    {
        var bpchar = SqlType.Char(-1, nullable: true);
        var char3 = SqlType.Char(3, nullable: true);
        Assert.NotNull(ResultComparer.Compare([bpchar], [["a"]], [["a  "]]));
        Assert.Null(ResultComparer.Compare([bpchar], [["a"], ["b  "]], [["a  "], ["b  "]], paddingUnspecified: true));
        Assert.NotNull(ResultComparer.Compare([bpchar], [["a"], ["b"]], [["a  "], ["a  "]], paddingUnspecified: true));
        Assert.NotNull(ResultComparer.Compare([char3], [["a"]], [["a  "]], paddingUnspecified: true));
        Assert.True(ResultComparer.PaddingIsUnspecified("group-by"));
        Assert.False(ResultComparer.PaddingIsUnspecified("join"));
    }
}
