namespace Sql2Dbsp.Tpch.Generation;

/// <summary>
/// A small deterministic random stream (SplitMix64): the same seed gives the same data on every machine and .NET
/// version, which <see cref="System.Random"/> does not promise.
/// </summary>
internal sealed class Rng(ulong seed)
{
    private ulong state = seed;

    private ulong Next()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [<paramref name="low"/>, <paramref name="high"/>], both inclusive.</summary>
    public long Between(long low, long high) => low + (long)(Next() % (ulong)(high - low + 1));

    /// <summary>A uniform integer in [<paramref name="low"/>, <paramref name="high"/>], both inclusive.</summary>
    public int Between(int low, int high) => (int)Between((long)low, high);

    /// <summary>A uniform amount in [<paramref name="lowCents"/>, <paramref name="highCents"/>] cents, as a DECIMAL(…, 2).</summary>
    public decimal Money(long lowCents, long highCents) => new decimal(Between(lowCents, highCents)) / 100m;

    public T Pick<T>(IReadOnlyList<T> values) => values[Between(0, values.Count - 1)];

    /// <summary>An independent stream for one purpose, so adding draws to one table does not change the others.</summary>
    public static Rng For(ulong seed, string purpose)
    {
        ulong h = 1469598103934665603UL;
        foreach (char c in purpose) h = (h ^ c) * 1099511628211UL;
        return new Rng(seed * 0x9E3779B97F4A7C15UL ^ h);
    }
}
