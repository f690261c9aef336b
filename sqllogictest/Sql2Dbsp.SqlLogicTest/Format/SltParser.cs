using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sql2Dbsp.SqlLogicTest.Format;

/// <summary>
/// Parses the sqllogictest format as SQLite's reference runner reads it: lines lose a trailing <c>\r</c>; lines that
/// begin with <c>#</c> are dropped wherever they are (they do not end a record); a record is a maximal group of
/// non-blank lines; a record may start with <c>skipif</c>/<c>onlyif</c> lines, of which only the first tokens count.
/// </summary>
internal static partial class SltParser
{
    /// <summary>The SQL and the expected values of a query are separated by this line.</summary>
    public const string ResultSeparator = "----";

    /// <summary>Reads and parses a file.</summary>
    public static SltFile ParseFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses the text of a file; never throws on malformed content (see <see cref="InvalidRecord"/>).</summary>
    public static SltFile Parse(string text, string path)
    {
        var records = ImmutableArray.CreateBuilder<SltRecord>();
        var group = new List<(int Number, string Text)>();
        int number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            string line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (line.StartsWith('#')) continue;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (group.Count > 0) records.Add(ParseRecord(group));
                group.Clear();
                continue;
            }
            group.Add((number, line));
        }
        if (group.Count > 0) records.Add(ParseRecord(group));
        return new SltFile(path, records.ToImmutable());
    }

    private static SltRecord ParseRecord(List<(int Number, string Text)> lines)
    {
        int first = lines[0].Number, last = lines[^1].Number;
        var conditions = ImmutableArray.CreateBuilder<Condition>();
        int i = 0;
        for (; i < lines.Count; i++)
        {
            var tokens = Tokens(lines[i].Text);
            if (tokens[0] is not ("skipif" or "onlyif")) break;
            if (tokens.Length < 2)
                return new InvalidRecord(first, lines[i].Number, last, conditions.ToImmutable(), $"'{tokens[0]}' needs an engine name", StopsFile: false);
            conditions.Add(new Condition(tokens[0] == "onlyif", tokens[1]));
        }
        var conds = conditions.ToImmutable();
        if (i == lines.Count)
            return new InvalidRecord(first, lines[^1].Number, last, conds, "a record holds only conditions", StopsFile: false);

        int line = lines[i].Number;
        var words = Tokens(lines[i].Text);
        var body = lines.Skip(i + 1).Select(l => l.Text).ToList();
        switch (words[0])
        {
            case "statement":
                if (words.Length < 2 || words[1] is not ("ok" or "error"))
                    return new InvalidRecord(first, line, last, conds, "'statement' must be followed by 'ok' or 'error'", StopsFile: false);
                if (body.Count == 0)
                    return new InvalidRecord(first, line, last, conds, "a statement record has no SQL", StopsFile: false);
                return new StatementRecord(first, line, last, conds, words[1] == "error", string.Join('\n', body));

            case "query":
                return ParseQuery(first, line, last, conds, words, body);

            case "hash-threshold":
                if (words.Length < 2 || !int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out int threshold))
                    return new InvalidRecord(first, line, last, conds, "'hash-threshold' needs a non-negative integer", StopsFile: false);
                return new HashThresholdRecord(first, line, last, conds, threshold);

            case "halt":
                return new HaltRecord(first, line, last, conds);

            default:
                return new InvalidRecord(first, line, last, conds, $"unknown record type '{words[0]}'", StopsFile: true);
        }
    }

    private static SltRecord ParseQuery(int first, int line, int last, ImmutableArray<Condition> conds, string[] words, List<string> body)
    {
        if (words.Length < 2)
            return new InvalidRecord(first, line, last, conds, "'query' needs a type string such as 'III'", StopsFile: false);
        string types = words[1];
        if (types.Any(c => c is not ('I' or 'R' or 'T')))
            return new InvalidRecord(first, line, last, conds, $"invalid type string '{types}': use one of I, R, T per column", StopsFile: false);

        var sort = SortMode.NoSort;
        string? label = null;
        if (words.Length >= 3 && !words[2].StartsWith('#'))
        {
            switch (words[2])
            {
                case "nosort": sort = SortMode.NoSort; break;
                case "rowsort": sort = SortMode.RowSort; break;
                case "valuesort": sort = SortMode.ValueSort; break;
                default:
                    return new InvalidRecord(first, line, last, conds, $"unknown sort mode '{words[2]}'", StopsFile: false);
            }
            if (words.Length >= 4 && !words[3].StartsWith('#')) label = words[3];
        }

        int separator = body.IndexOf(ResultSeparator);
        var sqlLines = separator < 0 ? body : body[..separator];
        if (sqlLines.Count == 0)
            return new InvalidRecord(first, line, last, conds, "a query record has no SQL", StopsFile: false);
        var resultLines = separator < 0 ? [] : body[(separator + 1)..];
        return new QueryRecord(first, line, last, conds, types, sort, label, string.Join('\n', sqlLines), ParseExpected(resultLines));
    }

    /// <summary>Either one <c>N values hashing to H</c> line or the values themselves, one per line.</summary>
    internal static ExpectedResult ParseExpected(List<string> lines)
    {
        if (lines.Count == 1 && HashLine().Match(lines[0]) is { Success: true } m &&
            int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            return new ExpectedHash(count, m.Groups[2].Value.ToLowerInvariant());
        return new ExpectedValues([.. lines]);
    }

    /// <summary>The whitespace-separated words of a control line.</summary>
    private static string[] Tokens(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^\s*(\d+) values hashing to ([0-9a-fA-F]{32})\s*$")]
    private static partial Regex HashLine();
}
