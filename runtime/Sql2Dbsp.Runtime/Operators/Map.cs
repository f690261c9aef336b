using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Map: <c>map_F(x) = Σ_{(r, w) ∈ x} w · {F(r)}</c>, consolidated (distinct rows may map to the same output row).
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
        var x = _input.Value;
        _builder.Clear();
        foreach (ref readonly var e in x.Entries) _builder.Add(F.Map(e.Row), e.Weight);
        _output.Value = _builder.Build();
    }
}
