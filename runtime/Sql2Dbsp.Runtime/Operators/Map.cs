using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Map: <c>map_F(x) = Σ_{(r, w) ∈ x} w · {F(r)}</c>, consolidated (distinct rows may map to the same output row)
/// unless every reader consolidates it itself.
/// </summary>
/// <remarks>Linear and stateless, so it is its own incremental version: <c>map(Δx) = Δ(map(x))</c>.</remarks>
internal sealed class MapOperator<TIn, TOut, F> : Operator
    where TIn : struct, IRow<TIn>
    where TOut : struct, IRow<TOut>
    where F : IMapFunction<TIn, TOut>
{
    private readonly Stream<TIn> _input;
    private readonly Stream<TOut> _output;
    private readonly ZSetBuilder<TOut> _builder = new();

    public MapOperator(Stream<TIn> input, Stream<TOut> output) : base("Map")
    {
        _input = input;
        _output = output;
    }

    public override void Eval()
    {
        var entries = _input.Entries(out _);
        _builder.Reset(entries.Length);
        foreach (ref readonly var e in entries) _builder.Add(F.Map(e.Row), e.Weight);
        if (_output.AcceptsRaw) _output.SetRaw(_builder.Buffer, _builder.Count);
        else _output.SetValue(_builder.Build());
    }
}
