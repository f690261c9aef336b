using System.Diagnostics;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Operators;

namespace Sql2Dbsp.Benchmarks;

/// <summary>Kernel-level timings (best of several repetitions), to see where a join step's time goes.</summary>
internal static class Experiments
{
    public static void Kernels(int traceRows, int delta)
    {
        var random = new Random(5);
        var bld = new ZSetBuilder<KV<L, L>>();
        for (int i = 0; i < traceRows; i++) bld.Add(new KV<L, L>(new L(random.NextInt64(traceRows)), new L(i)));
        var big = bld.Build();
        var deltas = new List<ZSet<KV<L, L>>>();
        var raws = new List<ZEntry<Row2>[]>();
        for (int r = 0; r < 50; r++)
        {
            var raw = new ZEntry<Row2>[delta];
            for (int i = 0; i < delta; i++)
            {
                raw[i] = new(new Row2(random.NextInt64(traceRows), traceRows + (long)r * delta + i), 1);
                bld.Add(new KV<L, L>(new L(raw[i].Row.K), new L(raw[i].Row.V)));
            }
            raws.Add(raw);
            deltas.Add(bld.Build());
        }
        var output = new ZSetBuilder<Row3>(4 * delta);
        KeyFences.Of(big);

        Time("join probe (fences + prefetch) into 1 big batch", delta, () =>
        {
            foreach (var d in deltas)
            {
                JoinKernel.Join<L, L, L, Row3, JoinRow>(d, big, output);
                output.Clear();
            }
        }, deltas.Count);
        Time("join leapfrog merge into 1 big batch", delta, () =>
        {
            foreach (var d in deltas)
            {
                JoinKernel.Merge<L, L, L, Row3, JoinRow>(d.Entries, big.Entries, output);
                output.Clear();
            }
        }, deltas.Count);
        Time("binary search per key into 1 big batch", delta, () =>
        {
            long found = 0;
            foreach (var d in deltas)
                foreach (ref readonly var e in d.Entries) found += IndexedZSet.FindKey(big.Entries, e.Row.Key).Start;
            GC.KeepAlive(found);
        }, deltas.Count);
        var inb = new ZSetBuilder<Row2>(delta);
        Time("consolidate raw input (sort)", delta, () =>
        {
            foreach (var raw in raws)
            {
                inb.AddRange(raw);
                GC.KeepAlive(inb.Build());
            }
        }, raws.Count);
        Time("merge delta into big batch (ZSet.Add)", delta, () =>
        {
            foreach (var d in deltas) GC.KeepAlive(ZSet<KV<L, L>>.Add(big, d));
        }, deltas.Count);
        var mid = ZSet<KV<L, L>>.FromEntries(big.Entries[..(8 * delta)]);
        Time("merge delta into 8x batch (ZSet.Add)", delta, () =>
        {
            foreach (var d in deltas) GC.KeepAlive(ZSet<KV<L, L>>.Add(mid, d));
        }, deltas.Count);
        var same = ZSet<KV<L, L>>.FromEntries(big.Entries[..delta]);
        Time("merge delta into same-size batch (ZSet.Add)", delta, () =>
        {
            foreach (var d in deltas) GC.KeepAlive(ZSet<KV<L, L>>.Add(same, d));
        }, deltas.Count);
        var b2 = ZSet<KV<L, L>>.FromEntries(big.Entries[..(2 * delta)]);
        Time("merge delta into 2x batch (ZSet.Add)", delta, () =>
        {
            foreach (var d in deltas) GC.KeepAlive(ZSet<KV<L, L>>.Add(b2, d));
        }, deltas.Count);
    }

    private static void Time(string name, int rowsPerRep, Action run, int reps)
    {
        run();
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            run();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"  {name,-52} {best * 1e9 / ((double)rowsPerRep * reps),8:F1} ns/delta row");
    }
}
