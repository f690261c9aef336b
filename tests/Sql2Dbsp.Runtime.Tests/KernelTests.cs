using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Operators;

namespace Sql2Dbsp.Runtime.Tests;

/// <summary>The size-dependent fast paths (fence-indexed join probes, run merging) against their simple counterparts.</summary>
public class KernelTests
{
    private static ZSet<KV<I64, I64>> RandomIndexed(Random random, int n, int keys, int values)
    {
        var b = new ZSetBuilder<KV<I64, I64>>();
        for (int i = 0; i < n; i++) b.Add(new KV<I64, I64>(random.Next(-5, keys), random.Next(values)), random.Next(-2, 4));
        return b.Build();
    }

    [Theory]
    [InlineData(1, 20_000, 100)]
    [InlineData(2, 50_000, 1)]
    [InlineData(3, 5_000, 600)]
    [InlineData(4, 70_000, 3000)]
    public void Probe_join_equals_merge_join(int seed, int big, int small)
    {
        var random = new Random(seed);
        var large = RandomIndexed(random, big, 20_000, 4);
        var delta = RandomIndexed(random, small, 20_100, 4);

        var expected = new ZSetBuilder<Triple>();
        JoinKernel.Merge<I64, I64, I64, Triple, JoinAll>(delta.Entries, large.Entries, expected);
        var actual = new ZSetBuilder<Triple>();
        JoinKernel.Join<I64, I64, I64, Triple, JoinAll>(delta, large, actual); // probes the large side
        var e = expected.Build();
        AssertZ.Equal(e, actual.Build());

        JoinKernel.Merge<I64, I64, I64, Triple, JoinAll>(large.Entries, delta.Entries, expected);
        JoinKernel.Join<I64, I64, I64, Triple, JoinAll>(large, delta, actual); // flipped
        var e2 = expected.Build();
        AssertZ.Equal(e2, actual.Build());
        if (small > 50) Assert.False(e.IsEmpty);
    }

    [Fact]
    public void Probe_join_finds_keys_at_block_boundaries()
    {
        // Every key has exactly 16 values, so groups align with the 16-entry fence blocks; probe every key and gaps.
        var b = new ZSetBuilder<KV<I64, I64>>();
        for (int k = 0; k < 1200; k += 2)
            for (int v = 0; v < 16; v++) b.Add(new KV<I64, I64>(k, v));
        var large = b.Build();
        var probe = new ZSetBuilder<KV<I64, I64>>();
        for (int k = -1; k < 1001; k++) probe.Add(new KV<I64, I64>(k, 0));
        var small = probe.Build();
        Assert.True(large.Count >= 8 * small.Count); // so that the probe path is taken
        var few = small;
        var expected = new ZSetBuilder<Triple>();
        JoinKernel.Merge<I64, I64, I64, Triple, JoinAll>(few.Entries, large.Entries, expected);
        var actual = new ZSetBuilder<Triple>();
        JoinKernel.Join<I64, I64, I64, Triple, JoinAll>(few, large, actual);
        AssertZ.Equal(expected.Build(), actual.Build());
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 5)]
    [InlineData(3, 32)]
    [InlineData(4, 33)]
    public void Consolidation_of_sorted_runs(int seed, int runs)
    {
        var random = new Random(seed);
        var all = new List<ZEntry<I64>>();
        var expected = new Dictionary<long, long>();
        for (int r = 0; r < runs; r++)
        {
            var run = Enumerable.Range(0, random.Next(1, 400)).Select(_ => (long)random.Next(1000)).Order().ToList();
            foreach (var v in run)
            {
                long w = random.Next(-1, 3);
                all.Add(new ZEntry<I64>(v, w));
                expected[v] = expected.GetValueOrDefault(v) + w;
            }
        }
        var z = ZSet<I64>.FromEntries(all.ToArray());
        AssertZ.Consolidated(z);
        Assert.Equal(expected.Count(kv => kv.Value != 0), z.Count);
        foreach (var (v, w) in expected) Assert.Equal(w, z.WeightOf(v));
    }
}
