using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>x − y. Linear.</summary>
public sealed record MinusOperator(int Left, int Right, StreamType Type) : Operator([Left, Right], Type), ILinear
{
    public override string Kind => "minus";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Left = inputs[0], Right = inputs[1], Inputs = inputs };
}
