using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// Accumulates (row, weight) pairs in any order and builds a consolidated <see cref="ZSet{T}"/>: sort by row
/// (skipped when the input is already sorted), add up the weights of equal rows (checked), drop zeros.
/// The buffer is reused across <see cref="Build"/> calls, so one builder per operator allocates only the result.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class ZSetBuilder<T> where T : struct, IRow<T>
{
    private ZEntry<T>[] _buffer;
    private int _count;

    /// <summary>Creates a builder with an initial capacity.</summary>
    public ZSetBuilder(int capacity = 16)
    {
        _buffer = capacity > 0 ? new ZEntry<T>[capacity] : Array.Empty<ZEntry<T>>();
    }

    /// <summary>Number of pending (unconsolidated) entries.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="weight"/> copies of <paramref name="row"/> (a zero weight is ignored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in T row, long weight = 1)
    {
        if (weight == 0) return;
        if (_count == _buffer.Length) Grow(_count + 1);
        ref ZEntry<T> e = ref _buffer[_count++];
        e.Row = row;
        e.Weight = weight;
    }

    /// <summary>Adds entries.</summary>
    public void AddRange(ReadOnlySpan<ZEntry<T>> entries)
    {
        if (_count + entries.Length > _buffer.Length) Grow(_count + entries.Length);
        entries.CopyTo(_buffer.AsSpan(_count));
        _count += entries.Length;
    }

    /// <summary>Adds the entries of a Z-set, with weights multiplied by <paramref name="sign"/> (1 or −1).</summary>
    public void AddRange(ZSet<T> z, int sign = 1)
    {
        int start = _count;
        AddRange(z.Entries);
        if (sign < 0)
        {
            var s = _buffer.AsSpan(start, _count - start);
            for (int i = 0; i < s.Length; i++) s[i].Weight = checked(-s[i].Weight);
        }
    }

    /// <summary>Discards pending entries.</summary>
    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_buffer, 0, _count);
        _count = 0;
    }

    /// <summary>The pending entries' buffer (the first <see cref="Count"/> are the entries), valid until the next change.</summary>
    internal ZEntry<T>[] Buffer => _buffer;

    /// <summary>Builds the consolidated Z-set of the pending entries and resets the builder.</summary>
    public ZSet<T> Build()
    {
        if (_count == 0) return ZSet<T>.Empty;
        int n = Consolidate(_buffer.AsSpan(0, _count));
        return TakeConsolidated(n);
    }

    /// <summary>Builds the Z-set of the pending entries, which the caller added in order without duplicates or zeros; resets the builder.</summary>
    internal ZSet<T> BuildConsolidated() => _count == 0 ? ZSet<T>.Empty : TakeConsolidated(_count);

    /// <summary>
    /// Discards pending entries and sizes the buffer for <paramref name="capacity"/> entries: grown once rather than
    /// by doubling, and given up when it is far larger (so one large step does not pin its buffer for good).
    /// </summary>
    internal void Reset(int capacity)
    {
        Clear();
        if (_buffer.Length > Math.Max(MinHandOver, 4L * capacity)) _buffer = new ZEntry<T>[Math.Max(16, capacity)];
        else if (capacity > _buffer.Length) _buffer = new ZEntry<T>[capacity];
    }

    /// <summary>Wraps the first <paramref name="n"/> (consolidated) entries of the buffer and resets the builder.</summary>
    private ZSet<T> TakeConsolidated(int n)
    {
        if (n >= MinHandOver && n >= _buffer.Length - (_buffer.Length >> 2))
        {
            // A large, nearly full buffer becomes the Z-set itself: no copy, and the builder does not keep a large
            // buffer alive between steps.
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>()) Array.Clear(_buffer, n, _count - n);
            var owned = ZSet<T>.FromConsolidated(_buffer, n);
            _buffer = new ZEntry<T>[16];
            _count = 0;
            return owned;
        }
        var result = ZSet<T>.CopyConsolidated(new ReadOnlySpan<ZEntry<T>>(_buffer, 0, n));
        Clear();
        return result;
    }

    private const int MinHandOver = 4096;

    private void Grow(int min)
    {
        int size = Math.Max(Math.Max(min, 16), (int)Math.Min((long)_buffer.Length * 2, Array.MaxLength));
        Array.Resize(ref _buffer, size);
    }

    private const int MaxRuns = 32;
    private const int MinMergeLength = 128;

    /// <summary>
    /// Consolidates entries in place: sorts them, merges equal rows adding weights (checked) and drops zeros.
    /// Returns the number of entries left at the start of the span. Adaptive: already sorted input is only
    /// compacted, and input made of a few sorted runs (e.g. the concatenated outputs of joins against several
    /// trace batches) is merged run by run instead of sorted.
    /// </summary>
    public static int Consolidate(Span<ZEntry<T>> entries)
    {
        int n = entries.Length;
        if (n == 0) return 0;
        Span<int> runStarts = stackalloc int[MaxRuns + 1];
        int runs = 1;
        runStarts[0] = 0;
        ref ZEntry<T> r0 = ref MemoryMarshal.GetReference(entries);
        for (int i = 1; i < n; i++)
        {
            if (T.Compare(Unsafe.Add(ref r0, i - 1).Row, Unsafe.Add(ref r0, i).Row) > 0)
            {
                if (runs == MaxRuns)
                {
                    runs = 0;
                    break;
                }
                runStarts[runs++] = i;
            }
        }
        if (runs > 1 && n >= MinMergeLength)
        {
            runStarts[runs] = n;
            MergeRuns(entries, runStarts[..(runs + 1)]);
        }
        else if (runs != 1)
        {
            if (T.HasSortPrefix && n >= PrefixSorter.MinLength) PrefixSorter.Sort(entries);
            else Sorter.Sort<ZEntry<T>, EntryOrder<T>>(entries);
        }
        return CompactSorted(entries);
    }

    /// <summary>Bottom-up merge of sorted runs (<paramref name="bounds"/>: run starts, then the length).</summary>
    private static void MergeRuns(Span<ZEntry<T>> entries, Span<int> bounds)
    {
        int n = entries.Length;
        var rented = ArrayPool<ZEntry<T>>.Shared.Rent(n);
        try
        {
            Span<ZEntry<T>> src = entries;
            Span<ZEntry<T>> dst = rented.AsSpan(0, n);
            int runs = bounds.Length - 1;
            while (runs > 1)
            {
                int k = 0;
                for (int r = 0; r < runs; r += 2)
                {
                    int start = bounds[r];
                    if (r + 1 < runs)
                    {
                        int mid = bounds[r + 1], end = bounds[r + 2];
                        MergeTwo(src[start..mid], src[mid..end], dst[start..end]);
                    }
                    else
                    {
                        src[start..bounds[r + 1]].CopyTo(dst[start..]);
                    }
                    bounds[k++] = start;
                }
                bounds[k] = n;
                runs = k;
                var t = src;
                src = dst;
                dst = t;
            }
            if (src != entries) src.CopyTo(entries);
        }
        finally
        {
            ArrayPool<ZEntry<T>>.Shared.Return(rented, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    private static void MergeTwo(ReadOnlySpan<ZEntry<T>> a, ReadOnlySpan<ZEntry<T>> b, Span<ZEntry<T>> dst)
    {
        ref ZEntry<T> ra = ref MemoryMarshal.GetReference(a);
        ref ZEntry<T> rb = ref MemoryMarshal.GetReference(b);
        ref ZEntry<T> rd = ref MemoryMarshal.GetReference(dst);
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            if (T.Compare(Unsafe.Add(ref rb, j).Row, Unsafe.Add(ref ra, i).Row) < 0) Unsafe.Add(ref rd, k++) = Unsafe.Add(ref rb, j++);
            else Unsafe.Add(ref rd, k++) = Unsafe.Add(ref ra, i++);
        }
        if (i < a.Length) a[i..].CopyTo(dst[k..]);
        else if (j < b.Length) b[j..].CopyTo(dst[k..]);
    }

    /// <summary>Merges adjacent equal rows of sorted entries and drops zeros, in place; returns the new count.</summary>
    internal static int CompactSorted(Span<ZEntry<T>> entries)
    {
        int n = entries.Length;
        if (n == 0) return 0;
        ref ZEntry<T> r0 = ref MemoryMarshal.GetReference(entries);
        int w = 0; // entries[0..w) are done, except that entries[w-1] may still absorb equal rows or be zero
        for (int i = 0; i < n; i++)
        {
            ref ZEntry<T> cur = ref Unsafe.Add(ref r0, i);
            if (w > 0)
            {
                ref ZEntry<T> last = ref Unsafe.Add(ref r0, w - 1);
                if (T.AreEqual(last.Row, cur.Row))
                {
                    last.Weight = checked(last.Weight + cur.Weight);
                    continue;
                }
                if (last.Weight == 0) w--;
            }
            if (w != i) Unsafe.Add(ref r0, w) = cur;
            w++;
        }
        if (w > 0 && Unsafe.Add(ref r0, w - 1).Weight == 0) w--;
        return w;
    }
}
