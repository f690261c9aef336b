namespace Sql2Dbsp.Differential.Generation;

/// <summary>
/// Constructs the generator can leave out. Each is a family of SQL that an engine bug was found in (see
/// docs/conformance.md); leaving one out lets a run look past a known bug until its fix lands. Nothing is left out
/// by default.
/// </summary>
[Flags]
internal enum Feature
{
    None = 0,

    /// <summary>CHAR(n) columns (padding, comparisons that ignore trailing spaces, CHAR to text conversions).</summary>
    Char = 1 << 0,

    /// <summary>DECIMAL(28, 10) columns and DECIMAL × DECIMAL, whose results need more than 28 digits.</summary>
    WideDecimal = 1 << 1,

    /// <summary>CONCAT(a, b) (skips NULL arguments).</summary>
    Concat = 1 << 2,

    /// <summary>DESC keys in ORDER BY ... LIMIT.</summary>
    OrderDesc = 1 << 3,

    /// <summary>String literals converted to other types (<c>CAST('12' AS INT)</c>, <c>date_col = '2024-01-01'</c>).</summary>
    LiteralConversion = 1 << 4,

    /// <summary>CAST of a DECIMAL to INT or to a DECIMAL of smaller scale (rounds half away from zero).</summary>
    DecimalRounding = 1 << 5,
}

/// <summary>Parsing and printing feature lists (<c>char,concat</c>).</summary>
internal static class Features
{
    public static Feature Parse(string list)
    {
        var result = Feature.None;
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            result |= Enum.TryParse<Feature>(part.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var f)
                ? f
                : throw new ArgumentException($"unknown feature '{part}' (known: {string.Join(", ", Enum.GetNames<Feature>().Skip(1))})");
        return result;
    }

    public static string Format(Feature features) =>
        features == Feature.None ? "none" : string.Join(",", Enum.GetValues<Feature>().Where(f => f != 0 && features.HasFlag(f)));
}
