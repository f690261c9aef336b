using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Distinct (non-incremental): <c>distinct(x) = Σ_{(r, w) ∈ x, w &gt; 0} 1 · {r}</c>, the rows with positive weight,
/// each with weight 1 (SELECT DISTINCT, UNION, set semantics). With <c>keepWeights</c> it is the positive part
/// <c>pos(x) = Σ_{(r, w) ∈ x, w &gt; 0} w · {r}</c> instead (EXCEPT ALL, INTERSECT ALL).
/// </summary>
/// <remarks>Stateless, not linear. Keeps the order; returns the input itself when nothing changes.</remarks>
internal sealed class DistinctOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;
    private readonly bool _keepWeights;

    public DistinctOperator(Stream<T> input, Stream<T> output, bool keepWeights = false) : base(keepWeights ? "Positive" : "Distinct")
    {
        _input = input;
        _output = output;
        _keepWeights = keepWeights;
    }

    public override void Eval() => _output.Value = Apply(_input.Value, _keepWeights);

    public static ZSet<T> Apply(ZSet<T> x, bool keepWeights = false)
    {
        var s = x.Entries;
        int first = 0;
        while (first < s.Length && (keepWeights ? s[first].Weight > 0 : s[first].Weight == 1)) first++;
        if (first == s.Length) return x;
        var result = new ZEntry<T>[s.Length];
        s[..first].CopyTo(result);
        int k = first;
        for (int i = first; i < s.Length; i++)
        {
            if (s[i].Weight > 0) result[k++] = new ZEntry<T>(s[i].Row, keepWeights ? s[i].Weight : 1);
        }
        return ZSet<T>.FromConsolidated(result, k);
    }
}
