using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>Δdistinct = distinct(I(Δx)) − distinct(z⁻¹(I(Δx))), touching only rows of Δx. State: the integral of the input.</summary>
public sealed record DistinctOperator(int Source, StreamType Type) : Operator([Source], Type), IIncremental, IStateful
{
    public override string Kind => "distinct";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
