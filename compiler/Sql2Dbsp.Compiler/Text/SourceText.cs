namespace Sql2Dbsp.Compiler.Text;

/// <summary>SQL program text with its file name and a lazily built line map.</summary>
public sealed class SourceText
{
    private int[]? lineStarts;

    public SourceText(string text, string path = "program.sql")
    {
        Text = text;
        Path = path;
    }

    public string Text { get; }
    public string Path { get; }

    /// <summary>1-based line and column of an offset (columns count UTF-16 code units, as editors do).</summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        var starts = LineStarts();
        offset = Math.Clamp(offset, 0, Text.Length);
        int index = Array.BinarySearch(starts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - starts[line] + 1);
    }

    /// <summary>The text of a 1-based line without its terminator.</summary>
    public string LineText(int line)
    {
        var starts = LineStarts();
        int start = starts[line - 1];
        int end = line < starts.Length ? starts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text[start..end];
    }

    /// <summary>Renders a span as <c>file.sql:LINE:COL</c> (the file alone for synthesized spans), as runtime errors show it.</summary>
    public string Location(SourceSpan span)
    {
        if (span.IsNone) return Path;
        var (line, col) = LineColumn(span.Offset);
        return $"{Path}:{line}:{col}";
    }

    public string Slice(SourceSpan span) =>
        span.IsNone ? "" : Text.Substring(Math.Min(span.Offset, Text.Length), Math.Min(span.Length, Text.Length - Math.Min(span.Offset, Text.Length)));

    private int[] LineStarts()
    {
        if (lineStarts is not null) return lineStarts;
        var starts = new List<int> { 0 };
        for (int i = 0; i < Text.Length; i++)
            if (Text[i] == '\n') starts.Add(i + 1);
        return lineStarts = starts.ToArray();
    }
}
