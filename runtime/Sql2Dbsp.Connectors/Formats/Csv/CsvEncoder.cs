using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Sql2Dbsp.Connectors.Values;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Formats.Csv;

/// <summary>Writes changes as CSV lines: the row's fields, then its weight (negative for a deletion).</summary>
internal sealed class CsvEncoder(RelationSchema schema, CsvFormat format) : IOutputEncoder
{
    private readonly int arity = schema.Arity;

    public string ContentType => "text/csv";

    public void Encode(IReadOnlyList<(object?[] Row, long Weight)> changes, IBufferWriter<byte> output)
    {
        foreach (var (row, weight) in changes)
        {
            for (int i = 0; i < arity; i++)
            {
                WriteField(output, row[i]);
                output.Write([format.Delimiter]);
            }
            var span = output.GetSpan(24);
            Utf8Formatter.TryFormat(weight, span, out int written);
            span[written++] = (byte)'\n';
            output.Advance(written);
        }
    }

    private void WriteField(IBufferWriter<byte> output, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                WriteString(output, s);
                return;
            case long or int or short or sbyte or bool or decimal or SqlDecimal:
                ValueFormatter.WriteText(output, value);
                return;
            default:
                WriteString(output, ValueFormatter.Text(value));
                return;
        }
    }

    private void WriteString(IBufferWriter<byte> output, string s)
    {
        // Quote the empty string (an empty unquoted field means NULL) and anything the parser would split on.
        bool quote = s.Length == 0 || s.AsSpan().IndexOfAny(['"', '\n', '\r', (char)format.Delimiter]) >= 0;
        if (!quote)
        {
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(s.Length));
            output.Advance(Encoding.UTF8.GetBytes(s, span));
            return;
        }
        string escaped = s.Replace("\"", "\"\"", StringComparison.Ordinal);
        var quoted = output.GetSpan(Encoding.UTF8.GetMaxByteCount(escaped.Length) + 2);
        quoted[0] = (byte)'"';
        int n = Encoding.UTF8.GetBytes(escaped, quoted[1..]);
        quoted[n + 1] = (byte)'"';
        output.Advance(n + 2);
    }
}
