using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Tests;

/// <summary>
/// Streams whose readers are all row-wise linear operators carry unconsolidated values (Stream.AcceptsRaw). The same
/// circuit with an extra output on every intermediate stream (which forces every value to be consolidated) must give
/// the same outputs, on large steps (the hash path of the linear aggregate, in-place filters) and small ones, with
/// duplicate rows and rows that cancel within a step.
/// </summary>
public class UnconsolidatedTests
{
    private struct SumPairs : IMapFunction<Pair, I64>
    {
        public static I64 Map(in Pair row) => new(row.A + row.B);
    }

    private struct ByFirst : IIndexFunction<Pair, I64, I64>
    {
        public static void Split(in Pair row, out I64 key, out I64 value)
        {
            key = new(row.A % 7);
            value = new(row.B);
        }
    }

    private sealed class Chain
    {
        public required Circuit Circuit;
        public required InputHandle<Pair> X;
        public required InputHandle<Pair> Y;
        public required OutputHandle<Pair> Aggregate;
        public required OutputHandle<I64> Filtered;
        public required OutputHandle<I64> Joined;
    }

    /// <summary>
    /// x → map → filter → index → linear aggregate; x → map → filter (output); x, y → index → join → map → output.
    /// With <paramref name="consolidated"/>, every intermediate stream is also an output.
    /// </summary>
    private static Chain Build(bool consolidated)
    {
        var b = new CircuitBuilder();
        var x = b.Input<Pair>("x");
        var y = b.Input<Pair>("y");
        var mapped = b.Map<Pair, I64, SumPairs>(x.Stream);
        var even = b.Filter<I64, IsEven>(mapped);
        var indexed = b.Index<I64, I64, I64, ByParity>(even);
        var aggregate = b.IncrementalLinearAggregate<I64, I64, CountSumAcc, Pair, CountSumAgg>(indexed, "agg");
        var flat = b.Map<KV<I64, Pair>, Pair, FlattenAggregate>(aggregate);
        var filtered = b.Filter<I64, IsEven>(b.Map<Pair, I64, SumPairs>(x.Stream));
        var joined = b.IncrementalJoin<I64, I64, I64, I64, JoinSum>(b.Index<Pair, I64, I64, ByFirst>(x.Stream), b.Index<Pair, I64, I64, ByFirst>(y.Stream), "join");
        var joinedEven = b.Filter<I64, IsEven>(b.Map<I64, I64, AddOne>(joined));
        if (consolidated)
        {
            b.Output("x", x.Stream);
            b.Output("mapped", mapped);
            b.Output("even", even);
            b.Output("joined", joined);
            b.Output("indexed", b.Map<KV<I64, I64>, Pair, FlattenIndex>(indexed));
        }
        var chain = new Chain
        {
            X = x,
            Y = y,
            Aggregate = b.Output("aggregate", flat),
            Filtered = b.Output("filtered", filtered),
            Joined = b.Output("joinedEven", joinedEven),
            Circuit = null!,
        };
        chain.Circuit = b.Build();
        return chain;
    }

    private struct FlattenAggregate : IMapFunction<KV<I64, Pair>, Pair>
    {
        public static Pair Map(in KV<I64, Pair> row) => new(row.Key.V * 1_000_000_000 + row.Value.A, row.Value.B);
    }

    private struct FlattenIndex : IMapFunction<KV<I64, I64>, Pair>
    {
        public static Pair Map(in KV<I64, I64> row) => new(row.Key.V, row.Value.V);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void UnconsolidatedChainsGiveTheConsolidatedResults(int seed)
    {
        var raw = Build(consolidated: false);
        var reference = Build(consolidated: true);
        var random = new Random(seed);
        var live = new List<Pair>();
        // A large first step (past the linear aggregate's hash threshold), then small ones, then another large one.
        int[] sizes = [20_000, 10, 300, 1, 0, 9_000, 50];
        foreach (int size in sizes)
        {
            foreach (var chain in new[] { raw, reference })
            {
                chain.X.Push(new Pair(-1, -1), 1); // a row inserted and deleted in the same step
                chain.X.Push(new Pair(-1, -1), -1);
            }
            for (int i = 0; i < size; i++)
            {
                bool delete = live.Count > 0 && random.Next(4) == 0;
                var row = delete ? live[random.Next(live.Count)] : new Pair(random.Next(500), random.Next(-50, 50));
                if (delete) live.Remove(row);
                else live.Add(row); // duplicates are likely: weight 2 or more
                foreach (var chain in new[] { raw, reference })
                {
                    chain.X.Push(row, delete ? -1 : 1);
                    if (i % 3 == 0) chain.Y.Push(row, delete ? -1 : 1);
                }
            }
            raw.Circuit.Step();
            reference.Circuit.Step();
            AssertZ.Equal(reference.Aggregate.Delta, raw.Aggregate.Delta, $"aggregate, step of {size}");
            AssertZ.Equal(reference.Filtered.Delta, raw.Filtered.Delta, $"filter, step of {size}");
            AssertZ.Equal(reference.Joined.Delta, raw.Joined.Delta, $"join, step of {size}");
        }
        Assert.False(raw.Aggregate.Delta.IsEmpty && raw.Filtered.Delta.IsEmpty, "the last step should change the outputs");
    }
}
