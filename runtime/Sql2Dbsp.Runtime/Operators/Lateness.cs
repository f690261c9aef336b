using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Lateness: drops a table's late changes. The input is the table's change stream indexed by its LATENESS column
/// (value = the row); <typeparamref name="W"/> maps a column value v to its waterline v − lateness. With M the largest
/// value among the insertions accepted in earlier steps, a change whose value is below W(M) is dropped and counted;
/// the others pass, and M grows with this step's accepted insertions. The waterline therefore moves once per step
/// (Feldera's "soft bound": records within one step are never late relative to each other) and never goes back.
/// </summary>
/// <remarks>
/// State: <see cref="LatenessState{K}"/>, M and the number of dropped changes, O(1). The result depends only on the
/// sequence of input steps, so replaying a journal or restoring a checkpoint gives the same drops.
/// </remarks>
internal sealed class LatenessOperator<K, V, W> : Operator
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where W : IMapFunction<K, K>
{
    private readonly Stream<KV<K, V>> _input;
    private readonly Stream<V> _output;
    private readonly LatenessState<K> _state = new();

    public LatenessOperator(Stream<KV<K, V>> input, Stream<V> output, string id) : base("Lateness", id)
    {
        _input = input;
        _output = output;
    }

    public override object State => _state;

    /// <summary>Changes dropped so far (readable from any thread).</summary>
    public long Dropped => _state.Dropped;

    public override void Eval()
    {
        var state = _state;
        var dx = _input.Value;
        bool hasMax = state.HasMax;
        K max = state.Max;
        K waterline = hasMax ? W.Map(max) : default;
        var result = new ZSetBuilder<V>(dx.Count);
        long dropped = 0;
        foreach (ref readonly var e in dx.Entries)
        {
            if (hasMax && K.Compare(e.Row.Key, waterline) < 0)
            {
                dropped = checked(dropped + Math.Abs(e.Weight));
                continue;
            }
            result.Add(e.Row.Value, e.Weight);
            if (e.Weight > 0 && (!state.HasMax || K.Compare(e.Row.Key, state.Max) > 0))
            {
                state.Max = e.Row.Key;
                state.HasMax = true;
            }
        }
        if (dropped > 0) state.AddDropped(dropped);
        _output.Value = result.Build();
    }
}

/// <summary>State of <see cref="LatenessOperator{K, V, W}"/>: the largest accepted value and the count of dropped changes.</summary>
internal sealed class LatenessState<K> : IOperatorState where K : struct, IRow<K>
{
    private long _dropped;

    public K Max { get; set; }
    public bool HasMax { get; set; }

    /// <summary>Read by hosts while the circuit steps, hence the atomic access.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void AddDropped(long count) => Interlocked.Add(ref _dropped, count);

    public void Save(ref StateWriter writer)
    {
        writer.WriteBool(HasMax);
        if (HasMax) RowCodec<K>.Instance.Write(ref writer, Max);
        writer.WriteInt64(Dropped);
    }

    public void Load(ref StateReader reader)
    {
        HasMax = reader.ReadBool();
        Max = HasMax ? RowCodec<K>.Instance.Read(ref reader) : default;
        Interlocked.Exchange(ref _dropped, reader.ReadInt64());
    }
}
