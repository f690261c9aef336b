using System.Collections.Immutable;
using System.Globalization;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Differential.Running;

/// <summary>
/// Compares our engine's rows with PostgreSQL's as multisets. Values are brought to one canonical form by our
/// column's type: exact numbers (integers, DECIMAL) as their digits without trailing fraction zeros, so DECIMAL
/// compares exactly whatever scale each engine prints; DOUBLE as numbers equal within a relative tolerance of 1e-9;
/// booleans, strings and dates as PostgreSQL prints them.
/// </summary>
/// <remarks>
/// One allowance, for queries that deduplicate or rank values (<see cref="PaddingIsUnspecified"/>): values of a CHAR
/// without length (PostgreSQL's bpchar, the common type of CHAR values of different lengths or of CHAR and VARCHAR)
/// keep their own trailing blanks but compare without them, so when equal values with different padding meet in
/// DISTINCT, GROUP BY, UNION, INTERSECT, EXCEPT, MIN/MAX or an ORDER BY tie, which padding the answer shows is
/// PostgreSQL's first row read (ours: the least padded). Rows that match no other exactly may then match without
/// trailing blanks in those columns.
/// </remarks>
internal static class ResultComparer
{
    public const double RelativeTolerance = 1e-9;

    /// <summary>One canonical value: text, or a double (<see cref="IsDouble"/>); null text and not double is NULL.</summary>
    private readonly record struct Cell(string? Text, double Number, bool IsDouble)
    {
        public string Key => IsDouble ? Number.ToString("R", CultureInfo.InvariantCulture) : Text ?? "\0NULL";

        public bool Matches(Cell other) =>
            IsDouble && other.IsDouble ? Close(Number, other.Number) : IsDouble == other.IsDouble && Text == other.Text;

        public bool MatchesWithoutPadding(Cell other) =>
            !IsDouble && !other.IsDouble && Text?.TrimEnd(' ') == other.Text?.TrimEnd(' ');

        public override string ToString() => IsDouble ? Key : Text ?? "NULL";
    }

    private static bool Close(double a, double b) =>
        a.Equals(b) || Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>Null when equal, else a description of the difference (counts and a few rows on each side).</summary>
    public static string? Compare(ImmutableArray<SqlType> types, IReadOnlyList<object?[]> ours, IReadOnlyList<string?[]> theirs, bool paddingUnspecified = false)
    {
        var blankInsensitive = types.Select(t => paddingUnspecified && t.Kind == SqlTypeKind.Char && t.Precision < 0).ToArray();
        var left = ours.Select(r => r.Select((v, i) => Canonical(v, types[i].Kind)).ToArray()).ToList();
        var right = theirs.Select(r => r.Select((v, i) => Canonical(v, types[i].Kind)).ToArray()).ToList();

        // Exact matches by key first; what remains is matched with the tolerance.
        var remaining = new Dictionary<string, List<Cell[]>>(StringComparer.Ordinal);
        foreach (var row in right)
        {
            var key = Key(row);
            if (!remaining.TryGetValue(key, out var list)) remaining[key] = list = [];
            list.Add(row);
        }
        var unmatched = new List<Cell[]>();
        foreach (var row in left)
        {
            if (remaining.TryGetValue(Key(row), out var list) && list.Count > 0) list.RemoveAt(list.Count - 1);
            else unmatched.Add(row);
        }
        var extra = remaining.Values.SelectMany(l => l).ToList();
        var missing = new List<Cell[]>();
        foreach (var row in unmatched)
        {
            int match = extra.FindIndex(other => row.Length == other.Length &&
                row.Select((c, i) => blankInsensitive[i] ? c.MatchesWithoutPadding(other[i]) : c.Matches(other[i])).All(m => m));
            if (match >= 0) extra.RemoveAt(match);
            else missing.Add(row);
        }
        if (missing.Count == 0 && extra.Count == 0) return null;
        return $"{ours.Count} row(s) here, {theirs.Count} in PostgreSQL; only here: {Rows(missing)}; only in PostgreSQL: {Rows(extra)}";
    }

    /// <summary>
    /// Whether a query of this shape may deduplicate or rank values (every shape but plain selections and joins), where
    /// the padding a CHAR-without-length answer shows is PostgreSQL's first row read.
    /// </summary>
    public static bool PaddingIsUnspecified(string shape) => shape is not ("select" or "join");

    private static string Key(Cell[] row) => string.Join("\u0001", row.Select(c => c.Key));

    private static string Rows(List<Cell[]> rows) =>
        rows.Count == 0 ? "none" : string.Join(" ", rows.Take(5).Select(r => "(" + string.Join(", ", r.Select(c => c.ToString())) + ")")) +
                                   (rows.Count > 5 ? $" ... ({rows.Count} rows)" : "");

    private static Cell Canonical(object? value, SqlTypeKind kind)
    {
        if (value is null) return default;
        if (kind is SqlTypeKind.Double or SqlTypeKind.Real)
        {
            if (value is string s)
                return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? new(null, parsed, true) : new(s, 0, false);
            return new(null, Convert.ToDouble(value, CultureInfo.InvariantCulture), true);
        }
        string text = value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        bool exact = kind is SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt or SqlTypeKind.Decimal;
        return new(exact ? Number(text) : text, 0, false);
    }

    /// <summary>Exact digits without trailing fraction zeros (<c>1.50</c> and <c>1.5</c> are the same number).</summary>
    internal static string Number(string text)
    {
        if (text.Contains('.', StringComparison.Ordinal)) text = text.TrimEnd('0').TrimEnd('.');
        return text is "-0" or "" ? "0" : text;
    }
}
