using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Constant: the stream <c>c, c, c, …</c> (the same Z-set every step).</summary>
/// <remarks>Stateless. Its incremental form is <see cref="ConstantOnceOperator{T}"/> (<c>D(c, c, …) = c, 0, 0, …</c>).</remarks>
internal sealed class ConstantOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly ZSet<T> _value;
    private readonly Stream<T> _output;

    public ConstantOperator(ZSet<T> value, Stream<T> output) : base("Constant")
    {
        _value = value;
        _output = output;
    }

    public override void Eval() => _output.Value = _value;
}
