using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Minus: <c>a − b = a + (−b)</c> in one merge pass (EXCEPT ALL before a distinct/positivity filter).</summary>
/// <remarks>Linear (in the pair) and stateless.</remarks>
internal sealed class MinusOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _left;
    private readonly Stream<T> _right;
    private readonly Stream<T> _output;

    public MinusOperator(Stream<T> left, Stream<T> right, Stream<T> output) : base("Minus")
    {
        _left = left;
        _right = right;
        _output = output;
    }

    public override void Eval() => _output.Value = ZSet<T>.Subtract(_left.Value, _right.Value);
}
