using Sql2Dbsp.SqlLogicTest.Format;
using Sql2Dbsp.SqlLogicTest.Results;

namespace Sql2Dbsp.SqlLogicTest.Tests;

public class HashingAndLabelTests
{
    [Fact]
    public void HashIsMd5OfEachValueFollowedByANewline()
    {
        Assert.Equal("6ddb4095eb719e2a9f0a3f95677d24e0", ResultHasher.Hash(["1", "2"]));
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", ResultHasher.Hash([]));
    }

    [Fact]
    public void HashedExpectationsCompareCountAndHashAfterSorting()
    {
        var query = (QueryRecord)SltParser.Parse(
            "query I rowsort\nSELECT a FROM t\n----\n3 values hashing to 8734f49773d90b2783e8cac06ff04f88", "t.slt").Records[0];
        object?[][] rows = [[null], [9L], [10L]];
        var ok = QueryVerifier.Verify(query, rows, [null], []);
        Assert.True(ok.Passed, ok.Mismatch);
        var wrong = QueryVerifier.Verify(query, [[9L], [10L]], [null], []);
        Assert.False(wrong.Passed);
        Assert.Contains("3 values", wrong.Mismatch);
    }

    [Fact]
    public void InlineValuesCountRows()
    {
        var query = (QueryRecord)SltParser.Parse("query II nosort\nSELECT a, b FROM t\n----\n1\n2", "t.slt").Records[0];
        Assert.True(QueryVerifier.Verify(query, [[1L, 2L]], [null, null], []).Passed);
        Assert.False(QueryVerifier.Verify(query, [[1L, 2L], [1L, 2L]], [null, null], []).Passed);
        Assert.False(QueryVerifier.Verify(query, [], [null, null], []).Passed);
        Assert.Contains("has 2", QueryVerifier.Verify(query, [[1L]], [null], []).Mismatch);
    }

    [Fact]
    public void ExpectedHashOfInlineValuesEqualsTheHashLineForm()
    {
        Assert.Equal(ResultHasher.Hash(["1", "2"]), QueryVerifier.ExpectedHashOf(new ExpectedValues(["1", "2"])));
        Assert.Equal("abc", QueryVerifier.ExpectedHashOf(new ExpectedHash(2, "abc")));
    }

    [Fact]
    public void LabelsMustAgreeAndAreKeyedByTheirFirstTwentyCharacters()
    {
        var labels = new LabelRegistry();
        Assert.Null(labels.Check("label-1", "aaa", 10));
        Assert.Null(labels.Check("label-1", "aaa", 20));
        Assert.Equal(10, labels.Check("label-1", "bbb", 30));
        Assert.Null(labels.Check("a-very-long-label-name-1", "ccc", 40));
        Assert.Equal(40, labels.Check("a-very-long-label-name-2", "ddd", 50)); // same first 20 characters
    }
}
