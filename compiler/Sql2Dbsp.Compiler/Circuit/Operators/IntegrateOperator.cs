using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>I(x)[t] = Σ_{s ≤ t} x[s]. Linear; state: the running sum.</summary>
public sealed record IntegrateOperator(int Source, StreamType Type) : Operator([Source], Type), ILinear, IStateful
{
    public override string Kind => "integrate";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
