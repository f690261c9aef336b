using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>A total order given by a static method, so generic code specialised on a struct comparer inlines it.</summary>
internal interface IStaticComparer<E>
{
    static abstract int Compare(in E a, in E b);
}

/// <summary>Orders Z-set entries by row (<see cref="IRow{T}.Compare"/>), ignoring weights.</summary>
internal readonly struct EntryOrder<T> : IStaticComparer<ZEntry<T>> where T : struct, IRow<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(in ZEntry<T> a, in ZEntry<T> b) => T.Compare(a.Row, b.Row);
}

/// <summary>
/// Introsort (median-of-three quicksort, insertion sort for small partitions, heapsort past the depth limit) over a
/// span, specialised on a static comparer. <c>MemoryExtensions.Sort</c> boxes a struct comparer and calls it through
/// an interface; this one inlines the comparison, which is the whole cost of consolidation.
/// </summary>
internal static class Sorter
{
    private const int InsertionThreshold = 16;

    /// <summary>Whether <paramref name="span"/> is already in non-decreasing order (early exit at the first inversion).</summary>
    public static bool IsSorted<E, C>(ReadOnlySpan<E> span) where C : IStaticComparer<E>
    {
        for (int i = 1; i < span.Length; i++)
        {
            if (C.Compare(span[i - 1], span[i]) > 0) return false;
        }
        return true;
    }

    /// <summary>Sorts in place (not stable).</summary>
    public static void Sort<E, C>(Span<E> span) where C : IStaticComparer<E>
    {
        if (span.Length < 2) return;
        IntroSort<E, C>(span, 2 * (BitOperations.Log2((uint)span.Length) + 1));
    }

    private static void IntroSort<E, C>(Span<E> keys, int depthLimit) where C : IStaticComparer<E>
    {
        int size = keys.Length;
        while (size > 1)
        {
            if (size <= InsertionThreshold)
            {
                InsertionSort<E, C>(keys[..size]);
                return;
            }
            if (depthLimit == 0)
            {
                HeapSort<E, C>(keys[..size]);
                return;
            }
            depthLimit--;
            int p = PickPivotAndPartition<E, C>(keys[..size]);
            IntroSort<E, C>(keys[(p + 1)..size], depthLimit);
            size = p;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SwapIfGreater<E, C>(ref E a, ref E b) where C : IStaticComparer<E>
    {
        if (C.Compare(a, b) > 0) (a, b) = (b, a);
    }

    private static int PickPivotAndPartition<E, C>(Span<E> keys) where C : IStaticComparer<E>
    {
        ref E r0 = ref MemoryMarshal.GetReference(keys);
        int hi = keys.Length - 1;
        int middle = hi >> 1;
        SwapIfGreater<E, C>(ref r0, ref Unsafe.Add(ref r0, middle));
        SwapIfGreater<E, C>(ref r0, ref Unsafe.Add(ref r0, hi));
        SwapIfGreater<E, C>(ref Unsafe.Add(ref r0, middle), ref Unsafe.Add(ref r0, hi));

        E pivot = Unsafe.Add(ref r0, middle);
        (Unsafe.Add(ref r0, middle), Unsafe.Add(ref r0, hi - 1)) = (Unsafe.Add(ref r0, hi - 1), Unsafe.Add(ref r0, middle));
        int left = 0, right = hi - 1;
        // Sentinels: keys[0] <= pivot and keys[hi - 1] == pivot bound both scans.
        while (left < right)
        {
            while (C.Compare(Unsafe.Add(ref r0, ++left), pivot) < 0) { }
            while (C.Compare(pivot, Unsafe.Add(ref r0, --right)) < 0) { }
            if (left >= right) break;
            (Unsafe.Add(ref r0, left), Unsafe.Add(ref r0, right)) = (Unsafe.Add(ref r0, right), Unsafe.Add(ref r0, left));
        }
        if (left != hi - 1)
        {
            (Unsafe.Add(ref r0, left), Unsafe.Add(ref r0, hi - 1)) = (Unsafe.Add(ref r0, hi - 1), Unsafe.Add(ref r0, left));
        }
        return left;
    }

    private static void InsertionSort<E, C>(Span<E> keys) where C : IStaticComparer<E>
    {
        ref E r0 = ref MemoryMarshal.GetReference(keys);
        for (int i = 1; i < keys.Length; i++)
        {
            E t = Unsafe.Add(ref r0, i);
            int j = i - 1;
            while (j >= 0 && C.Compare(t, Unsafe.Add(ref r0, j)) < 0)
            {
                Unsafe.Add(ref r0, j + 1) = Unsafe.Add(ref r0, j);
                j--;
            }
            Unsafe.Add(ref r0, j + 1) = t;
        }
    }

    private static void HeapSort<E, C>(Span<E> keys) where C : IStaticComparer<E>
    {
        int n = keys.Length;
        for (int i = n >> 1; i >= 1; i--) DownHeap<E, C>(keys, i, n);
        for (int i = n; i > 1; i--)
        {
            (keys[0], keys[i - 1]) = (keys[i - 1], keys[0]);
            DownHeap<E, C>(keys, 1, i - 1);
        }
    }

    private static void DownHeap<E, C>(Span<E> keys, int i, int n) where C : IStaticComparer<E>
    {
        E d = keys[i - 1];
        while (i <= n >> 1)
        {
            int child = 2 * i;
            if (child < n && C.Compare(keys[child - 1], keys[child]) < 0) child++;
            if (!(C.Compare(d, keys[child - 1]) < 0)) break;
            keys[i - 1] = keys[child - 1];
            i = child;
        }
        keys[i - 1] = d;
    }
}
