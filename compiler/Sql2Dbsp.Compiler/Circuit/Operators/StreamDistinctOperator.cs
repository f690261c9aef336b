using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>distinct(x) = Σ_{x[r] &gt; 0} {r}, on the current value. Non-incremental form.</summary>
public sealed record StreamDistinctOperator(int Source, StreamType Type) : Operator([Source], Type), INonIncremental
{
    public override string Kind => "stream-distinct";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
