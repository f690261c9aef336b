using System.Collections.Immutable;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>x₁ + x₂ + … (Z-set addition). Linear.</summary>
public sealed record SumOperator(ImmutableArray<int> Sources, StreamType Type) : Operator(Sources, Type), ILinear
{
    public override string Kind => "sum";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Sources = inputs, Inputs = inputs };
}
