using Sql2Dbsp.Tpch.Generation;

namespace Sql2Dbsp.Tpch;

/// <summary>
/// DuckDB's result of every query after loading (state 0) and after each refresh round (state r), and the time of
/// its query after loading. A query DuckDB cannot run keeps its error instead.
/// </summary>
public sealed class ExpectedResults
{
    private readonly Dictionary<int, List<List<object?[]>>> rows = [];
    private readonly Dictionary<int, TimeSpan> elapsed = [];
    private readonly Dictionary<int, string> errors = [];

    public static ExpectedResults Compute(TpchData data, IReadOnlyList<TpchQuery> queries)
    {
        var expected = new ExpectedResults();
        using var duck = new DuckDbReference(data, queries);
        for (int state = 0; state <= data.Rounds.Count; state++)
        {
            if (state > 0) duck.Apply(data.Rounds[state - 1]);
            foreach (var query in queries)
            {
                if (expected.errors.ContainsKey(query.Number)) continue;
                try
                {
                    var (result, time) = duck.Query(query);
                    if (state == 0)
                    {
                        expected.elapsed[query.Number] = time;
                        expected.rows[query.Number] = [];
                    }
                    expected.rows[query.Number].Add(result);
                }
                catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or InvalidOperationException or OverflowException)
                {
                    expected.errors[query.Number] = $"DuckDB could not run {query.View} in state {state}: {e.Message}";
                }
            }
        }
        return expected;
    }

    /// <summary>DuckDB's rows for <paramref name="query"/> in <paramref name="state"/> (0 = after loading).</summary>
    public IReadOnlyList<object?[]> Rows(TpchQuery query, int state) => rows[query.Number][state];

    /// <summary>How long DuckDB took for the query after loading.</summary>
    public TimeSpan Elapsed(TpchQuery query) => elapsed.GetValueOrDefault(query.Number);

    /// <summary>Why DuckDB could not run the query (null when it could).</summary>
    public string? Error(TpchQuery query) => errors.GetValueOrDefault(query.Number);
}
