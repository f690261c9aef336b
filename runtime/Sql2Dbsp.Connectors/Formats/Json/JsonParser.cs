using System.Text.Json;
using Sql2Dbsp.Connectors.Json;
using Sql2Dbsp.Connectors.Values;

namespace Sql2Dbsp.Connectors.Formats.Json;

/// <summary>
/// Parses a stream of JSON values into table changes with <see cref="Utf8JsonReader"/>. Streaming works in two passes
/// over each chunk: a cheap scan finds where the last complete value ends, then that prefix is parsed as a final
/// block, so the (many) value readers never deal with a value cut in half. A malformed value is reported with its
/// line and the parser resumes on the next line, so one bad line in newline-delimited JSON costs one record.
/// </summary>
internal sealed class JsonParser : IInputParser
{
    private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true, MaxDepth = 64 };

    private readonly RelationSchema schema;
    private readonly JsonFormat format;
    private readonly ColumnReader[] columns;
    private readonly byte[][] names;
    private readonly bool[] isKey;
    private readonly List<(long Record, long Offset, string Message)> pending = [];
    private long records;
    private long line = 1;
    private bool skipLine;
    private bool started;
    private int knownComplete;

    public JsonParser(RelationSchema schema, JsonFormat format)
    {
        this.schema = schema;
        this.format = format;
        columns = [.. schema.Columns.Select(c => new ColumnReader(c))];
        names = [.. schema.Columns.Select(c => System.Text.Encoding.UTF8.GetBytes(c.Name))];
        isKey = new bool[schema.Arity];
        foreach (int k in schema.PrimaryKey) isKey[k] = true;
    }

    public long Records => records;

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
            if (skipLine)
            {
                int nl = data[pos..].IndexOf((byte)'\n');
                if (nl < 0)
                {
                    pos = data.Length;
                    break;
                }
                pos += nl + 1;
                line++;
                skipLine = false;
                continue;
            }
            int end = isFinal ? data.Length : pos + (knownComplete > 0 ? knownComplete : CompleteLength(data[pos..]));
            knownComplete = 0;
            if (end <= pos) break;
            pos = ParseValues(data, pos, end, output, errors);
            // Stopped early because the output filled: the rest of [pos, end) is already known to be complete.
            if (pos < end && !skipLine) knownComplete = end - pos;
        }
        return pos;
    }

    public void SkipRecord(string reason, List<ParseError> errors)
    {
        records++;
        errors.Add(new ParseError(records, line, reason));
        skipLine = true;
        knownComplete = 0;
    }

    /// <summary>Bytes at the start of <paramref name="span"/> that hold complete values (or a malformed line to report).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> span)
    {
        var reader = new Utf8JsonReader(span, isFinalBlock: false, new JsonReaderState(Options));
        int complete = 0;
        try
        {
            while (reader.Read())
            {
                if (!reader.TrySkip()) break;
                complete = (int)reader.BytesConsumed;
            }
            return complete;
        }
        catch (JsonException e)
        {
            // Include the malformed line so that parsing reaches it and reports it; without its end, wait for more.
            int errorAt = ErrorOffset(span, e);
            int nl = span[errorAt..].IndexOf((byte)'\n');
            return nl >= 0 ? errorAt + nl + 1 : complete;
        }
    }

    private int ParseValues(ReadOnlySpan<byte> data, int pos, int end, ChangeBuffer output, List<ParseError> errors)
    {
        var span = data[pos..end];
        var reader = new Utf8JsonReader(span, Options);
        int consumed = 0;
        while (!output.IsFull)
        {
            int rowsBefore = output.Count;
            long recordsBefore = records;
            long valueStart = -1;
            try
            {
                if (!reader.Read())
                {
                    consumed = span.Length;
                    break;
                }
                valueStart = reader.TokenStartIndex;
                ParseTopLevel(ref reader, output);
                consumed = (int)reader.BytesConsumed;
                Report(span, errors);
            }
            catch (JsonException e)
            {
                int errorAt = ErrorOffset(span, e);
                // The depth limit bounds the reader's work on hostile input; say so rather than quote the reader.
                string message = e.Message.Contains("maximum configured depth", StringComparison.Ordinal)
                    ? $"invalid JSON: nested deeper than {Options.MaxDepth} levels (the limit of JSON input)"
                    : JsonSyntax.ErrorMessage(e);
                return pos + Reject(span, valueStart, errorAt, message, output, rowsBefore, recordsBefore, errors);
            }
            catch (InvalidOperationException e) when (valueStart >= 0 && ColumnReader.IsTextError(e))
            {
                // A field name that is not text (column values report this themselves, naming the column).
                string message = e.InnerException is System.Text.DecoderFallbackException
                    ? "a field name is not valid UTF-8"
                    : "a field name is not valid Unicode (a lone surrogate escape)";
                return pos + Reject(span, valueStart, (int)valueStart, message, output, rowsBefore, recordsBefore, errors);
            }
        }
        line += span[..consumed].Count((byte)'\n');
        return pos + consumed;
    }

    /// <summary>Rejects the value that started at <paramref name="valueStart"/> (-1: unknown) and arranges to resume on
    /// the next line; returns where in <paramref name="span"/> parsing resumes.</summary>
    private int Reject(ReadOnlySpan<byte> span, long valueStart, int errorAt, string message, ChangeBuffer output, int rowsBefore, long recordsBefore, List<ParseError> errors)
    {
        output.Truncate(rowsBefore);
        pending.Clear();
        records = recordsBefore + 1;
        // Resume on the line after the one where the bad value started: in newline-delimited JSON a value cut
        // short (a missing brace) is noticed only on the next line, which may hold a good record.
        int resumeAt = valueStart >= 0 ? (int)valueStart : errorAt;
        long recordLine = line + span[..resumeAt].Count((byte)'\n');
        long errorLine = line + span[..errorAt].Count((byte)'\n');
        string where = errorLine != recordLine ? $" (noticed on line {errorLine})" : "";
        errors.Add(new ParseError(records, recordLine, message + where));
        line = recordLine;
        skipLine = true;
        return resumeAt;
    }

    private void Report(ReadOnlySpan<byte> span, List<ParseError> errors)
    {
        foreach (var (record, offset, message) in pending)
            errors.Add(new ParseError(record, line + span[..(int)offset].Count((byte)'\n'), message));
        pending.Clear();
    }

    private void ParseTopLevel(ref Utf8JsonReader reader, ChangeBuffer output)
    {
        if (!format.Array)
        {
            ParseRecord(ref reader, output);
            return;
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            records++;
            pending.Add((records, reader.TokenStartIndex, $"expected an array of records (the format has array: true), found {TokenName(reader.TokenType)}"));
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) ParseRecord(ref reader, output);
    }

    private void ParseRecord(ref Utf8JsonReader reader, ChangeBuffer output)
    {
        records++;
        output.CurrentRecord = records;
        long start = reader.TokenStartIndex;
        int rowsBefore = output.Count;
        string? error = format.UpdateFormat switch
        {
            JsonUpdateFormat.Raw => ParseRow(ref reader, ChangeKind.Insert, output),
            JsonUpdateFormat.InsertDelete => ParseInsertDelete(ref reader, output),
            _ => ParseWeighted(ref reader, output, rowsBefore),
        };
        for (int i = rowsBefore; i < output.Count && error is null; i++) error = Complete(output, i);
        if (error is null) return;
        output.Truncate(rowsBefore);
        pending.Add((records, start, error));
    }

    private string? ParseInsertDelete(ref Utf8JsonReader reader, ChangeBuffer output)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return $"expected a record such as {{\"insert\": {{...}}}}, found {TokenName(reader.TokenType)}";
        }
        string? error = null;
        bool any = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ChangeKind? kind = reader.ValueTextEquals("insert"u8) ? ChangeKind.Insert
                : reader.ValueTextEquals("delete"u8) ? ChangeKind.Delete
                : reader.ValueTextEquals("update"u8) ? ChangeKind.Update
                : null;
            // Feldera allows an optional "table" field naming the target; the endpoint already knows it.
            string? other = kind is null && !reader.ValueTextEquals("table"u8) ? reader.GetString() : null;
            reader.Read();
            if (kind is { } k)
            {
                error ??= ParseRow(ref reader, k, output);
                any = true;
            }
            else
            {
                reader.Skip();
                if (other is not null) error ??= $"unexpected field '{other}': a record is {{\"insert\": row}}, {{\"delete\": row}} or {{\"update\": row}}";
            }
        }
        return error ?? (any ? null : "empty record: expected {\"insert\": row}, {\"delete\": row} or {\"update\": row}");
    }

    private string? ParseWeighted(ref Utf8JsonReader reader, ChangeBuffer output, int rowsBefore)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return $"expected a record such as {{\"weight\": 1, \"data\": {{...}}}}, found {TokenName(reader.TokenType)}";
        }
        string? error = null;
        long? weight = null;
        int data = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("weight"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long w) && w != long.MinValue) weight = w;
                else
                {
                    error ??= "'weight' must be an integer";
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                data = output.Count;
                error ??= ParseRow(ref reader, ChangeKind.Insert, output);
            }
            else
            {
                string name = reader.GetString()!;
                reader.Read();
                reader.Skip();
                error ??= $"unexpected field '{name}': a record is {{\"weight\": n, \"data\": row}}";
            }
        }
        if (error is not null) return error;
        if (weight is not { } n || data < 0) return "expected {\"weight\": n, \"data\": row}";
        if (schema.HasPrimaryKey && n is not (1 or -1 or 0))
            return $"weight {n}: table '{schema.Name}' has a primary key, so a weight must be 1 (insert) or -1 (delete)";
        if (n == 0) output.Truncate(rowsBefore);
        else if (n < 0)
        {
            output.SetKind(data, ChangeKind.Delete);
            output.SetWeight(data, -n);
        }
        else output.SetWeight(data, n);
        return null;
    }

    /// <summary>Reads a row object into a new buffer row; returns the first problem, or null.</summary>
    private string? ParseRow(ref Utf8JsonReader reader, ChangeKind kind, ChangeBuffer output)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var found = reader.TokenType;
            reader.Skip();
            return $"expected a row object with the columns of '{schema.Name}', found {TokenName(found)}";
        }
        var row = output.Add(kind);
        string? error = null;
        int next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int column = FindColumn(ref reader, next);
            if (column < 0)
            {
                string name = reader.GetString()!;
                reader.Read();
                reader.Skip();
                error ??= $"unknown column '{name}' (table '{schema.Name}' has columns {schema.ColumnList})";
                continue;
            }
            next = column + 1;
            reader.Read();
            if (columns[column].TryRead(ref reader, out object? value, out string? problem)) row[column] = value;
            else
            {
                error ??= problem;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
        }
        return error;
    }

    private int FindColumn(ref Utf8JsonReader reader, int next)
    {
        // Fields usually come in column order: try the expected one first.
        if (next < names.Length && reader.ValueTextEquals(names[next])) return next;
        for (int i = 0; i < names.Length; i++)
            if (i != next && reader.ValueTextEquals(names[i])) return i;
        return schema.IndexOf(reader.GetString()!);
    }

    /// <summary>Fills absent columns and checks NOT NULL, by the kind of change; returns the problem, or null.</summary>
    private string? Complete(ChangeBuffer output, int index)
    {
        var row = output.Row(index);
        var kind = output.Kind(index);
        if (kind == ChangeKind.Update && !schema.HasPrimaryKey)
            return $"update needs a primary key, and table '{schema.Name}' has none (use delete and insert)";
        bool byKey = schema.HasPrimaryKey && kind != ChangeKind.Insert;
        for (int i = 0; i < row.Length; i++)
        {
            var column = schema.Columns[i];
            if (ReferenceEquals(row[i], ChangeBuffer.Missing))
            {
                if (byKey && isKey[i]) return $"{(kind == ChangeKind.Update ? "an update" : "a delete")} needs key column '{column.Name}'";
                if (kind == ChangeKind.Update) continue;
                if (!column.Type.Nullable && !byKey) return $"missing value for NOT NULL column '{column.Name}'";
                row[i] = null;
            }
            else if (row[i] is null && !column.Type.Nullable && (!byKey || isKey[i] || kind == ChangeKind.Update))
                return $"NULL for NOT NULL column '{column.Name}'";
        }
        return null;
    }

    private static string TokenName(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    /// <summary>The byte offset of a reader error, from the line and column the exception carries.</summary>
    private static int ErrorOffset(ReadOnlySpan<byte> span, JsonException e)
    {
        int offset = 0;
        for (long l = e.LineNumber ?? 0; l > 0; l--)
        {
            int nl = span[offset..].IndexOf((byte)'\n');
            if (nl < 0) return span.Length;
            offset += nl + 1;
        }
        return (int)Math.Min(offset + (e.BytePositionInLine ?? 0), span.Length);
    }
}
