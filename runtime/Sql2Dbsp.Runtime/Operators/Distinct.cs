using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Distinct (non-incremental): <c>distinct(x) = Σ_{(r, w) ∈ x, w &gt; 0} 1 · {r}</c>, the rows with positive weight,
/// each with weight 1 (SELECT DISTINCT, UNION, set semantics).
/// </summary>
/// <remarks>Stateless, not linear. Keeps the order; returns the input itself when it is already a set.</remarks>
internal sealed class DistinctOperator<T> : Operator where T : struct, IRow<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;

    public DistinctOperator(Stream<T> input, Stream<T> output) : base("Distinct")
    {
        _input = input;
        _output = output;
    }

    public override void Eval() => _output.Value = Apply(_input.Value);

    public static ZSet<T> Apply(ZSet<T> x)
    {
        var s = x.Entries;
        int first = 0;
        while (first < s.Length && s[first].Weight == 1) first++;
        if (first == s.Length) return x;
        var result = new ZEntry<T>[s.Length];
        s[..first].CopyTo(result);
        int k = first;
        for (int i = first; i < s.Length; i++)
        {
            if (s[i].Weight > 0) result[k++] = new ZEntry<T>(s[i].Row, 1);
        }
        return ZSet<T>.FromConsolidated(result, k);
    }
}
