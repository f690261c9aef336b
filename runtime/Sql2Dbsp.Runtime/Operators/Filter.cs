using System.Buffers;
using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Filter: <c>σ_F(x) = Σ_{(r, w) ∈ x, F(r)} w · {r}</c>. Keeps the order, so the output of a consolidated input is
/// consolidated without sorting (when every row is kept the input Z-set itself is returned); the output of an
/// unconsolidated input stays so when every reader accepts that, filtered in place when the filter is the input's
/// only reader.
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
        var s = _input.Entries(out bool consolidated);
        if (!consolidated && _input.Consumers == 1)
        {
            // The only reader of an unconsolidated value owns it for the rest of the step: compact it in place.
            var raw = _input.Raw!;
            int kept = 0;
            for (int i = 0; i < s.Length; i++)
                if (F.Keep(raw[i].Row)) raw[kept++] = raw[i];
            Emit(raw, kept);
            return;
        }
        // Mark the kept rows first, so the output is allocated at its size (a selective filter over a large step
        // would otherwise allocate for every input row).
        var keep = ArrayPool<bool>.Shared.Rent(s.Length);
        try
        {
            int count = 0;
            for (int i = 0; i < s.Length; i++)
            {
                bool k = F.Keep(s[i].Row);
                keep[i] = k;
                if (k) count++;
            }
            if (consolidated && count == s.Length)
            {
                _output.SetValue(_input.Value);
                return;
            }
            var output = ZSet<T>.NewArray(count);
            int j = 0;
            for (int i = 0; i < s.Length; i++)
                if (keep[i]) output[j++] = s[i];
            if (consolidated) _output.SetValue(ZSet<T>.FromConsolidated(output, count));
            else Emit(output, count);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(keep);
        }
    }

    /// <summary>Sets unconsolidated kept entries as the output, consolidating them for a reader that needs it.</summary>
    private void Emit(ZEntry<T>[] kept, int count)
    {
        if (_output.AcceptsRaw)
        {
            _output.SetRaw(kept, count);
            return;
        }
        int n = ZSetBuilder<T>.Consolidate(kept.AsSpan(0, count));
        _output.SetValue(ReferenceEquals(kept, _input.Raw) ? ZSet<T>.CopyConsolidated(kept.AsSpan(0, n)) : ZSet<T>.FromConsolidated(kept, n));
    }
}
