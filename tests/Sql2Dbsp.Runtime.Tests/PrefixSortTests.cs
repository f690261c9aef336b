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

/// <summary>A row (INTEGER NOT NULL, INTEGER, VARCHAR) with the generated-code style packed prefix: 32 + 33 bits do not fit, so
/// the second column contributes its top 31 bits.</summary>
public struct Packed : IRow<Packed>
{
    public int A;
    public int? B;
    public string? C;

    public static int Compare(in Packed x, in Packed y)
    {
        int c = SqlCompare.Compare(x.A, y.A);
        if (c != 0) return c;
        c = SqlCompare.Compare(x.B, y.B);
        return c != 0 ? c : SqlCompare.Compare(x.C, y.C);
    }

    public static bool AreEqual(in Packed x, in Packed y) => x.A == y.A && x.B == y.B && x.C == y.C;
    public static int Hash(in Packed row) => HashCode.Combine(row.A, row.B, row.C);
    public static bool HasSortPrefix => true;
    public static ulong SortPrefix(in Packed row) => SqlCompare.SortBits(row.A) << 32 | SqlCompare.SortBits(row.B) << 31 >> 32;
}

/// <summary>A key row (INTEGER NOT NULL) whose prefix is exact, so a pair appends its value's prefix.</summary>
public struct ExactKey : IRow<ExactKey>
{
    public int A;

    public static int Compare(in ExactKey x, in ExactKey y) => SqlCompare.Compare(x.A, y.A);
    public static bool AreEqual(in ExactKey x, in ExactKey y) => x.A == y.A;
    public static int Hash(in ExactKey row) => row.A;
    public static bool HasSortPrefix => true;
    public static ulong SortPrefix(in ExactKey row) => SqlCompare.SortBits(row.A) << 32;
    public static int SortPrefixExactBits => 32;
}

/// <summary>A value row (VARCHAR) with an inexact prefix.</summary>
public struct Text : IRow<Text>
{
    public string? S;

    public static int Compare(in Text x, in Text y) => SqlCompare.Compare(x.S, y.S);
    public static bool AreEqual(in Text x, in Text y) => x.S == y.S;
    public static int Hash(in Text row) => row.S?.Length ?? 0;
    public static bool HasSortPrefix => true;
    public static ulong SortPrefix(in Text row) => SqlCompare.SortPrefix(row.S);
}

public class PrefixSortTests
{
    private static readonly string?[] Strings =
        [null, "", "\0", "\0\0", "a", "a\0", "ab", "abc", "abcd", "abcde", "abcdf", "abd", "b", "\uD7FF", "\uD800\uDC00",
         "\uE000", "\uFFFF", "z\uD83D\uDE00", "z\uFFFF", "zz"];

    private static void AssertSortsLikeComparison<T>(ZEntry<T>[] entries) where T : struct, IRow<T>
    {
        var expected = (ZEntry<T>[])entries.Clone();
        Sorter.Sort<ZEntry<T>, EntryOrder<T>>(expected);
        PrefixSorter.Sort<T>(entries);
        for (int i = 0; i < entries.Length; i++) Assert.Equal(0, T.Compare(expected[i].Row, entries[i].Row));
    }

    [Fact]
    public void StringPrefixesFollowCodePointOrder()
    {
        for (int i = 0; i < Strings.Length; i++)
            for (int j = 0; j < Strings.Length; j++)
                if (SqlCompare.SortPrefix(Strings[i]) < SqlCompare.SortPrefix(Strings[j]))
                    Assert.True(SqlCompare.Compare(Strings[i], Strings[j]) < 0, $"'{Strings[i]}' before '{Strings[j]}'");
        Assert.True(SqlCompare.SortPrefix("abc") < SqlCompare.SortPrefix("abd"));
    }

    [Fact]
    public void SortBitsAreExact()
    {
        int?[] ints = [null, int.MinValue, -1, 0, 1, int.MaxValue];
        for (int i = 1; i < ints.Length; i++)
        {
            Assert.True(SqlCompare.SortBits(ints[i - 1]) < SqlCompare.SortBits(ints[i]));
            Assert.True(SqlCompare.SortBits(ints[i]) < 1UL << 33);
        }
        Assert.True(SqlCompare.SortBits((sbyte)-128) < SqlCompare.SortBits((sbyte)127));
        Assert.True(SqlCompare.SortBits((short)-1) < SqlCompare.SortBits((short)0));
        Assert.True(SqlCompare.SortBits((bool?)null) < SqlCompare.SortBits((bool?)false));
        Assert.True(SqlCompare.SortBits(new SqlDate(-3)) < SqlCompare.SortBits(new SqlDate(2)));
    }

    [Theory]
    [InlineData(5_000, 3)]
    [InlineData(5_000, 100_000)]
    public void PackedAndPairPrefixesSortLikeComparison(int n, int range)
    {
        var random = new Random(n + range);
        var packed = new ZEntry<Packed>[n];
        var pairs = new ZEntry<KV<ExactKey, Text>>[n];
        for (int i = 0; i < n; i++)
        {
            int? b = random.Next(8) == 0 ? null : random.Next(-range, range);
            string? c = Strings[random.Next(Strings.Length)];
            packed[i] = new(new Packed { A = random.Next(-range, range), B = b, C = c }, 1);
            pairs[i] = new(new KV<ExactKey, Text>(new ExactKey { A = random.Next(-range, range) }, new Text { S = c }), 1);
        }
        AssertSortsLikeComparison(packed);
        Assert.True(KV<ExactKey, Text>.HasSortPrefix);
        Assert.Equal(-1, KV<ExactKey, Text>.SortPrefixExactBits);
        Assert.Equal(32, KV<ExactKey, Unit>.SortPrefixExactBits);
        AssertSortsLikeComparison(pairs);
    }

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
