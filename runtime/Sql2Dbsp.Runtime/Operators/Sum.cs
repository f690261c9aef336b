using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>Sum: <c>x₁ + x₂ + … + xₙ</c> (UNION ALL), merged pairwise; an empty input list gives the empty Z-set.</summary>
/// <remarks>Linear and stateless.</remarks>
internal sealed class SumOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T>[] _inputs;
    private readonly Stream<T> _output;

    public SumOperator(Stream<T>[] inputs, Stream<T> output) : base("Sum")
    {
        _inputs = inputs;
        _output = output;
    }

    public override void Eval()
    {
        var acc = ZSet<T>.Empty;
        foreach (var s in _inputs) acc = ZSet<T>.Add(acc, s.Value);
        _output.Value = acc;
    }
}
