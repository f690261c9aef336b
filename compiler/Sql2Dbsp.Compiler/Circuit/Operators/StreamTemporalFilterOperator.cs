using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// σ(x, b) = Σ_{(k ↦ r, w) ∈ x, lower(b) ≤ k ≤ upper(b)} w·{r}: the values of the indexed stream <see cref="Data"/> whose
/// key lies in the window of the one-row <see cref="Bounds"/> stream (lower bound ↦ upper bound, from the clock).
/// Non-incremental form.
/// </summary>
public sealed record StreamTemporalFilterOperator(int Data, int Bounds, TemporalWindowSpec Window, StreamType Type)
    : Operator([Data, Bounds], Type), INonIncremental
{
    public override string Kind => "stream-temporal-filter";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Data = inputs[0], Bounds = inputs[1], Inputs = inputs };
    public override string Describe() => Window.ToString();
}
