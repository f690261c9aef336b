using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>−x: negates every weight. Linear.</summary>
public sealed record NegateOperator(int Source, StreamType Type) : Operator([Source], Type), ILinear
{
    public override string Kind => "negate";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
