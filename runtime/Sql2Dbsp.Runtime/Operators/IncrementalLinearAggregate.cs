using System.Runtime.CompilerServices;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Incremental linear aggregate (COUNT, SUM, AVG, …: aggregates whose accumulator absorbs negative weights):
/// per key <c>k</c> an accumulator <c>acc_k = Σ_{(v, w) ∈ I(x)_k} Add(·, v, w)</c> and the group's total weight
/// <c>n_k = Σ w</c>. For each key of <c>Δx</c>: fold its Δ entries (weights of either sign) into <c>acc_k</c>;
/// the group exists while <c>n_k ≠ 0</c>; emit <c>−(k, Finish(old acc))</c> if it existed and
/// <c>+(k, Finish(new acc))</c> if it exists, unless the two are equal.
/// </summary>
/// <remarks>
/// State: <see cref="LinearAggregateState{K, A}"/>, O(groups): a hash map key → (accumulator, weight); a group whose
/// weight returns to 0 is removed. Work per step: O(|Δx|) hash operations (one per key group of Δx; the slots of 32 groups are prefetched at a time). Δx is sorted by
/// key, so the output is produced in order (no sort). A large unconsolidated Δx (see <see cref="Stream{T}.AcceptsRaw"/>)
/// is grouped in a hash map instead and only its distinct keys are sorted. The old result is recomputed with <c>Finish</c> on the old
/// accumulator rather than stored. Agrees with <see cref="AggregateOperator{K, V, A, TOut, F}"/> whenever
/// <c>I(x)</c> has no negative weights (true of SQL tables).
/// </remarks>
internal sealed class IncrementalLinearAggregateOperator<K, V, A, TOut, F> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where A : struct
    where TOut : struct, IRow<TOut>
    where F : IAggregateFunction<V, A, TOut>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<KV<K, TOut>> _output;
    private const int Chunk = 32;
    /// <summary>An unconsolidated Δx up to this size is sorted and takes the sorted path (the hash map pays off above).</summary>
    private const int SmallRaw = 4096;
    private readonly LinearAggregateState<K, A> _state = new();
    private readonly ZSetBuilder<KV<K, V>> _sorted = new();
    private readonly ZSetBuilder<KV<K, TOut>> _out = new();

    public IncrementalLinearAggregateOperator(Stream<KV<K, V>> input, Stream<KV<K, TOut>> output, string id)
        : base("IncrementalLinearAggregate", id)
    {
        _input = input;
        _output = output;
    }

    public override object State => _state;

    public override void Eval()
    {
        var d = _input.Entries(out bool consolidated);
        _out.Clear();
        if (!consolidated)
        {
            if (d.Length > SmallRaw)
            {
                EvalUnsorted(d);
                _output.SetValue(_out.BuildConsolidated());
                return;
            }
            _sorted.Clear();
            _sorted.AddRange(d);
            d = _sorted.Build().Entries;
        }
        var groups = _state.Groups;
        Span<int> starts = stackalloc int[Chunk + 1];
        int next = 0;
        while (next < d.Length)
        {
            // Pass 1: the next Chunk key groups; prefetch their hash slots so the misses overlap.
            int g = 0;
            while (g < Chunk && next < d.Length)
            {
                starts[g++] = next;
                groups.Prefetch(d[next].Row.Key);
                next = Search.GroupEnd(d, next);
            }
            starts[g] = next;
            // Pass 2: update each group and emit its change.
            for (int i = 0; i < g; i++) Update(d[starts[i]..starts[i + 1]], groups);
        }
        _output.SetValue(_out.BuildConsolidated());
    }

    /// <summary>Folds one key group of Δx into its accumulator and emits −old +new.</summary>
    private void Update(ReadOnlySpan<ZEntry<KV<K, V>>> group, KeyMap<K, LinearAccumulator<A>> groups)
    {
        ref readonly K key = ref group[0].Row.Key;
        int index = groups.GetOrAddSlot(key, out bool existed);
        ref LinearAccumulator<A> slot = ref groups.ValueAt(index);
        bool hadOld = existed && slot.Weight != 0;
        TOut old = default;
        if (hadOld) old = F.Finish(slot.Accumulator);
        else slot.Accumulator = F.Init();
        long weight = slot.Weight;
        for (int i = 0; i < group.Length; i++)
        {
            ref readonly var e = ref group[i];
            F.Add(ref slot.Accumulator, e.Row.Value, e.Weight);
            weight = checked(weight + e.Weight);
        }
        slot.Weight = weight;
        bool hasNew = weight != 0;
        TOut now = default;
        if (hasNew) now = F.Finish(slot.Accumulator);
        else groups.RemoveAt(index);
        Emit(key, hadOld, old, hasNew, now);
    }

    /// <summary>
    /// An unsorted Δx (a large first step whose index was left unconsolidated): folds every entry into a per-key copy
    /// of its group's accumulator in a hash map (no sort of the rows), then updates the groups in key order.
    /// </summary>
    private void EvalUnsorted(ReadOnlySpan<ZEntry<KV<K, V>>> d)
    {
        var groups = _state.Groups;
        var touched = new KeyMap<K, Touched>();
        foreach (ref readonly var e in d)
        {
            ref readonly K key = ref e.Row.Key;
            ref Touched t = ref touched.GetOrAdd(key, out bool seen);
            if (!seen)
            {
                ref LinearAccumulator<A> group = ref groups.Find(key);
                t.HadOld = !Unsafe.IsNullRef(ref group) && group.Weight != 0;
                if (t.HadOld)
                {
                    t.Old = F.Finish(group.Accumulator);
                    t.Group = group;
                }
                else t.Group.Accumulator = F.Init();
            }
            F.Add(ref t.Group.Accumulator, e.Row.Value, e.Weight);
            t.Group.Weight = checked(t.Group.Weight + e.Weight);
        }
        var keys = new KeySlot[touched.Count];
        int n = 0;
        for (int slot = touched.FirstSlot(); slot >= 0; slot = touched.NextSlot(slot)) keys[n++] = new KeySlot(touched.KeyAt(slot), slot);
        Sorter.Sort<KeySlot, KeySlotOrder>(keys);
        foreach (ref readonly var k in keys.AsSpan())
        {
            ref Touched t = ref touched.ValueAt(k.Slot);
            bool hasNew = t.Group.Weight != 0;
            TOut now = default;
            if (hasNew)
            {
                now = F.Finish(t.Group.Accumulator);
                groups.GetOrAdd(k.Key, out _) = t.Group;
            }
            else if (t.HadOld) groups.Remove(k.Key);
            Emit(k.Key, t.HadOld, t.Old, hasNew, now);
        }
    }

    /// <summary>Appends a group's change: −(key, old) and +(key, now), in order, unless they are equal.</summary>
    private void Emit(in K key, bool hadOld, in TOut old, bool hasNew, in TOut now)
    {
        if (hadOld && hasNew)
        {
            int c = TOut.Compare(old, now);
            if (c < 0)
            {
                _out.Add(new KV<K, TOut>(key, old), -1);
                _out.Add(new KV<K, TOut>(key, now), 1);
            }
            else if (c > 0)
            {
                _out.Add(new KV<K, TOut>(key, now), 1);
                _out.Add(new KV<K, TOut>(key, old), -1);
            }
        }
        else if (hadOld)
        {
            _out.Add(new KV<K, TOut>(key, old), -1);
        }
        else if (hasNew)
        {
            _out.Add(new KV<K, TOut>(key, now), 1);
        }
    }

    /// <summary>A group touched by an unsorted Δx: its new accumulator and weight, and its result before the step.</summary>
    private struct Touched
    {
        public LinearAccumulator<A> Group;
        public bool HadOld;
        public TOut Old;
    }

    private readonly record struct KeySlot(K Key, int Slot);

    private readonly struct KeySlotOrder : IStaticComparer<KeySlot>
    {
        public static int Compare(in KeySlot a, in KeySlot b) => K.Compare(a.Key, b.Key);
    }
}

/// <summary>The per-group state of a linear aggregate: the accumulator and the group's total weight.</summary>
internal struct LinearAccumulator<A> where A : struct
{
    public A Accumulator;
    public long Weight;
}

/// <summary>State of <see cref="IncrementalLinearAggregateOperator{K, V, A, TOut, F}"/>: key → (accumulator, weight).</summary>
internal sealed class LinearAggregateState<K, A> : IOperatorState where K : struct, IRow<K> where A : struct
{
    public KeyMap<K, LinearAccumulator<A>> Groups { get; } = new();

    /// <summary>Writes the group count, then per group its key, accumulator and weight (in hash-table order).</summary>
    public void Save(ref StateWriter writer)
    {
        var keys = RowCodec<K>.Instance;
        var accumulators = StateCodec<A>.Instance;
        writer.WriteCount(Groups.Count);
        for (int slot = Groups.FirstSlot(); slot >= 0; slot = Groups.NextSlot(slot))
        {
            keys.Write(ref writer, Groups.KeyAt(slot));
            ref var group = ref Groups.ValueAt(slot);
            accumulators.Write(ref writer, group.Accumulator);
            writer.WriteVarInt64(group.Weight);
        }
    }

    public void Load(ref StateReader reader)
    {
        var keys = RowCodec<K>.Instance;
        var accumulators = StateCodec<A>.Instance;
        int n = reader.ReadCount();
        Groups.Clear();
        Groups.EnsureCapacity(n);
        for (int i = 0; i < n; i++)
        {
            var key = keys.Read(ref reader);
            ref var group = ref Groups.GetOrAdd(key, out bool existed);
            if (existed) throw reader.Corrupt("duplicate aggregate group");
            group.Accumulator = accumulators.Read(ref reader);
            group.Weight = reader.ReadVarInt64();
        }
    }
}
