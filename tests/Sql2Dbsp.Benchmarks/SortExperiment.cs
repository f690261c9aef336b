using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Benchmarks;

internal static class SortExperiment
{
    public static void Run(int n)
    {
        var random = new Random(1);
        var data = new ZEntry<Row2>[n];
        for (int i = 0; i < n; i++) data[i] = new(new Row2(random.NextInt64(1_000_000), random.Next()), 1);
        var work = new ZEntry<Row2>[n];
        var buffer = new ZEntry<Row2>[n];
        int reps = Math.Max(5, 2_000_000 / n);
        Time("introsort (runtime)", () => Sorter.Sort<ZEntry<Row2>, EntryOrder<Row2>>(work));
        Time("MemoryExtensions.Sort", () => work.AsSpan().Sort(new Cmp()));
        Time("merge sort (buffer)", () => MergeSort(work, buffer));
        Time("branchless lomuto qsort", () => LomutoSort(work, 0, n));

        void Time(string name, Action sort)
        {
            double best = double.MaxValue;
            for (int r = 0; r < reps; r++)
            {
                data.CopyTo(work, 0);
                var sw = Stopwatch.StartNew();
                sort();
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
            }
            for (int i = 1; i < n; i++) if (Row2.Compare(work[i - 1].Row, work[i].Row) > 0) throw new Exception(name + " unsorted");
            Console.WriteLine($"  sort {n:N0} ZEntry<Row2>: {name,-24} {best * 1e9 / n,6:F1} ns/row");
        }
    }

    private static void LomutoSort(ZEntry<Row2>[] a, int lo, int hi)
    {
        while (hi - lo > 16)
        {
            // median of three into a[lo]
            int mid = lo + ((hi - lo) >> 1);
            ref var r0 = ref MemoryMarshal.GetArrayDataReference(a);
            if (Row2.Compare(a[mid].Row, a[lo].Row) < 0) (a[mid], a[lo]) = (a[lo], a[mid]);
            if (Row2.Compare(a[hi - 1].Row, a[mid].Row) < 0)
            {
                (a[hi - 1], a[mid]) = (a[mid], a[hi - 1]);
                if (Row2.Compare(a[mid].Row, a[lo].Row) < 0) (a[mid], a[lo]) = (a[lo], a[mid]);
            }
            (a[lo], a[mid]) = (a[mid], a[lo]);
            var pivot = a[lo].Row;
            int first = lo + 1;
            for (int read = lo + 1; read < hi; read++)
            {
                var x = Unsafe.Add(ref r0, read);
                int smaller = Row2.Compare(x.Row, pivot) < 0 ? 1 : 0;
                Unsafe.Add(ref r0, read) = Unsafe.Add(ref r0, first);
                Unsafe.Add(ref r0, first) = x;
                first += smaller;
            }
            int p = first - 1;
            (a[lo], a[p]) = (a[p], a[lo]);
            if (p - lo < hi - p - 1)
            {
                LomutoSort(a, lo, p);
                lo = p + 1;
            }
            else
            {
                LomutoSort(a, p + 1, hi);
                hi = p;
            }
        }
        for (int i = lo + 1; i < hi; i++)
        {
            var t = a[i];
            int j = i - 1;
            while (j >= lo && Row2.Compare(t.Row, a[j].Row) < 0)
            {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = t;
        }
    }

    private readonly struct Cmp : IComparer<ZEntry<Row2>>
    {
        public int Compare(ZEntry<Row2> x, ZEntry<Row2> y) => Row2.Compare(x.Row, y.Row);
    }

    // Bottom-up merge sort: insertion-sorted runs of 16, then merge passes between the array and the buffer.
    private static void MergeSort(ZEntry<Row2>[] a, ZEntry<Row2>[] buf)
    {
        int n = a.Length;
        const int Run = 16;
        for (int s = 0; s < n; s += Run)
        {
            int e = Math.Min(s + Run, n);
            for (int i = s + 1; i < e; i++)
            {
                var t = a[i];
                int j = i - 1;
                while (j >= s && Row2.Compare(t.Row, a[j].Row) < 0)
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = t;
            }
        }
        var src = a;
        var dst = buf;
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n), hi = Math.Min(lo + 2 * width, n);
                Merge(src, lo, mid, hi, dst);
            }
            (src, dst) = (dst, src);
        }
        if (!ReferenceEquals(src, a)) Array.Copy(src, a, n);
    }

    private static void Merge(ZEntry<Row2>[] src, int lo, int mid, int hi, ZEntry<Row2>[] dst)
    {
        ref var s0 = ref MemoryMarshal.GetArrayDataReference(src);
        ref var d0 = ref MemoryMarshal.GetArrayDataReference(dst);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            ref var x = ref Unsafe.Add(ref s0, i);
            ref var y = ref Unsafe.Add(ref s0, j);
            bool takeY = Row2.Compare(y.Row, x.Row) < 0;
            Unsafe.Add(ref d0, k++) = takeY ? y : x;
            j += takeY ? 1 : 0;
            i += takeY ? 0 : 1;
        }
        while (i < mid) Unsafe.Add(ref d0, k++) = Unsafe.Add(ref s0, i++);
        while (j < hi) Unsafe.Add(ref d0, k++) = Unsafe.Add(ref s0, j++);
    }
}
