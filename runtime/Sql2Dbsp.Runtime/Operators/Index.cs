using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Index: turns a Z-set into an indexed Z-set, <c>index_F(x) = Σ_{(r, w) ∈ x} w · {(k, v)}</c> where
/// <c>F(r) = (k, v)</c>; consolidated by key, then value.
/// </summary>
/// <remarks>Linear and stateless: <c>index(Δx) = Δ(index(x))</c>.</remarks>
internal sealed class IndexOperator<TIn, K, V, F> : Operator
    where TIn : struct, IRow<TIn>
    where K : struct, IRow<K>
    where V : struct, IRow<V>
    where F : IIndexFunction<TIn, K, V>
{
    private readonly Stream<TIn> _input;
    private readonly Stream<KV<K, V>> _output;
    private readonly ZSetBuilder<KV<K, V>> _builder = new();

    public IndexOperator(Stream<TIn> input, Stream<KV<K, V>> output) : base("Index")
    {
        _input = input;
        _output = output;
    }

    public override void Eval()
    {
        var x = _input.Value;
        _builder.Clear();
        KV<K, V> kv;
        foreach (ref readonly var e in x.Entries)
        {
            F.Split(e.Row, out kv.Key, out kv.Value);
            _builder.Add(kv, e.Weight);
        }
        _output.Value = _builder.Build();
    }
}
