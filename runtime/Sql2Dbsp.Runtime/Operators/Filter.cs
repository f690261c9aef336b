using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Filter: <c>σ_F(x) = Σ_{(r, w) ∈ x, F(r)} w · {r}</c>. Keeps the order, so the output is consolidated without
/// sorting; when every row is kept the input Z-set itself is returned.
/// </summary>
/// <remarks>Linear and stateless: <c>σ(Δx) = Δ(σ(x))</c>.</remarks>
internal sealed class FilterOperator<T, F> : Operator
    where T : struct, IRow<T>
    where F : IFilterFunction<T>
{
    private readonly Stream<T> _input;
    private readonly Stream<T> _output;

    public FilterOperator(Stream<T> input, Stream<T> output) : base("Filter")
    {
        _input = input;
        _output = output;
    }

    public override void Eval()
    {
        var x = _input.Value;
        var s = x.Entries;
        int first = 0;
        while (first < s.Length && F.Keep(s[first].Row)) first++;
        if (first == s.Length)
        {
            _output.Value = x;
            return;
        }
        var kept = new ZEntry<T>[s.Length - 1];
        s[..first].CopyTo(kept);
        int k = first;
        for (int i = first + 1; i < s.Length; i++)
        {
            if (F.Keep(s[i].Row)) kept[k++] = s[i];
        }
        _output.Value = ZSet<T>.FromConsolidated(kept, k);
    }
}
