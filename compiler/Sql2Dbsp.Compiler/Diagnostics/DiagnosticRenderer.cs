using System.Text;
using System.Text.Json;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Diagnostics;

/// <summary>Renders diagnostics as a compiler does (file:line:col, source line, caret) or as JSON for tools.</summary>
public static class DiagnosticRenderer
{
    public static string ToText(Diagnostic d, SourceText source)
    {
        var sb = new StringBuilder();
        string severity = d.Severity.ToString().ToLowerInvariant();
        if (d.Span.IsNone)
        {
            sb.Append(source.Path).Append(": ").Append(severity).Append(' ').Append(d.Code).Append(": ").Append(d.Message).Append('\n');
        }
        else
        {
            var (line, col) = source.LineColumn(d.Span.Offset);
            sb.Append(source.Path).Append(':').Append(line).Append(':').Append(col).Append(": ")
              .Append(severity).Append(' ').Append(d.Code).Append(": ").Append(d.Message).Append('\n');
            AppendCaret(sb, source, d.Span, line, col);
        }
        foreach (var note in d.Notes)
        {
            if (note.Span.IsNone) { sb.Append("  note: ").Append(note.Message).Append('\n'); continue; }
            var (nl, nc) = source.LineColumn(note.Span.Offset);
            sb.Append(source.Path).Append(':').Append(nl).Append(':').Append(nc).Append(": note: ").Append(note.Message).Append('\n');
            AppendCaret(sb, source, note.Span, nl, nc);
        }
        foreach (var help in d.Help) sb.Append("  help: ").Append(help).Append('\n');
        if (d.Kind == DiagnosticKind.Internal)
            sb.Append("  this is a bug in sql2dbsp; please report it with the program that triggered it\n");
        return sb.ToString();
    }

    public static string ToText(IEnumerable<Diagnostic> diagnostics, SourceText source) =>
        string.Concat(diagnostics.Select(d => ToText(d, source)));

    private static void AppendCaret(StringBuilder sb, SourceText source, SourceSpan span, int line, int col)
    {
        string text = source.LineText(line);
        string gutter = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        sb.Append(' ').Append(gutter).Append(" | ").Append(text.Replace('\t', ' ')).Append('\n');
        int width = Math.Max(1, Math.Min(span.Length, text.Length - (col - 1)));
        sb.Append(' ').Append(' ', gutter.Length).Append(" | ").Append(' ', col - 1).Append('^', width).Append('\n');
    }

    public static string ToJson(IEnumerable<Diagnostic> diagnostics, SourceText source)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                w.WriteString("kind", d.Kind switch
                {
                    DiagnosticKind.UserError => "user_error",
                    DiagnosticKind.Unsupported => "unsupported",
                    _ => "internal_error",
                });
                w.WriteString("code", d.Code);
                w.WriteString("message", d.Message);
                w.WriteString("file", source.Path);
                WriteSpan(w, d.Span, source);
                w.WriteStartArray("notes");
                foreach (var n in d.Notes)
                {
                    w.WriteStartObject();
                    w.WriteString("message", n.Message);
                    WriteSpan(w, n.Span, source);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("help");
                foreach (var h in d.Help) w.WriteStringValue(h);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteSpan(Utf8JsonWriter w, SourceSpan span, SourceText source)
    {
        if (span.IsNone) { w.WriteNull("span"); return; }
        var (l1, c1) = source.LineColumn(span.Offset);
        var (l2, c2) = source.LineColumn(span.End);
        w.WriteStartObject("span");
        w.WriteNumber("offset", span.Offset);
        w.WriteNumber("length", span.Length);
        w.WriteNumber("start_line", l1);
        w.WriteNumber("start_column", c1);
        w.WriteNumber("end_line", l2);
        w.WriteNumber("end_column", c2);
        w.WriteString("snippet", source.Slice(span));
        w.WriteEndObject();
    }
}
