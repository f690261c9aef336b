using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// ConstantOnce: the stream <c>c, 0, 0, …</c> = <c>D(c, c, c, …)</c>, the incremental form of a constant (e.g. a view
/// over <c>VALUES</c>): it emits its value at its first step and the empty Z-set afterwards.
/// </summary>
/// <remarks>State: whether the value was emitted (<see cref="ConstantOnceState"/>); a restored circuit must not emit it again.</remarks>
internal sealed class ConstantOnceOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly ZSet<T> _value;
    private readonly Stream<T> _output;
    private readonly ConstantOnceState _state = new();

    public ConstantOnceOperator(ZSet<T> value, Stream<T> output, string id) : base("ConstantOnce", id)
    {
        _value = value;
        _output = output;
    }

    public override object State => _state;

    public override void Eval()
    {
        if (_state.Emitted)
        {
            _output.Value = ZSet<T>.Empty;
            return;
        }
        _output.Value = _value;
        _state.Emitted = true;
    }
}

/// <summary>State of <see cref="ConstantOnceOperator{T}"/>.</summary>
internal sealed class ConstantOnceState : IOperatorState
{
    public bool Emitted;

    public void Save(ref StateWriter writer) => writer.WriteBool(Emitted);

    public void Load(ref StateReader reader) => Emitted = reader.ReadBool();
}
