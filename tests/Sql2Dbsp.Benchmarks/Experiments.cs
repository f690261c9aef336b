using System.Diagnostics;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Traces;

namespace Sql2Dbsp.Benchmarks;

/// <summary>Phase-by-phase timings of an incremental join step, to see where the time goes.</summary>
internal static class Experiments
{
    public static void JoinPhases(int traceRows, int delta, int reps)
    {
        var random = new Random(5);
        var spine = new Spine<KV<L, L>>();
        var bld = new ZSetBuilder<KV<L, L>>();
        for (int i = 0; i < traceRows; i++) bld.Add(new KV<L, L>(new L(random.NextInt64(traceRows)), new L(i)));
        spine.Insert(bld.Build());
        var deltas = new List<ZSet<KV<L, L>>>();
        var rawInputs = new List<ZEntry<Row2>[]>();
        for (int r = 0; r < reps; r++)
        {
            var raw = new ZEntry<Row2>[delta];
            for (int i = 0; i < delta; i++)
            {
                raw[i] = new(new Row2(random.NextInt64(traceRows), traceRows + (long)r * delta + i), 1);
                bld.Add(new KV<L, L>(new L(raw[i].Row.K), new L(raw[i].Row.V)));
            }
            rawInputs.Add(raw);
            deltas.Add(bld.Build());
        }

        // (a) probe-only: gallop each delta key through the big batch
        var big = spine.Batches[0].Entries.ToArray();
        long found = 0;
        var sw = Stopwatch.StartNew();
        foreach (var d in deltas)
        {
            int pos = 0;
            foreach (ref readonly var e in d.Entries)
            {
                pos = IndexedZSet.SeekKey<L, L>(big, pos, e.Row.Key);
                if (pos < big.Length && big[pos].Row.Key.V == e.Row.Key.V) found++;
            }
        }
        sw.Stop();
        Print("probe (gallop) per delta row", reps * (long)delta, sw.Elapsed);

        // (a') probe by binary search from 0 each time
        sw.Restart();
        foreach (var d in deltas)
        {
            foreach (ref readonly var e in d.Entries)
            {
                var (s, _) = IndexedZSet.FindKey<L, L>(big, e.Row.Key);
                found += s;
            }
        }
        sw.Stop();
        Print("probe (binary search) per delta row", reps * (long)delta, sw.Elapsed);

        // (a'') linear merge scan over the big batch
        sw.Restart();
        foreach (var d in deltas)
        {
            int pos = 0;
            var de = d.Entries;
            for (int i = 0; i < de.Length; i++)
            {
                long k = de[i].Row.Key.V;
                while (pos < big.Length && big[pos].Row.Key.V < k) pos++;
                if (pos < big.Length && big[pos].Row.Key.V == k) found++;
            }
        }
        sw.Stop();
        Print("probe (linear scan) per delta row", reps * (long)delta, sw.Elapsed);

        // (b) input consolidation of raw rows
        var inb = new ZSetBuilder<Row2>();
        sw.Restart();
        foreach (var raw in rawInputs)
        {
            inb.AddRange(raw);
            GC.KeepAlive(inb.Build());
        }
        sw.Stop();
        Print("consolidate raw input rows", reps * (long)delta, sw.Elapsed);

        // (c) spine inserts
        sw.Restart();
        foreach (var d in deltas) spine.Insert(d);
        sw.Stop();
        Print($"spine insert (batches now {spine.BatchCount})", reps * (long)delta, sw.Elapsed);

        // (d) output consolidation of join-like outputs (unsorted Row3)
        var outb = new ZSetBuilder<Row3>();
        sw.Restart();
        for (int r = 0; r < reps; r++)
        {
            for (int i = 0; i < delta; i++) outb.Add(new Row3(random.Next(traceRows), random.Next(), random.Next()));
            GC.KeepAlive(outb.Build());
        }
        sw.Stop();
        Print("consolidate outputs (Row3, random)", reps * (long)delta, sw.Elapsed);
        GC.KeepAlive(found);
    }

    private static void Print(string name, long rows, TimeSpan t) =>
        Console.WriteLine($"  {name,-50} {t.TotalMilliseconds * 1e6 / rows,8:F1} ns/row");
}
