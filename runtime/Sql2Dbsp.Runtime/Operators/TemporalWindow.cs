using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// Which bounds a temporal filter has and whether they include their value: rows pass when
/// <c>lower ≤ key</c> (or <c>&lt;</c>) and <c>key ≤ upper</c> (or <c>&lt;</c>), the bounds being computed from the clock.
/// </summary>
/// <param name="HasLower">The filter has a lower bound (<c>key &gt;= f(NOW())</c> or <c>key &gt; f(NOW())</c>).</param>
/// <param name="LowerInclusive">The lower bound itself passes.</param>
/// <param name="HasUpper">The filter has an upper bound.</param>
/// <param name="UpperInclusive">The upper bound itself passes.</param>
public readonly record struct TemporalWindow(bool HasLower, bool LowerInclusive, bool HasUpper, bool UpperInclusive)
{
    /// <summary>Whether <paramref name="key"/> lies in the window [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    internal bool Contains<K>(in K key, in K lower, in K upper) where K : struct, IRow<K>
    {
        if (HasLower)
        {
            int c = K.Compare(key, lower);
            if (c < 0 || c == 0 && !LowerInclusive) return false;
        }
        if (HasUpper)
        {
            int c = K.Compare(key, upper);
            if (c > 0 || c == 0 && !UpperInclusive) return false;
        }
        return true;
    }
}
