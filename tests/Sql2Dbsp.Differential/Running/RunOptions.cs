using Sql2Dbsp.Differential.Generation;

namespace Sql2Dbsp.Differential.Running;

/// <summary>What a differential run does.</summary>
/// <param name="Queries">Number of queries.</param>
/// <param name="Seed">The seed: the same seed, batch size and feature list generate the same databases and queries.</param>
/// <param name="OutputDirectory">Where failures are written as .slt reproductions (none when null).</param>
/// <param name="BatchSize">Queries per database, which are also the views of one compiled program.</param>
/// <param name="Avoid">Constructs the generator leaves out (none by default).</param>
/// <param name="FirstQuery">Index of the first query (to re-run one failing query: its index and <c>--queries 1</c>).</param>
/// <param name="Only">When set, only these query indices run (instead of <paramref name="FirstQuery"/> and <paramref name="Queries"/>).</param>
internal sealed record RunOptions(int Queries, int Seed, string? OutputDirectory = null, int BatchSize = 200,
    Feature Avoid = Feature.None, int FirstQuery = 0, IReadOnlyList<int>? Only = null)
{
    /// <summary>The query indices to run, by batch.</summary>
    public IEnumerable<IGrouping<int, int>> Batches =>
        (Only ?? Enumerable.Range(FirstQuery, Queries)).Distinct().Order().GroupBy(i => i / BatchSize);
}
