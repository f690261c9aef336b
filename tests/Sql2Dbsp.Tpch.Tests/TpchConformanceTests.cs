using Xunit.Abstractions;

namespace Sql2Dbsp.Tpch.Tests;

/// <summary>
/// Each TPC-H query as an incremental view, checked against DuckDB on the same data after loading and after each of
/// 10 refresh rounds (SF 0.01). The long run (SF 0.1) is the console project; see docs/conformance.md.
/// </summary>
public sealed class TpchConformanceTests(TpchFixture fixture, ITestOutputHelper output) : IClassFixture<TpchFixture>
{
    public static TheoryData<int> Queries()
    {
        var data = new TheoryData<int>();
        foreach (var query in TpchQuery.All) data.Add(query.Number);
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_matches_DuckDB_after_load_and_refresh_rounds(int number)
    {
        var outcome = QueryRunner.Run(TpchQuery.Get(number), fixture.Data, fixture.Expected);
        output.WriteLine(outcome.ToString());
        Assert.True(outcome.Passed, outcome.Failure);
    }
}
