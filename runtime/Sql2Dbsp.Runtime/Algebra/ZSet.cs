using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// An immutable consolidated Z-set: a finite map from rows to non-zero integer weights, stored as entries sorted by
/// <see cref="IRow{T}.Compare"/>, each row at most once. Z-sets form an abelian group under <see cref="Add"/>
/// (zero = <see cref="Empty"/>, inverse = <see cref="Negate"/>); weight arithmetic is checked and throws
/// <see cref="OverflowException"/> rather than wrapping.
/// </summary>
/// <remarks>
/// Because instances are immutable they are shared freely between operators, steps and trace batches.
/// A <c>ZSet&lt;KV&lt;K, V&gt;&gt;</c> is an indexed Z-set; see <see cref="IndexedZSet"/>.
/// </remarks>
/// <typeparam name="T">The row type.</typeparam>
public sealed class ZSet<T> : IEquatable<ZSet<T>> where T : struct, IRow<T>
{
    private readonly ZEntry<T>[] _entries;
    private readonly int _count;

    /// <summary>
    /// Cache slot for an auxiliary index derived from the (immutable) entries, built on first use by the code that
    /// needs it (e.g. the key fences of <see cref="KeyFences"/>). Benign races: concurrent builders compute equal values.
    /// </summary>
    internal object? Auxiliary;

    /// <summary>The empty Z-set.</summary>
    public static ZSet<T> Empty { get; } = new(Array.Empty<ZEntry<T>>(), 0);

    private ZSet(ZEntry<T>[] entries, int count)
    {
        _entries = entries;
        _count = count;
    }

    /// <summary>
    /// Wraps entries that are already consolidated (sorted, distinct, non-zero). Takes ownership of the array,
    /// which must not be modified afterwards. Not validated (use <see cref="IsConsolidated"/> in tests).
    /// </summary>
    internal static ZSet<T> FromConsolidated(ZEntry<T>[] entries, int count)
    {
        if (count == 0) return Empty;
        return new ZSet<T>(entries, count);
    }

    /// <summary>Copies consolidated entries into a new Z-set (not validated).</summary>
    internal static ZSet<T> CopyConsolidated(ReadOnlySpan<ZEntry<T>> entries)
    {
        if (entries.IsEmpty) return Empty;
        var array = NewArray(entries.Length);
        entries.CopyTo(array);
        return new ZSet<T>(array, entries.Length);
    }

    /// <summary>An entry array whose contents will all be overwritten (not zeroed when T holds no references).</summary>
    internal static ZEntry<T>[] NewArray(int length) => GC.AllocateUninitializedArray<ZEntry<T>>(length);

    /// <summary>The backing array (length ≥ <see cref="Count"/>), for owners that recycle it.</summary>
    internal ZEntry<T>[] BackingArray => _entries;

    /// <summary>Number of distinct rows.</summary>
    public int Count => _count;

    /// <summary>Whether there are no rows.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>The entries, sorted by row.</summary>
    public ReadOnlySpan<ZEntry<T>> Entries => new(_entries, 0, _count);

    /// <summary>The entry at <paramref name="index"/>.</summary>
    public ref readonly ZEntry<T> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            return ref _entries[index];
        }
    }

    /// <summary>Sum of all weights (checked). For a set-like Z-set this is the number of rows with multiplicity.</summary>
    public long TotalWeight
    {
        get
        {
            long s = 0;
            foreach (ref readonly var e in Entries) s = checked(s + e.Weight);
            return s;
        }
    }

    /// <summary>Whether every weight is positive (the Z-set is a multiset).</summary>
    public bool IsPositive
    {
        get
        {
            foreach (ref readonly var e in Entries) if (e.Weight <= 0) return false;
            return true;
        }
    }

    /// <summary>The weight of <paramref name="row"/> (zero if absent), by binary search.</summary>
    public long WeightOf(in T row)
    {
        var s = Entries;
        int i = Search.LowerBound<T, T, RowProbe<T>>(s, 0, row);
        return i < s.Length && T.AreEqual(s[i].Row, row) ? s[i].Weight : 0;
    }

    /// <summary>Whether <paramref name="row"/> has a non-zero weight.</summary>
    public bool Contains(in T row) => WeightOf(row) != 0;

    /// <summary>−this: every weight negated.</summary>
    public ZSet<T> Negate()
    {
        if (_count == 0) return this;
        var result = NewArray(_count);
        var src = Entries;
        for (int i = 0; i < src.Length; i++)
        {
            result[i].Row = src[i].Row;
            result[i].Weight = checked(-src[i].Weight);
        }
        return new ZSet<T>(result, _count);
    }

    /// <summary>a + b: merges the two sorted entry lists, adding weights of equal rows and dropping zeros.</summary>
    public static ZSet<T> Add(ZSet<T> a, ZSet<T> b) => Merge(a, b, negateB: false);

    /// <summary>a − b (= a + (−b)) in one merge pass.</summary>
    public static ZSet<T> Subtract(ZSet<T> a, ZSet<T> b) => Merge(a, b, negateB: true);

    /// <summary>a + b.</summary>
    public static ZSet<T> operator +(ZSet<T> a, ZSet<T> b) => Add(a, b);

    /// <summary>a − b.</summary>
    public static ZSet<T> operator -(ZSet<T> a, ZSet<T> b) => Subtract(a, b);

    /// <summary>−a.</summary>
    public static ZSet<T> operator -(ZSet<T> a) => a.Negate();

    private static ZSet<T> Merge(ZSet<T> a, ZSet<T> b, bool negateB)
    {
        if (b._count == 0) return a;
        if (a._count == 0) return negateB ? b.Negate() : b;
        var result = NewArray(a._count + b._count);
        int k = MergeInto(a.Entries, b.Entries, negateB, result);
        if (k == 0) return Empty;
        // Trim when cancellations left much of the array unused.
        if (k < result.Length - (result.Length >> 2)) Array.Resize(ref result, k);
        return new ZSet<T>(result, k);
    }

    /// <summary>Merges two consolidated entry lists into <paramref name="dst"/> (length ≥ a + b); returns the count.</summary>
    internal static int MergeInto(ReadOnlySpan<ZEntry<T>> a, ReadOnlySpan<ZEntry<T>> b, bool negateB, Span<ZEntry<T>> dst)
    {
        int an = a.Length, bn = b.Length;
        if (dst.Length < an + bn) throw new ArgumentException("destination too small", nameof(dst));
        if (!negateB)
        {
            // Skewed sizes (a trace batch absorbing a smaller one): gallop through the larger side, copying in bulk.
            if (an >= SkewRatio * bn) return MergeSkewed(a, b, dst);
            if (bn >= SkewRatio * an) return MergeSkewed(b, a, dst);
        }
        ref ZEntry<T> ra = ref MemoryMarshal.GetReference(a);
        ref ZEntry<T> rb = ref MemoryMarshal.GetReference(b);
        ref ZEntry<T> rd = ref MemoryMarshal.GetReference(dst);
        int i = 0, j = 0, k = 0;
        while (i < an && j < bn)
        {
            ref ZEntry<T> ea = ref Unsafe.Add(ref ra, i);
            ref ZEntry<T> eb = ref Unsafe.Add(ref rb, j);
            int c = T.Compare(ea.Row, eb.Row);
            if (c < 0)
            {
                Unsafe.Add(ref rd, k++) = ea;
                i++;
            }
            else if (c > 0)
            {
                ref ZEntry<T> d = ref Unsafe.Add(ref rd, k++);
                d.Row = eb.Row;
                d.Weight = negateB ? checked(-eb.Weight) : eb.Weight;
                j++;
            }
            else
            {
                long w = negateB ? checked(ea.Weight - eb.Weight) : checked(ea.Weight + eb.Weight);
                if (w != 0)
                {
                    ref ZEntry<T> d = ref Unsafe.Add(ref rd, k++);
                    d.Row = ea.Row;
                    d.Weight = w;
                }
                i++;
                j++;
            }
        }
        if (i < an)
        {
            a[i..].CopyTo(dst[k..]);
            k += an - i;
        }
        for (; j < bn; j++)
        {
            ref ZEntry<T> eb = ref Unsafe.Add(ref rb, j);
            ref ZEntry<T> d = ref Unsafe.Add(ref rd, k++);
            d.Row = eb.Row;
            d.Weight = negateB ? checked(-eb.Weight) : eb.Weight;
        }
        return k;
    }

    private const int SkewRatio = 32;

    /// <summary>Merges a small consolidated list into a large one: per small entry, one gallop and one bulk copy.</summary>
    private static int MergeSkewed(ReadOnlySpan<ZEntry<T>> large, ReadOnlySpan<ZEntry<T>> small, Span<ZEntry<T>> dst)
    {
        int p = 0, k = 0;
        for (int i = 0; i < small.Length; i++)
        {
            ref readonly ZEntry<T> s = ref small[i];
            int q = Search.GallopLowerBound<T, T, RowProbe<T>>(large, p, s.Row);
            if (q > p)
            {
                large[p..q].CopyTo(dst[k..]);
                k += q - p;
                p = q;
            }
            if (p < large.Length && T.AreEqual(large[p].Row, s.Row))
            {
                long w = checked(large[p].Weight + s.Weight);
                if (w != 0)
                {
                    dst[k].Row = s.Row;
                    dst[k].Weight = w;
                    k++;
                }
                p++;
            }
            else
            {
                dst[k++] = s;
            }
        }
        large[p..].CopyTo(dst[k..]);
        return k + large.Length - p;
    }

    /// <summary>Each row with weight 1, consolidated (duplicates add up).</summary>
    public static ZSet<T> FromRows(params T[] rows)
    {
        var b = new ZSetBuilder<T>(rows.Length);
        foreach (var r in rows) b.Add(r);
        return b.Build();
    }

    /// <summary>Consolidates arbitrary entries (any order, duplicates and zero weights allowed).</summary>
    public static ZSet<T> FromEntries(ReadOnlySpan<ZEntry<T>> entries)
    {
        var b = new ZSetBuilder<T>(entries.Length);
        b.AddRange(entries);
        return b.Build();
    }

    /// <summary>Whether <paramref name="entries"/> are strictly increasing with no zero weights.</summary>
    public static bool IsConsolidated(ReadOnlySpan<ZEntry<T>> entries)
    {
        for (int i = 0; i < entries.Length; i++)
        {
            if (entries[i].Weight == 0) return false;
            if (i > 0 && T.Compare(entries[i - 1].Row, entries[i].Row) >= 0) return false;
        }
        return true;
    }

    /// <summary>Content equality: the same rows with the same weights.</summary>
    public bool Equals(ZSet<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (_count != other._count) return false;
        var a = Entries;
        var b = other.Entries;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i].Weight != b[i].Weight || !T.AreEqual(a[i].Row, b[i].Row)) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ZSet<T> z && Equals(z);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        int h = _count;
        foreach (ref readonly var e in Entries) h = unchecked(h * 31 + T.Hash(e.Row) * 17 + e.Weight.GetHashCode());
        return h;
    }

    /// <summary>Up to 50 entries, e.g. <c>{row x1, row x-2}</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        int n = Math.Min(_count, 50);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(_entries[i].Row.ToString()).Append(" x").Append(_entries[i].Weight);
        }
        if (_count > n) sb.Append(", ... (").Append(_count).Append(" entries)");
        return sb.Append('}').ToString();
    }
}
