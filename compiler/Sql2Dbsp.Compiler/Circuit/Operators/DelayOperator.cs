using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>z⁻¹(x)[t] = x[t−1], empty at t = 0. Linear; state: the previous value.</summary>
public sealed record DelayOperator(int Source, StreamType Type) : Operator([Source], Type), ILinear, IStateful
{
    public override string Kind => "delay";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
