using System.Text;
using Sql2Dbsp.Differential.Generation;

namespace Sql2Dbsp.Differential.Reporting;

/// <summary>
/// Writes a failure as a sqllogictest file the repository's runner executes: the tables, their rows as INSERT
/// statements, the change statements (when the failure needs the history), and the query (in our dialect) with
/// PostgreSQL's answer as the expected result, every column as text (<c>T</c>) and rows sorted (<c>rowsort</c>).
/// </summary>
internal static class SltWriter
{
    public static string Render(IEnumerable<string> comments, IReadOnlyList<Table> tables, IReadOnlyList<IReadOnlyList<object?[]>> rows,
        IEnumerable<string> changes, Query query, IReadOnlyList<string?[]> expected)
    {
        var sb = new StringBuilder();
        foreach (var line in comments) sb.Append("# ").Append(line.ReplaceLineEndings(" ")).Append('\n');
        sb.Append("# The expected result is PostgreSQL 15's.\n\nhash-threshold 0\n");
        for (int t = 0; t < tables.Count; t++)
        {
            Statement(sb, tables[t].CreateStatement);
            if (rows[t].Count > 0)
                Statement(sb, $"INSERT INTO {tables[t].Name} VALUES " + string.Join(", ", rows[t].Select(r => "(" + string.Join(", ", r.Select(Literals.Sql)) + ")")));
        }
        foreach (var change in changes) Statement(sb, change);

        sb.Append("\nquery ").Append('T', query.Arity).Append(" rowsort\n").Append(query.Sql.Ours).Append("\n----\n");
        var rendered = expected.Select(r => r.Select(Render).ToArray()).ToArray();
        Array.Sort(rendered, (a, b) =>
        {
            for (int i = 0; i < a.Length; i++)
            {
                int c = string.CompareOrdinal(a[i], b[i]);
                if (c != 0) return c;
            }
            return 0;
        });
        foreach (var value in rendered.SelectMany(r => r)) sb.Append(value).Append('\n');
        return sb.ToString();
    }

    private static void Statement(StringBuilder sb, string sql) => sb.Append("\nstatement ok\n").Append(sql).Append('\n');

    /// <summary>The runner's text rendering: NULL, <c>(empty)</c> for the empty string, else the text.</summary>
    private static string Render(string? value) => value switch
    {
        null => "NULL",
        "" => "(empty)",
        _ => value,
    };
}
