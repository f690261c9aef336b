using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Tests;

public class ZSetTests
{
    [Fact]
    public void Builder_sorts_merges_and_drops_zeros()
    {
        var b = new ZSetBuilder<I64>();
        b.Add(3, 1);
        b.Add(1, 2);
        b.Add(3, -1);
        b.Add(2, 0);
        b.Add(1);
        b.Add(5, 4);
        b.Add(5, -4);
        b.Add(0, -7);
        var z = b.Build();
        Assert.Equal(2, z.Count);
        Assert.Equal(0, z.Entries[0].Row.V);
        Assert.Equal(-7, z.Entries[0].Weight);
        Assert.Equal(1, z.Entries[1].Row.V);
        Assert.Equal(3, z.Entries[1].Weight);
        Assert.Equal(0, b.Count);
        Assert.True(b.Build().IsEmpty); // the builder was reset
    }

    [Fact]
    public void Builder_is_reusable()
    {
        var b = new ZSetBuilder<I64>(1);
        for (int round = 0; round < 3; round++)
        {
            for (int i = 100; i > 0; i--) b.Add(i % 10);
            var z = b.Build();
            Assert.Equal(10, z.Count);
            foreach (var e in z.Entries) Assert.Equal(10, e.Weight);
        }
    }

    [Fact]
    public void FromRows_counts_duplicates()
    {
        var z = ZSet<I64>.FromRows(2, 1, 2, 2);
        AssertZ.Equal(Z.I((1, 1), (2, 3)), z);
        Assert.Equal(3, z.WeightOf(2));
        Assert.Equal(0, z.WeightOf(7));
        Assert.True(z.Contains(1));
        Assert.Equal(4, z.TotalWeight);
        Assert.True(z.IsPositive);
    }

    [Fact]
    public void FromEntries_consolidates()
    {
        var z = ZSet<I64>.FromEntries(new[] { new ZEntry<I64>(4, 2), new ZEntry<I64>(1, 1), new ZEntry<I64>(4, -2), new ZEntry<I64>(1, 0) });
        AssertZ.Equal(Z.I((1, 1)), z);
        Assert.True(ZSet<I64>.FromEntries(default).IsEmpty);
    }

    [Fact]
    public void Add_merges_and_cancels()
    {
        var a = Z.I((1, 1), (2, 2), (4, -1));
        var b = Z.I((0, 5), (2, -2), (3, 1), (4, 1), (9, 1));
        AssertZ.Equal(Z.I((0, 5), (1, 1), (3, 1), (9, 1)), ZSet<I64>.Add(a, b));
        AssertZ.Equal(Z.I((0, 5), (1, 1), (3, 1), (9, 1)), a + b);
        Assert.True(ZSet<I64>.Add(a, a.Negate()).IsEmpty);
        Assert.Same(a, ZSet<I64>.Add(a, ZSet<I64>.Empty));
        Assert.Same(a, ZSet<I64>.Add(ZSet<I64>.Empty, a));
    }

    [Theory]
    [InlineData(1, 10, 5000)]
    [InlineData(2, 3000, 20)]
    [InlineData(3, 100, 100)]
    public void Add_of_skewed_sizes_matches_a_dictionary(int seed, int na, int nb)
    {
        var random = new Random(seed);
        var expected = new Dictionary<long, long>();
        ZSet<I64> Make(int n)
        {
            var b = new ZSetBuilder<I64>();
            for (int i = 0; i < n; i++)
            {
                long v = random.Next(3 * Math.Max(na, nb));
                long w = random.Next(-2, 3);
                b.Add(v, w);
                expected[v] = expected.GetValueOrDefault(v) + w;
            }
            return b.Build();
        }
        var a = Make(na);
        var bz = Make(nb);
        var sum = a + bz;
        AssertZ.Consolidated(sum);
        Assert.Equal(expected.Count(kv => kv.Value != 0), sum.Count);
        foreach (var (v, w) in expected) Assert.Equal(w, sum.WeightOf(v));
        AssertZ.Equal(sum, bz + a);
    }

    [Fact]
    public void Subtract_and_negate()
    {
        var a = Z.I((1, 1), (2, 2));
        var b = Z.I((2, 2), (3, 1));
        AssertZ.Equal(Z.I((1, 1), (3, -1)), ZSet<I64>.Subtract(a, b));
        AssertZ.Equal(Z.I((1, 1), (3, -1)), a - b);
        AssertZ.Equal(Z.I((2, -2), (3, -1)), ZSet<I64>.Subtract(ZSet<I64>.Empty, b));
        AssertZ.Equal(Z.I((1, -1), (2, -2)), a.Negate());
        AssertZ.Equal(Z.I((1, -1), (2, -2)), -a);
        Assert.True(ZSet<I64>.Empty.Negate().IsEmpty);
        Assert.False(a.Negate().IsPositive);
    }

    [Fact]
    public void Weight_overflow_is_detected()
    {
        var big = Z.I((1, long.MaxValue));
        Assert.Throws<OverflowException>(() => ZSet<I64>.Add(big, Z.I((1, 1))));
        Assert.Throws<OverflowException>(() => Z.I((1, long.MinValue)).Negate());
        Assert.Throws<OverflowException>(() => ZSet<I64>.Subtract(Z.I((1, long.MinValue)), Z.I((1, 1))));
        var b = new ZSetBuilder<I64>();
        b.Add(1, long.MaxValue);
        b.Add(1, 1);
        Assert.Throws<OverflowException>(() => b.Build());
    }

    [Fact]
    public void Equality_and_text()
    {
        Assert.Equal(Z.I((1, 2)), Z.I((1, 1), (1, 1)));
        Assert.NotEqual(Z.I((1, 2)), Z.I((1, 1)));
        Assert.Equal(Z.I((1, 2)).GetHashCode(), Z.I((1, 1), (1, 1)).GetHashCode());
        Assert.Equal("{1 x2, 3 x-1}", Z.I((1, 2), (3, -1)).ToString());
        Assert.Equal("{}", ZSet<I64>.Empty.ToString());
    }

    [Theory]
    [InlineData(1, 0, 10)]
    [InlineData(2, 17, 5)]
    [InlineData(3, 1000, 50)]
    [InlineData(4, 5000, 100000)]
    [InlineData(5, 20000, 3)]
    public void Consolidation_matches_a_dictionary(int seed, int n, int domain)
    {
        var random = new Random(seed);
        var b = new ZSetBuilder<I64>();
        var expected = new Dictionary<long, long>();
        for (int i = 0; i < n; i++)
        {
            long v = random.Next(domain);
            long w = random.Next(-3, 4);
            b.Add(v, w);
            expected[v] = expected.GetValueOrDefault(v) + w;
        }
        var z = b.Build();
        AssertZ.Consolidated(z);
        Assert.Equal(expected.Count(kv => kv.Value != 0), z.Count);
        foreach (var (v, w) in expected) Assert.Equal(w, z.WeightOf(v));
    }

    [Theory]
    [InlineData("sorted")]
    [InlineData("reversed")]
    [InlineData("equal")]
    [InlineData("organ")]
    [InlineData("sawtooth")]
    public void Sort_handles_patterns(string pattern)
    {
        const int n = 50_000;
        var data = new ZEntry<I64>[n];
        for (int i = 0; i < n; i++)
        {
            long v = pattern switch
            {
                "sorted" => i,
                "reversed" => n - i,
                "equal" => 7,
                "organ" => i < n / 2 ? i : n - i,
                _ => i % 100,
            };
            data[i] = new ZEntry<I64>(v, 1);
        }
        Sorter.Sort<ZEntry<I64>, EntryOrder<I64>>(data);
        Assert.True(Sorter.IsSorted<ZEntry<I64>, EntryOrder<I64>>(data));
        Assert.Equal(n, data.Length);
        var z = ZSet<I64>.FromEntries(data);
        Assert.Equal(n, z.TotalWeight);
    }

    [Fact]
    public void Sort_is_a_permutation()
    {
        var random = new Random(42);
        for (int n = 0; n < 300; n += 7)
        {
            var data = Enumerable.Range(0, n).Select(_ => new ZEntry<I64>(random.Next(50), 1)).ToArray();
            var expected = data.Select(e => e.Row.V).OrderBy(v => v).ToArray();
            Sorter.Sort<ZEntry<I64>, EntryOrder<I64>>(data);
            Assert.Equal(expected, data.Select(e => e.Row.V).ToArray());
        }
    }

    [Fact]
    public void Indexed_helpers_find_keys_and_groups()
    {
        var z = Z.KV((1, 10, 1), (1, 11, 2), (3, 30, 1), (4, 40, 1), (4, 41, 1), (4, 42, -1));
        Assert.Equal((0, 2), z.FindKey(new I64(1)));
        Assert.Equal((2, 3), z.FindKey(new I64(3)));
        Assert.Equal((3, 6), z.FindKey(new I64(4)));
        Assert.Equal((2, 2), z.FindKey(new I64(2)));
        Assert.Equal((6, 6), z.FindKey(new I64(9)));
        Assert.Equal((0, 0), z.FindKey(new I64(0)));
        var groups = new List<KeyGroup>();
        foreach (var g in z.KeyGroups()) groups.Add(g);
        Assert.Equal(new[] { new KeyGroup(0, 2), new KeyGroup(2, 3), new KeyGroup(3, 6) }, groups);
        Assert.Equal(3, z.KeyCount());
        Assert.Equal(3, IndexedZSet.SeekKey(z.Entries, 0, new I64(4)));
        Assert.Equal(2, IndexedZSet.SeekKey(z.Entries, 1, new I64(2)));
        Assert.Equal(6, IndexedZSet.SeekKey(z.Entries, 4, new I64(5)));
        Assert.Equal(2, IndexedZSet.GroupEnd(z.Entries, 0));
        Assert.Empty(GroupsOf(ZSet<KV<I64, I64>>.Empty));
    }

    private static List<KeyGroup> GroupsOf(ZSet<KV<I64, I64>> z)
    {
        var list = new List<KeyGroup>();
        foreach (var g in z.KeyGroups()) list.Add(g);
        return list;
    }

    [Fact]
    public void Gallop_search_matches_binary_search()
    {
        var random = new Random(3);
        var b = new ZSetBuilder<I64>();
        for (int i = 0; i < 2000; i++) b.Add(random.Next(5000) * 2);
        var s = b.Build().Entries;
        for (int probe = -1; probe < 10_002; probe += 3)
        {
            int from = random.Next(s.Length + 1);
            var p = new I64(probe);
            int expectedLower = Search.LowerBound<I64, I64, RowProbe<I64>>(s, from, p);
            Assert.Equal(expectedLower, Search.GallopLowerBound<I64, I64, RowProbe<I64>>(s, from, p));
            int expectedUpper = Search.UpperBound<I64, I64, RowProbe<I64>>(s, from, p);
            Assert.Equal(expectedUpper, Search.GallopUpperBound<I64, I64, RowProbe<I64>>(s, from, p));
        }
    }

    [Fact]
    public void Kv_orders_by_key_then_value()
    {
        var a = new KV<I64, I64>(1, 5);
        var b = new KV<I64, I64>(2, 0);
        var c = new KV<I64, I64>(1, 6);
        Assert.True(KV<I64, I64>.Compare(a, b) < 0);
        Assert.True(KV<I64, I64>.Compare(a, c) < 0);
        Assert.True(KV<I64, I64>.AreEqual(a, new KV<I64, I64>(1, 5)));
        Assert.Equal(KV<I64, I64>.Hash(a), KV<I64, I64>.Hash(KV.Create(new I64(1), new I64(5))));
        Assert.Equal(0, Unit.Compare(default, default));
        Assert.True(Unit.AreEqual(default, Unit.Value));
        Assert.Equal(0, Unit.Arity);
        Assert.Throws<ArgumentException>(() => Unit.FromValues(new object?[] { 1 }));
    }
}
