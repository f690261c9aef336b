using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Delay: <c>z⁻¹(x)[t] = x[t−1]</c>, with the empty Z-set at the first step.</summary>
/// <remarks>State: <see cref="DelayState{T}"/>, the previous input (an immutable Z-set, shared, not copied). Linear.</remarks>
internal sealed class DelayOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;
    private readonly DelayState<T> _state = new();

    public DelayOperator(Stream<T> input, Stream<T> output, string id) : base("Delay", id)
    {
        _input = input;
        _output = output;
    }

    public override object State => _state;

    public override void Eval()
    {
        _output.Value = _state.Previous;
        _state.Previous = _input.Value;
    }
}

/// <summary>State of <see cref="DelayOperator{T}"/> and <see cref="DifferentiateOperator{T}"/>: the previous input.</summary>
internal sealed class DelayState<T> : IOperatorState where T : struct, IRow<T>
{
    public ZSet<T> Previous { get; set; } = ZSet<T>.Empty;

    public void Save(ref StateWriter writer) => TraceStorage.WriteZSet(ref writer, Previous);

    public void Load(ref StateReader reader) => Previous = TraceStorage.ReadZSet<T>(ref reader);
}
