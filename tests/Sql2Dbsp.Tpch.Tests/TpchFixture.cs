using Sql2Dbsp.Tpch.Generation;

namespace Sql2Dbsp.Tpch.Tests;

/// <summary>SF 0.01 with 10 refresh rounds and DuckDB's results for every query in every state, made once.</summary>
public sealed class TpchFixture
{
    public const double ScaleFactor = 0.01;
    public const int Rounds = 10;

    public TpchData Data { get; } = TpchData.Generate(ScaleFactor, Rounds);
    public ExpectedResults Expected { get; }

    public TpchFixture() => Expected = ExpectedResults.Compute(Data, TpchQuery.All);
}
