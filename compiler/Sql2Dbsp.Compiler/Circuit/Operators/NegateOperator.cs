namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>−x: negates every weight. Linear.</summary>
public sealed record NegateOperator(int Source, StreamType Type) : Operator([Source], Type), ILinear
{
    public override string Kind => "negate";
}
