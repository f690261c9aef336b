using Sql2Dbsp.Connectors.Values;

namespace Sql2Dbsp.Connectors.Formats.Csv;

/// <summary>
/// Parses CSV lines into insertions, span-based: fields are sliced out of the input and converted in place; only a
/// quoted field containing <c>""</c> is copied (to remove the doubled quotes). Quoted fields may contain delimiters
/// and line breaks.
/// </summary>
internal sealed class CsvParser : IInputParser
{
    private readonly RelationSchema schema;
    private readonly CsvFormat format;
    private readonly ColumnReader[] columns;
    private byte[] unescaped = new byte[256];
    private long records;
    private long line = 1;
    private bool skipLine;
    private bool headerPending;
    private bool started;

    public CsvParser(RelationSchema schema, CsvFormat format)
    {
        this.schema = schema;
        this.format = format;
        columns = [.. schema.Columns.Select(c => new ColumnReader(c))];
        headerPending = format.Headers;
    }

    public long Records => records;

    /// <inheritdoc/>
    public void StartsMidStream() => headerPending = false;

    public int Parse(ReadOnlySpan<byte> data, bool isFinal, ChangeBuffer output, List<ParseError> errors)
    {
        int pos = 0;
        if (!started && data.Length >= 3)
        {
            started = true;
            if (data.StartsWith("\uFEFF"u8)) pos = 3;
        }
        while (pos < data.Length && !output.IsFull)
        {
            int end = RecordEnd(data[pos..], out int lineBreaks);
            bool last = end < 0;
            if (last)
            {
                if (!isFinal) break;
                end = data.Length - pos;
            }
            var record = data.Slice(pos, end);
            pos += last ? end : end + 1;
            long recordLine = line;
            line += lineBreaks + (last ? 0 : 1);
            if (skipLine)
            {
                skipLine = false;
                continue;
            }
            if (!record.IsEmpty && record[^1] == (byte)'\r') record = record[..^1];
            if (record.IsEmpty) continue;
            if (headerPending)
            {
                headerPending = false;
                continue;
            }
            records++;
            output.CurrentRecord = records;
            int rowsBefore = output.Count;
            if (ParseRecord(record, output) is { } error)
            {
                output.Truncate(rowsBefore);
                errors.Add(new ParseError(records, recordLine, error));
            }
        }
        return pos;
    }

    public void SkipRecord(string reason, List<ParseError> errors)
    {
        records++;
        errors.Add(new ParseError(records, line, reason));
        skipLine = true;
    }

    /// <summary>
    /// The length of the first record (up to its line break outside quoted fields), or -1 when it is not complete. A
    /// quote opens a quoted field only at the start of a field, so a stray quote elsewhere cannot swallow later lines.
    /// </summary>
    private int RecordEnd(ReadOnlySpan<byte> data, out int lineBreaks)
    {
        lineBreaks = 0;
        int newline = data.IndexOf((byte)'\n');
        if ((newline < 0 ? data : data[..newline]).IndexOf((byte)'"') < 0) return newline;
        int i = 0;
        bool fieldStart = true;
        while (i < data.Length)
        {
            if (fieldStart && data[i] == (byte)'"')
            {
                i++;
                while (true)
                {
                    int quote = data[i..].IndexOf((byte)'"');
                    if (quote < 0) return -1;
                    lineBreaks += data.Slice(i, quote).Count((byte)'\n');
                    i += quote + 1;
                    // At the end of the data we cannot tell a closing quote from the first half of a doubled one.
                    if (i >= data.Length) return -1;
                    if (data[i] != (byte)'"') break;
                    i++;
                }
                fieldStart = false;
                continue;
            }
            int next = data[i..].IndexOfAny(format.Delimiter, (byte)'\n');
            if (next < 0) return -1;
            i += next;
            if (data[i] == (byte)'\n') return i;
            i++;
            fieldStart = true;
        }
        return -1;
    }

    private string? ParseRecord(ReadOnlySpan<byte> record, ChangeBuffer output)
    {
        var row = output.Add(ChangeKind.Insert);
        int pos = 0;
        for (int i = 0; i < columns.Length; i++)
        {
            if (pos > record.Length) return $"expected {columns.Length} fields, found {i}";
            if (ReadField(record, ref pos, out var field, out bool quoted) is { } syntax) return syntax;
            if (!columns[i].TryRead(field, quoted, out object? value, out string? error)) return error;
            if (value is null && !schema.Columns[i].Type.Nullable) return $"NULL (an empty field) for NOT NULL column '{schema.Columns[i].Name}'";
            row[i] = value;
        }
        if (pos <= record.Length) return $"expected {columns.Length} fields, found more";
        return null;
    }

    /// <summary>Reads the field at <paramref name="pos"/> and moves past its delimiter (past the end for the last field).</summary>
    private string? ReadField(ReadOnlySpan<byte> record, ref int pos, out ReadOnlySpan<byte> field, out bool quoted)
    {
        var rest = record[pos..];
        quoted = !rest.IsEmpty && rest[0] == (byte)'"';
        if (!quoted)
        {
            int delimiter = rest.IndexOf(format.Delimiter);
            int length = delimiter < 0 ? rest.Length : delimiter;
            field = rest[..length];
            if (field.Contains((byte)'"')) return "a quote inside an unquoted field (quote the whole field and double the quote)";
            pos += length + 1;
            return null;
        }
        int start = 1, len = 0;
        bool copy = false;
        for (int i = 1; ; )
        {
            int q = rest[i..].IndexOf((byte)'"');
            if (q < 0)
            {
                field = default;
                return "unterminated quoted field";
            }
            int segment = q;
            if (i + q + 1 < rest.Length && rest[i + q + 1] == (byte)'"')
            {
                // A doubled quote: keep one, copying the field so far into the scratch buffer.
                if (!copy)
                {
                    copy = true;
                    EnsureScratch(rest.Length);
                }
                rest.Slice(i, segment + 1).CopyTo(unescaped.AsSpan(len));
                len += segment + 1;
                i += q + 2;
                continue;
            }
            if (copy)
            {
                rest.Slice(i, segment).CopyTo(unescaped.AsSpan(len));
                len += segment;
                field = unescaped.AsSpan(0, len);
            }
            else field = rest.Slice(start, segment + i - start);
            int after = i + q + 1;
            if (after < rest.Length && rest[after] != format.Delimiter) return "unexpected text after a closing quote";
            pos += after + 1;
            return null;
        }
    }

    private void EnsureScratch(int length)
    {
        if (unescaped.Length < length) unescaped = new byte[Math.Max(length, unescaped.Length * 2)];
    }
}
