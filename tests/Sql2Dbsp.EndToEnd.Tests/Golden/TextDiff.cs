using System.Text;

namespace Sql2Dbsp.EndToEnd.Tests.Golden;

/// <summary>
/// A line diff in unified style (<c>@@ -a,n +b,m @@</c> hunks with <c>-</c>/<c>+</c>/space lines), for golden-file
/// failure messages. It is an LCS over lines: generated files are a few hundred lines, so the quadratic table is small,
/// and an exact minimal diff reads better than "first difference at line N".
/// </summary>
internal static class TextDiff
{
    private const int Context = 3;

    /// <summary>
    /// The hunks that turn <paramref name="expected"/> into <paramref name="actual"/>, at most <paramref name="maxLines"/>
    /// lines of them (then a "... N more" line). Line endings are shown as <c>\r</c> when they differ only by CR.
    /// </summary>
    public static string Unified(string expected, string actual, string expectedName, string actualName, int maxLines = 60)
    {
        var a = SplitLines(expected);
        var b = SplitLines(actual);
        var edits = Edits(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(expectedName).Append('\n');
        sb.Append("+++ ").Append(actualName).Append('\n');
        int written = 0, omitted = 0;
        foreach (var hunk in Hunks(edits))
        {
            var (aStart, aCount, bStart, bCount) = HunkRange(edits, hunk.Start, hunk.End);
            string header = $"@@ -{aStart},{aCount} +{bStart},{bCount} @@";
            var lines = new List<string> { header };
            for (int i = hunk.Start; i < hunk.End; i++)
            {
                var e = edits[i];
                lines.Add(e.Kind switch
                {
                    ' ' => " " + Show(a[e.A]),
                    '-' => "-" + Show(a[e.A]),
                    _ => "+" + Show(b[e.B]),
                });
            }
            foreach (var line in lines)
            {
                if (written >= maxLines)
                {
                    omitted++;
                    continue;
                }
                sb.Append(line).Append('\n');
                written++;
            }
        }
        if (omitted > 0) sb.Append($"... {omitted} more diff line(s)\n");
        return sb.ToString();
    }

    private readonly record struct Edit(char Kind, int A, int B);

    /// <summary>Lines without their terminators; a trailing newline does not make an extra empty line.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static string Show(string line) => line.EndsWith('\r') ? line[..^1] + "\\r" : line;

    /// <summary>The edit script of a longest common subsequence, in order: keep (' '), delete ('-'), insert ('+').</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        // lcs[i, j] = length of the LCS of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal)) edits.Add(new Edit(' ', x++, y++));
            // Deletions first, so a replaced line reads as "-old" then "+new".
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) edits.Add(new Edit('-', x++, y));
            else edits.Add(new Edit('+', x, y++));
        }
        return edits;
    }

    /// <summary>Ranges of the edit script around changes, with <see cref="Context"/> kept lines either side; close changes share a hunk.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<Edit> edits)
    {
        int i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }
            int start = Math.Max(0, i - Context);
            int end = i;
            // Extend while the next change is within 2 × Context kept lines of the last one.
            while (end < edits.Count)
            {
                if (edits[end].Kind != ' ')
                {
                    end++;
                    continue;
                }
                int run = end;
                while (run < edits.Count && edits[run].Kind == ' ') run++;
                if (run < edits.Count && run - end <= 2 * Context) end = run;
                else
                {
                    end = Math.Min(run, end + Context);
                    break;
                }
            }
            yield return (start, end);
            i = end;
        }
    }

    /// <summary>1-based start lines and line counts of a hunk in both texts.</summary>
    private static (int AStart, int ACount, int BStart, int BCount) HunkRange(List<Edit> edits, int start, int end)
    {
        int aCount = 0, bCount = 0;
        for (int i = start; i < end; i++)
        {
            if (edits[i].Kind != '+') aCount++;
            if (edits[i].Kind != '-') bCount++;
        }
        return (edits[start].A + 1, aCount, edits[start].B + 1, bCount);
    }
}
