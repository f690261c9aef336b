namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>x − y. Linear.</summary>
public sealed record MinusOperator(int Left, int Right, StreamType Type) : Operator([Left, Right], Type), ILinear
{
    public override string Kind => "minus";
}
