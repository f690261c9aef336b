using System.Runtime.CompilerServices;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Runtime.Tests;

public class KeyMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_operations_match_a_dictionary(int seed)
    {
        var random = new Random(seed);
        var map = new KeyMap<BadHash, long>();
        var expected = new Dictionary<long, long>();
        for (int i = 0; i < 20_000; i++)
        {
            long k = random.Next(300);
            int op = random.Next(4);
            if (op == 0)
            {
                int slot = map.GetOrAddSlot(new BadHash(k), out bool existed);
                Assert.Equal(expected.ContainsKey(k), existed);
                map.ValueAt(slot) += 2 * k + 1;
                expected[k] = expected.GetValueOrDefault(k) + 2 * k + 1;
                if (random.Next(4) == 0)
                {
                    map.RemoveAt(slot);
                    expected.Remove(k);
                }
            }
            else if (op == 1)
            {
                ref long v = ref map.GetOrAdd(new BadHash(k), out bool existed);
                Assert.Equal(expected.ContainsKey(k), existed);
                v += k + 1;
                expected[k] = expected.GetValueOrDefault(k) + k + 1;
            }
            else if (op == 2)
            {
                Assert.Equal(expected.Remove(k), map.Remove(new BadHash(k)));
            }
            else
            {
                ref long v = ref map.GetOrAdd(new BadHash(k), out bool existed);
                Assert.Equal(expected.ContainsKey(k), existed);
                v += k + 1;
                expected[k] = expected.GetValueOrDefault(k) + k + 1;
            }
            if (i % 1000 == 0)
            {
                Assert.Equal(expected.Count, map.Count);
                for (long q = 0; q < 300; q++)
                {
                    bool found = map.TryGetValue(new BadHash(q), out long value);
                    Assert.Equal(expected.ContainsKey(q), found);
                    if (found) Assert.Equal(expected[q], value);
                }
                Assert.Equal(expected.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)),
                    map.Pairs().OrderBy(p => p.Key.V).Select(p => (p.Key.V, p.Value)));
            }
        }
    }

    [Fact]
    public void Grows_and_clears()
    {
        var map = new KeyMap<I64, int>(1);
        for (int i = 0; i < 100_000; i++) map.GetOrAdd(i, out _) = i;
        Assert.Equal(100_000, map.Count);
        for (int i = 0; i < 100_000; i += 2) Assert.True(map.Remove(i));
        Assert.Equal(50_000, map.Count);
        for (int i = 0; i < 100_000; i++)
        {
            ref int v = ref map.Find(i);
            Assert.Equal(i % 2 == 1, !Unsafe.IsNullRef(ref v));
            if (i % 2 == 1) Assert.Equal(i, v);
        }
        map.Clear();
        Assert.Equal(0, map.Count);
        Assert.False(map.TryGetValue(1, out _));
    }
}
