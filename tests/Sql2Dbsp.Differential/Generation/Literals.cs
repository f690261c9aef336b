using System.Globalization;

namespace Sql2Dbsp.Differential.Generation;

/// <summary>SQL literals for generated values, valid in both dialects.</summary>
internal static class Literals
{
    /// <summary>A literal for a value (<c>NULL</c> for null); negative numbers are parenthesized.</summary>
    public static string Sql(object? value) => value switch
    {
        null => "NULL",
        bool b => b ? "TRUE" : "FALSE",
        int or long => Paren(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        decimal d => Paren(d.ToString(CultureInfo.InvariantCulture)),
        // A bare 0.25 is NUMERIC in PostgreSQL but must be DOUBLE here; 1e0-style literals are NUMERIC in PostgreSQL.
        double d => $"CAST({d.ToString("R", CultureInfo.InvariantCulture)} AS DOUBLE PRECISION)",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        DateOnly d => $"DATE '{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'",
        _ => throw new ArgumentException($"no literal for {value.GetType().Name}"),
    };

    private static string Paren(string number) => number.StartsWith('-') ? "(" + number + ")" : number;
}
