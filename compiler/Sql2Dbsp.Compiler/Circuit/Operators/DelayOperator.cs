namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>z⁻¹(x)[t] = x[t−1], empty at t = 0. Linear; state: the previous value.</summary>
public sealed record DelayOperator(int Source, StreamType Type) : Operator([Source], Type), ILinear, IStateful
{
    public override string Kind => "delay";
}
