using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Negate: <c>−x</c>, every weight negated (checked).</summary>
/// <remarks>Linear and stateless.</remarks>
internal sealed class NegateOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;

    public NegateOperator(Stream<T> input, Stream<T> output) : base("Negate")
    {
        _input = input;
        _output = output;
    }

    public override void Eval() => _output.Value = _input.Value.Negate();
}
