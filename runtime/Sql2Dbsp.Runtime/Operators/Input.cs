using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Input: the source of a table's delta stream. Each step, its output is the consolidation of the rows pushed into
/// its <see cref="InputHandle{T}"/> since the previous step (taken by the circuit at the start of the step).
/// </summary>
/// <remarks>State: none of its own (the pending buffer lives in the handle). Consolidating the input can fail
/// (weight overflow), which fails the step like any other operator.</remarks>
internal sealed class InputOperator<T> : Operator where T : struct, IRowValues<T>
{
    private readonly InputHandle<T> _handle;
    private readonly Stream<T> _output;

    public InputOperator(InputHandle<T> handle, Stream<T> output) : base("Input")
    {
        _handle = handle;
        _output = output;
    }

    public override void Eval() => _output.Value = _handle.BuildTaken();
}
