using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Input: the source of a table's delta stream. Each step, its output is the consolidation of the rows pushed into
/// its <see cref="InputHandle{T}"/> since the previous step (taken by the circuit at the start of the step), or those
/// rows as they came when every reader consolidates them itself (<see cref="Stream{T}.AcceptsRaw"/>).
/// </summary>
/// <remarks>State: none of its own (the pending buffer lives in the handle). Consolidating the input can fail
/// (weight overflow), which fails the step like any other operator.</remarks>
internal sealed class InputOperator<T> : Operator where T : struct, IRowValues<T>
{
    private readonly InputHandle<T> _handle;

    public InputOperator(InputHandle<T> handle, Stream<T> output) : base("Input")
    {
        _handle = handle;
        if (!ReferenceEquals(handle.Stream, output)) throw new ArgumentException("the output must be the handle's stream", nameof(output));
    }

    public override void Eval() => _handle.EmitTaken();
}
