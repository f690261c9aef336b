using System.Collections.Immutable;
namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>
/// Δσ = σ_W(Δx) + σ_{W∖W'}(z⁻¹I(x)) − σ_{W'∖W}(z⁻¹I(x)) for the new window W and the previous one W': only rows of the
/// change and rows whose key lies between the old and new value of a bound are touched. State: the integral of
/// <see cref="Data"/> ordered by key, and the last bounds.
/// </summary>
public sealed record TemporalFilterOperator(int Data, int Bounds, TemporalWindowSpec Window, StreamType Type)
    : Operator([Data, Bounds], Type), IIncremental, IStateful
{
    public override string Kind => "temporal-filter";
    public override Operator WithInputs(ImmutableArray<int> inputs) => this with { Data = inputs[0], Bounds = inputs[1], Inputs = inputs };
    public override string Describe() => Window.ToString();
}
