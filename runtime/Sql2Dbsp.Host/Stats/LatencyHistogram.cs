using System.Numerics;

namespace Sql2Dbsp.Host.Stats;

/// <summary>Quantiles of a latency distribution, in microseconds.</summary>
public sealed record LatencySummary(long Count, double SumUsecs, long P50Usecs, long P90Usecs, long P99Usecs, long MaxUsecs);

/// <summary>
/// A log-linear histogram of durations in microseconds (16 sub-buckets per power of two, so quantiles are within about
/// 6 %). One thread records (the circuit thread); any thread may read a summary.
/// </summary>
public sealed class LatencyHistogram
{
    private const int SubBits = 4;
    private const int Sub = 1 << SubBits;
    private readonly long[] counts = new long[(64 - SubBits + 1) * Sub];
    private long count;
    private long max;
    private double sum;

    /// <summary>Records one duration.</summary>
    public void Record(TimeSpan duration)
    {
        long usecs = Math.Max(0, (long)duration.TotalMicroseconds);
        Interlocked.Increment(ref counts[Bucket(usecs)]);
        Interlocked.Increment(ref count);
        if (usecs > Volatile.Read(ref max)) Volatile.Write(ref max, usecs);
        sum += usecs;
    }

    /// <summary>Forgets everything recorded so far (benchmarks measure a phase at a time).</summary>
    public void Reset()
    {
        Array.Clear(counts);
        count = 0;
        max = 0;
        sum = 0;
    }

    /// <summary>The current quantiles.</summary>
    public LatencySummary Summary()
    {
        long total = Volatile.Read(ref count);
        return new LatencySummary(total, sum, Quantile(0.5, total), Quantile(0.9, total), Quantile(0.99, total), Volatile.Read(ref max));
    }

    private long Quantile(double q, long total)
    {
        if (total == 0) return 0;
        long rank = (long)Math.Ceiling(q * total), seen = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            seen += Volatile.Read(ref counts[i]);
            if (seen >= rank) return Math.Min(UpperBound(i), Volatile.Read(ref max));
        }
        return Volatile.Read(ref max);
    }

    private static int Bucket(long v)
    {
        if (v < Sub) return (int)v;
        int msb = 63 - BitOperations.LeadingZeroCount((ulong)v);
        return ((msb - SubBits + 1) << SubBits) + (int)((v >> (msb - SubBits)) & (Sub - 1));
    }

    private static long UpperBound(int bucket)
    {
        if (bucket < Sub) return bucket;
        int msb = (bucket >> SubBits) + SubBits - 1;
        long sub = bucket & (Sub - 1);
        return ((Sub + sub + 1) << (msb - SubBits)) - 1;
    }
}
