using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>Δpos = pos(I(Δx)) − pos(z⁻¹(I(Δx))), touching only rows of Δx. State: the integral of the input.</summary>
public sealed record PositiveOperator(int Source, StreamType Type) : Operator([Source], Type), IIncremental, IStateful
{
    public override string Kind => "positive";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
