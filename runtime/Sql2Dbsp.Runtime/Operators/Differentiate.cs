using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Differentiate: <c>D(x)[t] = x[t] − x[t−1]</c> (with <c>x[−1] = 0</c>), i.e. <c>D(s) = s − z⁻¹(s)</c>.</summary>
/// <remarks>State: <see cref="DelayState{T}"/>, the previous input. Linear. Inverse of <see cref="IntegrateOperator{T}"/>.</remarks>
internal sealed class DifferentiateOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;
    private readonly DelayState<T> _state = new();

    public DifferentiateOperator(Stream<T> input, Stream<T> output, string id) : base("Differentiate", id)
    {
        _input = input;
        _output = output;
    }

    public override object State => _state;

    public override void Eval()
    {
        var x = _input.Value;
        _output.Value = ZSet<T>.Subtract(x, _state.Previous);
        _state.Previous = x;
    }
}
