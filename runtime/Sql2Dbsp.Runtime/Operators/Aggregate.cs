using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Aggregate (non-incremental, general): for each key <c>k</c> of the indexed input with at least one value of
/// positive weight, <c>{(k, Finish(fold_Add(Init, values)))} · 1</c>, where the fold visits the group's
/// consolidated values in value order, each with its (positive) weight; values with non-positive weight are
/// ignored. Keys without positive values produce nothing (SQL GROUP BY: no empty groups).
/// </summary>
/// <remarks>Stateless, not linear. Output is in key order, one row per key, so it needs no consolidation.</remarks>
internal sealed class AggregateOperator<K, V, A, TOut, F> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where A : struct
    where TOut : struct, IRow<TOut>
    where F : IAggregateFunction<V, A, TOut>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, TOut>> _output;

    public AggregateOperator(Stream<KV<K, V>> input, Stream<KV<K, TOut>> output) : base("Aggregate")
    {
        _input = input;
        _output = output;
    }

    public override void Eval()
    {
        var x = _input.Value.Entries;
        if (x.IsEmpty)
        {
            _output.Value = ZSet<KV<K, TOut>>.Empty;
            return;
        }
        var result = new ZEntry<KV<K, TOut>>[x.Length];
        int k = 0;
        foreach (var g in IndexedZSet.KeyGroups(x))
        {
            A acc = F.Init();
            bool any = false;
            for (int i = g.Start; i < g.End; i++)
            {
                ref readonly var e = ref x[i];
                if (e.Weight <= 0) continue;
                F.Add(ref acc, e.Row.Value, e.Weight);
                any = true;
            }
            if (any) result[k++] = new ZEntry<KV<K, TOut>>(new KV<K, TOut>(x[g.Start].Row.Key, F.Finish(acc)), 1);
        }
        _output.Value = ZSet<KV<K, TOut>>.FromConsolidated(result, k);
    }
}

/// <summary>Shared helpers of the aggregate operators.</summary>
internal static class AggregateKernel
{
    /// <summary>
    /// Folds the positive-weight entries of consolidated <paramref name="values"/>; false when there are none
    /// (the group does not exist).
    /// </summary>
    public static bool FoldPositive<V, A, TOut, F>(ReadOnlySpan<ZEntry<V>> values, out TOut result)
        where V : struct, IRow<V>
        where A : struct
        where F : IAggregateFunction<V, A, TOut>
    {
        A acc = F.Init();
        bool any = false;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i].Weight <= 0) continue;
            F.Add(ref acc, values[i].Row, values[i].Weight);
            any = true;
        }
        result = any ? F.Finish(acc) : default!;
        return any;
    }

    /// <summary>
    /// Appends to <paramref name="output"/> the entries <c>(key, v) · w</c> of <c>new − old</c> for one key, where
    /// both lists are consolidated and sorted by value; appends in value order.
    /// </summary>
    public static void EmitDifference<K, V>(in K key, ReadOnlySpan<ZEntry<V>> now, ReadOnlySpan<ZEntry<V>> old,
        ZSetBuilder<KV<K, V>> output)
        where K : struct, IRow<K> where V : struct, IRow<V>
    {
        int i = 0, j = 0;
        while (i < now.Length || j < old.Length)
        {
            int c = i == now.Length ? 1 : j == old.Length ? -1 : V.Compare(now[i].Row, old[j].Row);
            if (c < 0)
            {
                output.Add(new KV<K, V>(key, now[i].Row), now[i].Weight);
                i++;
            }
            else if (c > 0)
            {
                output.Add(new KV<K, V>(key, old[j].Row), checked(-old[j].Weight));
                j++;
            }
            else
            {
                long w = checked(now[i].Weight - old[j].Weight);
                if (w != 0) output.Add(new KV<K, V>(key, now[i].Row), w);
                i++;
                j++;
            }
        }
    }
}
