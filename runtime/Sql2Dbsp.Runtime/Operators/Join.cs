using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Equi-join (non-incremental): <c>x ⋈ y = Σ_{((k, a), w) ∈ x, ((k, b), v) ∈ y, F(k, a, b) = some o} (w·v) · {o}</c>
/// on the current values of two indexed Z-sets. <c>F</c> builds the output row and may drop a pair (a fused
/// residual predicate). Weights multiply (checked). Output consolidated unless every reader accepts it unconsolidated.
/// </summary>
/// <remarks>Stateless, bilinear. See <see cref="JoinKernel"/> for the merge algorithm.</remarks>
internal sealed class JoinOperator<K, VL, VR, TOut, F> : Operator
    where K : struct, IRow<K>
    where VL : struct, IRow<VL>
    where VR : struct, IRow<VR>
    where TOut : struct, IRow<TOut>
    where F : IJoinFunction<K, VL, VR, TOut>
{
    private readonly Stream<KV<K, VL>> _left;
    private readonly Stream<KV<K, VR>> _right;
    private readonly Stream<TOut> _output;
    private readonly ZSetBuilder<TOut> _builder = new();

    public JoinOperator(Stream<KV<K, VL>> left, Stream<KV<K, VR>> right, Stream<TOut> output) : base("Join")
    {
        _left = left;
        _right = right;
        _output = output;
    }

    public override void Eval()
    {
        _builder.Reset(0);
        JoinKernel.Join<K, VL, VR, TOut, F>(_left.Value, _right.Value, _builder);
        if (_output.AcceptsRaw) _output.SetRaw(_builder.Buffer, _builder.Count);
        else _output.SetValue(_builder.Build());
    }
}

/// <summary>
/// The join of two consolidated indexed Z-sets. Two algorithms:
/// <list type="bullet">
/// <item>Probe, when one side is large (≥ 4096 entries) and at least 8× the other: for each key group of the small
/// side, the large side's <see cref="KeyFences"/> (cache-resident) locate a block of 16 entries; the blocks of 32
/// groups are prefetched together before they are searched, so the cache misses overlap instead of forming a chain.
/// This is the incremental case: a delta against a big trace batch. Measured on the project machine: about 70 ns per
/// key probing a 1M-entry batch, against about 400 ns for a galloping merge or a plain binary search (whose dependent
/// cache misses cannot overlap), and about twice as slow without the prefetches.</item>
/// <item>Merge otherwise: a merge on the key that gallops whichever side is behind (leapfrog).</item>
/// </list>
/// Each pair of matching key groups contributes its cross product.
/// </summary>
internal static class JoinKernel
{
    private const int ProbeMinEntries = 1 << 12;
    private const int ProbeRatio = 8;
    private const int Chunk = 32;

    public static void Join<K, VL, VR, TOut, F>(ZSet<KV<K, VL>> left, ZSet<KV<K, VR>> right, ZSetBuilder<TOut> output)
        where K : struct, IRow<K>
        where VL : struct, IRow<VL>
        where VR : struct, IRow<VR>
        where TOut : struct, IRow<TOut>
        where F : IJoinFunction<K, VL, VR, TOut>
    {
        if (left.IsEmpty || right.IsEmpty) return;
        if (right.Count >= ProbeMinEntries && right.Count / ProbeRatio >= left.Count)
        {
            Probe<K, VL, VR, TOut, F>(left.Entries, right, output);
        }
        else if (left.Count >= ProbeMinEntries && left.Count / ProbeRatio >= right.Count)
        {
            Probe<K, VR, VL, TOut, Flip<K, VL, VR, TOut, F>>(right.Entries, left, output);
        }
        else
        {
            Merge<K, VL, VR, TOut, F>(left.Entries, right.Entries, output);
        }
    }

    /// <summary>Leapfrog merge join of two sorted entry lists.</summary>
    public static void Merge<K, VL, VR, TOut, F>(
        ReadOnlySpan<ZEntry<KV<K, VL>>> left, ReadOnlySpan<ZEntry<KV<K, VR>>> right, ZSetBuilder<TOut> output)
        where K : struct, IRow<K>
        where VL : struct, IRow<VL>
        where VR : struct, IRow<VR>
        where TOut : struct, IRow<TOut>
        where F : IJoinFunction<K, VL, VR, TOut>
    {
        int i = 0, j = 0;
        int ln = left.Length, rn = right.Length;
        while (i < ln && j < rn)
        {
            int c = K.Compare(left[i].Row.Key, right[j].Row.Key);
            if (c < 0)
            {
                i = Search.GallopLowerBound<KV<K, VL>, K, KeyProbe<K, VL>>(left, i + 1, right[j].Row.Key);
            }
            else if (c > 0)
            {
                j = Search.GallopLowerBound<KV<K, VR>, K, KeyProbe<K, VR>>(right, j + 1, left[i].Row.Key);
            }
            else
            {
                int iEnd = Search.GroupEnd(left, i);
                int jEnd = Search.GroupEnd(right, j);
                Cross<K, VL, VR, TOut, F>(left[i..iEnd], right[j..jEnd], output);
                i = iEnd;
                j = jEnd;
            }
        }
    }

    /// <summary>Joins the (small) <paramref name="probe"/> side against the (large) <paramref name="big"/> side.</summary>
    private static void Probe<K, VP, VB, TOut, F>(ReadOnlySpan<ZEntry<KV<K, VP>>> probe, ZSet<KV<K, VB>> big, ZSetBuilder<TOut> output)
        where K : struct, IRow<K>
        where VP : struct, IRow<VP>
        where VB : struct, IRow<VB>
        where TOut : struct, IRow<TOut>
        where F : IJoinFunction<K, VP, VB, TOut>
    {
        var fences = KeyFences.Of(big);
        var b = big.Entries;
        ref ZEntry<KV<K, VB>> b0 = ref MemoryMarshal.GetReference(b);
        Span<int> groupStart = stackalloc int[Chunk + 1];
        Span<int> blockStart = stackalloc int[Chunk];
        int fence = 0;
        int p = 0;
        while (p < probe.Length)
        {
            // Pass 1: locate the blocks of up to Chunk key groups via the fences, and prefetch them.
            int g = 0;
            while (g < Chunk && p < probe.Length)
            {
                groupStart[g] = p;
                int bs = KeyFences.BlockStart(fences, ref fence, probe[p].Row.Key);
                blockStart[g] = bs;
                Prefetch.Range(ref Unsafe.Add(ref b0, bs), Math.Min(KeyFences.Stride + 1, b.Length - bs));
                p = Search.GroupEnd(probe, p);
                g++;
            }
            groupStart[g] = p;

            // Pass 2: search each block and join the matching groups.
            for (int i = 0; i < g; i++)
            {
                int ps = groupStart[i];
                ref readonly K key = ref probe[ps].Row.Key;
                int bs = blockStart[i];
                int limit = Math.Min(bs + KeyFences.Stride + 1, b.Length);
                int s = Search.LowerBound<KV<K, VB>, K, KeyProbe<K, VB>>(b[..limit], bs, key);
                if (s == b.Length || !K.AreEqual(b[s].Row.Key, key)) continue;
                int e = Search.GroupEnd(b, s);
                Cross<K, VP, VB, TOut, F>(probe[ps..groupStart[i + 1]], b[s..e], output);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Cross<K, VL, VR, TOut, F>(
        ReadOnlySpan<ZEntry<KV<K, VL>>> left, ReadOnlySpan<ZEntry<KV<K, VR>>> right, ZSetBuilder<TOut> output)
        where K : struct, IRow<K>
        where VL : struct, IRow<VL>
        where VR : struct, IRow<VR>
        where TOut : struct, IRow<TOut>
        where F : IJoinFunction<K, VL, VR, TOut>
    {
        for (int a = 0; a < left.Length; a++)
        {
            ref readonly var le = ref left[a];
            for (int b = 0; b < right.Length; b++)
            {
                ref readonly var re = ref right[b];
                if (F.Join(le.Row.Key, le.Row.Value, re.Row.Value, out TOut o))
                {
                    output.Add(o, checked(le.Weight * re.Weight));
                }
            }
        }
    }

    /// <summary>Swaps the sides of a join function, so the probe kernel can treat either input as the small one.</summary>
    private readonly struct Flip<K, VL, VR, TOut, F> : IJoinFunction<K, VR, VL, TOut>
        where F : IJoinFunction<K, VL, VR, TOut>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Join(in K key, in VR left, in VL right, out TOut result) => F.Join(key, right, left, out result);
    }
}
