using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Traces;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Integrate: <c>I(x)[t] = Σ_{s ≤ t} x[s]</c>, the running sum; the output at step t is the consolidated integral.</summary>
/// <remarks>
/// State: <see cref="IntegrateState{T}"/>, a spine of the integral. Linear. Producing the full consolidated value
/// costs O(|I(x)|) in steps where the input is non-empty; otherwise the previous value is returned as is.
/// Inverse of <see cref="DifferentiateOperator{T}"/>: <c>D(I(x)) = I(D(x)) = x</c>.
/// </remarks>
internal sealed class IntegrateOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;
    private readonly IntegrateState<T> _state = new();

    public IntegrateOperator(Stream<T> input, Stream<T> output, string id) : base("Integrate", id)
    {
        _input = input;
        _output = output;
    }

    public override object State => _state;

    public override void Eval()
    {
        _state.Integral.Insert(_input.Value);
        _output.Value = _state.Integral.ToZSet();
    }
}

/// <summary>State of <see cref="IntegrateOperator{T}"/>.</summary>
internal sealed class IntegrateState<T> : IOperatorState where T : struct, IRow<T>
{
    public Spine<T> Integral { get; } = new();

    public void Save(ref StateWriter writer) => TraceStorage.WriteSpine(ref writer, Integral);

    public void Load(ref StateReader reader) => TraceStorage.ReadSpine(ref reader, Integral);
}
