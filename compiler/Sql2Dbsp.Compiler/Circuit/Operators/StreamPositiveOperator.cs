using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>pos(x) = Σ_{x[r] &gt; 0} x[r]·{r}: negative weights clamped to 0, on the current value (EXCEPT ALL). Non-incremental form.</summary>
public sealed record StreamPositiveOperator(int Source, StreamType Type) : Operator([Source], Type), INonIncremental
{
    public override string Kind => "stream-positive";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Source = inputs[0], Inputs = inputs };
}
