using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Runtime.Tests;

public class SpineTests
{
    [Fact]
    public void Insert_and_lookup_match_a_dictionary()
    {
        var random = new Random(11);
        var spine = new Spine<I64>();
        var expected = new Dictionary<long, long>();
        for (int step = 0; step < 300; step++)
        {
            var b = new ZSetBuilder<I64>();
            int n = random.Next(0, 40);
            for (int i = 0; i < n; i++)
            {
                long v = random.Next(200);
                long w = random.Next(-2, 3);
                b.Add(v, w);
                expected[v] = expected.GetValueOrDefault(v) + w;
            }
            spine.Insert(b.Build());
            Assert.True(spine.BatchCount <= 2 * Math.Log2(Math.Max(2, spine.Count)) + 2, $"{spine.BatchCount} batches for {spine.Count} entries");
            for (int i = 1; i < spine.BatchCount; i++)
            {
                Assert.True(spine.Batches[i - 1].Count > spine.MergeFactor * spine.Batches[i].Count);
            }
            if (step % 10 == 0)
            {
                for (long v = 0; v < 200; v++) Assert.Equal(expected.GetValueOrDefault(v), spine.WeightOf(v));
            }
            if (step % 37 == 0)
            {
                var z = spine.ToZSet();
                AssertZ.Consolidated(z);
                Assert.Equal(expected.Count(kv => kv.Value != 0), z.Count);
                Assert.True(spine.BatchCount <= 1);
            }
        }
        var all = new ZSetBuilder<I64>();
        foreach (var (v, w) in expected) all.Add(v, w);
        AssertZ.Equal(all.Build(), spine.ToZSet());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void Large_batches_with_recycled_arrays(int factor)
    {
        var random = new Random(factor);
        var spine = new Spine<I64>(factor);
        var expected = new Dictionary<long, long>();
        var snapshots = new List<(ZSet<I64> Z, ZSet<I64> Copy)>();
        for (int step = 0; step < 200; step++)
        {
            var b = new ZSetBuilder<I64>();
            for (int i = random.Next(500, 3000); i > 0; i--)
            {
                long v = random.Next(20_000);
                long w = random.Next(-1, 3);
                b.Add(v, w);
                expected[v] = expected.GetValueOrDefault(v) + w;
            }
            spine.Insert(b.Build());
            if (step % 50 == 49)
            {
                // Values handed out must never change, even though the spine recycles the arrays of its own merges.
                var z = spine.ToZSet();
                snapshots.Add((z, ZSet<I64>.FromEntries(z.Entries)));
                var exposed = spine.Batches[0];
                snapshots.Add((exposed, ZSet<I64>.FromEntries(exposed.Entries)));
            }
            if (step % 20 == 0)
            {
                for (long v = 0; v < 20_000; v += 7) Assert.Equal(expected.GetValueOrDefault(v), spine.WeightOf(v));
            }
        }
        var all = new ZSetBuilder<I64>();
        foreach (var (v, w) in expected) all.Add(v, w);
        AssertZ.Equal(all.Build(), spine.ToZSet());
        foreach (var (z, copy) in snapshots) AssertZ.Equal(copy, z);
    }

    [Fact]
    public void Cursor_must_seek_after_the_spine_changes()
    {
        var spine = new Spine<KV<I64, I64>>();
        spine.Insert(Z.KV((1, 1, 1), (2, 2, 1)));
        var cursor = new SpineCursor<I64, I64>(spine);
        Assert.Throws<InvalidOperationException>(() => cursor.Values().Length);
        Assert.True(cursor.Seek(new I64(2)));
        Assert.Equal(1, cursor.Values().Length);
        spine.Insert(Z.KV((2, 3, 1)));
        Assert.Throws<InvalidOperationException>(() => cursor.Values().Length);
        Assert.Throws<InvalidOperationException>(() => cursor.KeyEntries(0).Length);
        Assert.True(cursor.Seek(new I64(2)));
        Assert.Equal(2, cursor.Values().Length);
        Assert.False(cursor.Seek(new I64(7)));
        Assert.Equal(0, cursor.Values().Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Spine<I64>(1));
    }

    [Fact]
    public void Cancelling_batches_disappear()
    {
        var spine = new Spine<I64>();
        var x = Z.I((1, 1), (2, 2), (3, 3));
        spine.Insert(x);
        Assert.Equal(3, spine.Count);
        spine.Insert(x.Negate());
        Assert.True(spine.IsEmpty);
        Assert.Equal(0, spine.BatchCount);
        Assert.True(spine.ToZSet().IsEmpty);
        spine.Insert(ZSet<I64>.Empty);
        Assert.Equal(0, spine.BatchCount);
    }

    [Fact]
    public void Restores_from_batches()
    {
        var spine = new Spine<I64>();
        for (int i = 0; i < 20; i++) spine.Insert(Z.I((i, 1), (i + 1, 1)));
        var copy = new Spine<I64>(spine.Batches);
        AssertZ.Equal(spine.ToZSet(), copy.ToZSet());
        copy.Clear();
        Assert.True(copy.IsEmpty);
    }

    [Fact]
    public void Cursor_gives_consolidated_values_per_key()
    {
        var random = new Random(5);
        var spine = new Spine<KV<I64, I64>>();
        var expected = new Dictionary<(long K, long V), long>();
        var cursor = new SpineCursor<I64, I64>(spine);
        for (int step = 0; step < 120; step++)
        {
            var b = new ZSetBuilder<KV<I64, I64>>();
            for (int i = random.Next(0, 30); i > 0; i--)
            {
                long k = random.Next(15), v = random.Next(6), w = random.Next(-2, 3);
                b.Add(new KV<I64, I64>(k, v), w);
                expected[(k, v)] = expected.GetValueOrDefault((k, v)) + w;
            }
            spine.Insert(b.Build());

            // Increasing keys (gallop), then random keys (restart).
            var keys = Enumerable.Range(-1, 17).Select(k => (long)k).ToList();
            if (step % 2 == 1) keys = keys.OrderBy(_ => random.Next()).ToList();
            foreach (long k in keys)
            {
                bool any = cursor.Seek(new I64(k));
                var values = cursor.Values().ToArray();
                var want = expected.Where(kv => kv.Key.K == k && kv.Value != 0).OrderBy(kv => kv.Key.V)
                    .Select(kv => (kv.Key.V, kv.Value)).ToArray();
                Assert.Equal(want, values.Select(e => (e.Row.V, e.Weight)).ToArray());
                if (want.Length > 0) Assert.True(any);
                int raw = 0;
                for (int bi = 0; bi < cursor.BatchCount; bi++)
                {
                    foreach (var e in cursor.KeyEntries(bi)) Assert.Equal(k, e.Row.Key.V);
                    raw += cursor.KeyEntries(bi).Length;
                }
                Assert.Equal(any, raw > 0);
            }
        }
    }
}
