using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Runtime.Tests;

/// <summary>A row whose first column is a nullable integer, with the generated-code style sort prefix.</summary>
public struct NullableFirst : IRow<NullableFirst>
{
    public int? A;
    public string? B;

    public static int Compare(in NullableFirst x, in NullableFirst y)
    {
        int c = SqlCompare.Compare(x.A, y.A);
        return c != 0 ? c : SqlCompare.Compare(x.B, y.B);
    }

    public static bool AreEqual(in NullableFirst x, in NullableFirst y) => x.A == y.A && x.B == y.B;
    public static int Hash(in NullableFirst row) => HashCode.Combine(row.A, row.B);
    public static bool HasSortPrefix => true;
    public static ulong SortPrefix(in NullableFirst row) => SqlCompare.SortPrefix(row.A);
}

public class PrefixSortTests
{
    [Theory]
    [InlineData(300, 5)]        // few distinct prefixes: long runs of ties
    [InlineData(5_000, 1_000_000)]
    [InlineData(20_000, int.MaxValue)]
    public void PrefixSortEqualsComparisonSort(int n, int range)
    {
        var random = new Random(n);
        var entries = new ZEntry<NullableFirst>[n];
        for (int i = 0; i < n; i++)
        {
            int? a = random.Next(10) == 0 ? null : random.Next(-range, range);
            entries[i] = new(new NullableFirst { A = a, B = random.Next(4) == 0 ? null : "s" + random.Next(50) }, random.Next(1, 4));
        }
        var expected = (ZEntry<NullableFirst>[])entries.Clone();
        Sorter.Sort<ZEntry<NullableFirst>, EntryOrder<NullableFirst>>(expected);
        PrefixSorter.Sort<NullableFirst>(entries);
        for (int i = 0; i < n; i++) Assert.Equal(0, NullableFirst.Compare(expected[i].Row, entries[i].Row));
        Assert.Equal(expected.Sum(e => e.Weight), entries.Sum(e => e.Weight));
    }

    [Fact]
    public void PrefixesPreserveTheOrder()
    {
        long[] longs = [long.MinValue, -5, -1, 0, 1, 7, long.MaxValue];
        for (int i = 1; i < longs.Length; i++)
        {
            Assert.True(SqlCompare.SortPrefix(longs[i - 1]) < SqlCompare.SortPrefix(longs[i]));
            Assert.True(SqlCompare.SortPrefix((long?)longs[i - 1]) <= SqlCompare.SortPrefix((long?)longs[i]));
            Assert.True(SqlCompare.SortPrefix((long?)null) < SqlCompare.SortPrefix((long?)longs[i - 1]));
        }
        Assert.True(SqlCompare.SortPrefix((bool?)null) < SqlCompare.SortPrefix((bool?)false));
        Assert.True(SqlCompare.SortPrefix(false) < SqlCompare.SortPrefix(true));
        Assert.True(SqlCompare.SortPrefix(new SqlDate(-3)) < SqlCompare.SortPrefix(new SqlDate(2)));
    }

    [Fact]
    public void ConsolidationOfALargeBatchUsesThePrefixAndStaysCorrect()
    {
        var random = new Random(3);
        var builder = new ZSetBuilder<NullableFirst>();
        var expected = new Dictionary<(int?, string?), long>();
        for (int i = 0; i < 10_000; i++)
        {
            var row = new NullableFirst { A = random.Next(8) == 0 ? null : random.Next(300), B = "b" + random.Next(3) };
            long w = random.Next(-2, 3);
            builder.Add(row, w);
            expected[(row.A, row.B)] = expected.GetValueOrDefault((row.A, row.B)) + w;
        }
        var z = builder.Build();
        var entries = z.Entries.ToArray();
        for (int i = 1; i < entries.Length; i++) Assert.True(NullableFirst.Compare(entries[i - 1].Row, entries[i].Row) < 0);
        Assert.Equal(expected.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key).Select(kv => kv.Value),
            entries.Select(e => (e.Row.A, e.Row.B)).OrderBy(k => k).Select(k => expected[k]));
    }
}
