namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>Which bounds a temporal filter has and whether each includes its value.</summary>
public sealed record TemporalWindowSpec(bool HasLower, bool LowerInclusive, bool HasUpper, bool UpperInclusive)
{
    public override string ToString() =>
        (HasLower ? LowerInclusive ? "[lower" : "(lower" : "(-∞") + ", " + (HasUpper ? UpperInclusive ? "upper]" : "upper)" : "+∞)");
}
