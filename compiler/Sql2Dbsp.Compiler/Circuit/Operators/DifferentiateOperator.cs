using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>D(x)[t] = x[t] − x[t−1]. Linear; state: the previous value.</summary>
public sealed record DifferentiateOperator(int Source, StreamType Type) : Operator([Source], Type), ILinear, IStateful
{
    public override string Kind => "differentiate";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
