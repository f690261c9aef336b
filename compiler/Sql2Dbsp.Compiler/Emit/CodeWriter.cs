using System.Text;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>
/// An indented text writer for generated C#: four spaces per level, <c>\n</c> newlines regardless of the platform,
/// no trailing whitespace. <see cref="Block"/> opens a braced block that closes when disposed.
/// </summary>
public sealed class CodeWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder text = new();
    private int indent;
    private bool atLineStart = true;

    public int Indent => indent;

    /// <summary>Writes text on the current line (indenting first if the line is empty). Must not contain newlines.</summary>
    public CodeWriter Write(string s)
    {
        if (s.Length == 0) return this;
        if (atLineStart)
        {
            for (int i = 0; i < indent; i++) text.Append(IndentUnit);
            atLineStart = false;
        }
        text.Append(s);
        return this;
    }

    /// <summary>Writes a line; an empty line gets no indentation. Multi-line text is split and each line indented.</summary>
    public CodeWriter Line(string s = "")
    {
        if (s.Contains('\n'))
        {
            foreach (var part in s.Split('\n')) Line(part);
            return this;
        }
        Write(s);
        text.Append('\n');
        atLineStart = true;
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (if any), then <c>{</c>, and indents until the returned scope is disposed (<c>}</c> + <paramref name="closing"/>).</summary>
    public Scope Block(string? header = null, string closing = "")
    {
        if (header is not null) Line(header);
        Line("{");
        indent++;
        return new Scope(this, "}" + closing);
    }

    /// <summary>Indents by one level until the returned scope is disposed (no braces).</summary>
    public Scope Indented()
    {
        indent++;
        return new Scope(this, null);
    }

    public override string ToString() => text.ToString();

    public readonly struct Scope : IDisposable
    {
        private readonly CodeWriter writer;
        private readonly string? closing;

        internal Scope(CodeWriter writer, string? closing)
        {
            this.writer = writer;
            this.closing = closing;
        }

        public void Dispose()
        {
            writer.indent--;
            if (closing is not null) writer.Line(closing);
        }
    }
}
