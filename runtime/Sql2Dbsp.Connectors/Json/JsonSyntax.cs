using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Sql2Dbsp.Connectors.Json;

/// <summary>A JSON syntax error: a message and the character offset where the text stopped making sense.</summary>
public sealed record JsonSyntaxError(string Message, int Offset);

/// <summary>Parses JSON text into a <see cref="JNode"/> tree with character spans.</summary>
public static class JsonSyntax
{
    private const int MaxDepth = 64;

    /// <summary>Parses one JSON value (the whole text); on failure (including a duplicate field) returns null and the error.</summary>
    public static JNode? Parse(string text, out JsonSyntaxError? error)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var offsets = new OffsetMap(text, utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                error = new JsonSyntaxError("expected a JSON value, found nothing", 0);
                return null;
            }
            var node = ReadValue(ref reader, offsets);
            if (reader.Read())
            {
                error = new JsonSyntaxError("unexpected text after the JSON value", offsets.Char(reader.TokenStartIndex));
                return null;
            }
            error = null;
            return node;
        }
        catch (JsonException e)
        {
            error = new JsonSyntaxError(ErrorMessage(e), offsets.LineColumnToChar(e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
            return null;
        }
        catch (DuplicatePropertyException e)
        {
            error = new JsonSyntaxError($"duplicate field '{e.Name}'", e.Span.Start);
            return null;
        }
    }

    private static JNode ReadValue(ref Utf8JsonReader reader, OffsetMap offsets)
    {
        long start = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var properties = ImmutableArray.CreateBuilder<JProperty>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        string name = reader.GetString()!;
                        var nameSpan = offsets.Span(reader.TokenStartIndex, reader.BytesConsumed);
                        if (!seen.Add(name)) throw new DuplicatePropertyException(name, nameSpan);
                        reader.Read();
                        properties.Add(new JProperty(name, nameSpan, ReadValue(ref reader, offsets)));
                    }
                    return new JObject(properties.ToImmutable(), offsets.Span(start, reader.BytesConsumed));
                }
            case JsonTokenType.StartArray:
                {
                    var items = ImmutableArray.CreateBuilder<JNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref reader, offsets));
                    return new JArray(items.ToImmutable(), offsets.Span(start, reader.BytesConsumed));
                }
            case JsonTokenType.String:
                return new JString(reader.GetString()!, offsets.Span(start, reader.BytesConsumed));
            case JsonTokenType.Number:
                return new JNumber(Encoding.UTF8.GetString(reader.ValueSpan), offsets.Span(start, reader.BytesConsumed));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JBoolean(reader.TokenType == JsonTokenType.True, offsets.Span(start, reader.BytesConsumed));
            default:
                return new JNull(offsets.Span(start, reader.BytesConsumed));
        }
    }

    /// <summary>Writes a node back as compact JSON text.</summary>
    public static string Write(JNode node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, node);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JNode node)
    {
        switch (node)
        {
            case JObject o:
                writer.WriteStartObject();
                foreach (var p in o.Properties)
                {
                    writer.WritePropertyName(p.Name);
                    Write(writer, p.Value);
                }
                writer.WriteEndObject();
                break;
            case JArray a:
                writer.WriteStartArray();
                foreach (var item in a.Items) Write(writer, item);
                writer.WriteEndArray();
                break;
            case JString s: writer.WriteStringValue(s.Value); break;
            case JNumber n: writer.WriteRawValue(n.Text); break;
            case JBoolean b: writer.WriteBooleanValue(b.Value); break;
            default: writer.WriteNullValue(); break;
        }
    }

    /// <summary>
    /// "invalid JSON: ..." from a reader exception, without the position System.Text.Json appends ("LineNumber: 0 |
    /// BytePositionInLine: 7."): callers show the position their own way.
    /// </summary>
    public static string ErrorMessage(JsonException e)
    {
        int cut = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = (cut >= 0 ? e.Message[..cut] : e.Message).Trim().TrimEnd('.');
        return "invalid JSON: " + text;
    }

    private sealed class DuplicatePropertyException(string name, JsonSpan span) : Exception
    {
        public string Name { get; } = name;
        public JsonSpan Span { get; } = span;
    }

    /// <summary>Maps UTF-8 byte offsets (what the reader reports) to character offsets (what spans use).</summary>
    private sealed class OffsetMap(string text, byte[] utf8)
    {
        private readonly bool ascii = text.Length == utf8.Length;

        public int Char(long byteOffset) =>
            ascii ? (int)byteOffset : Encoding.UTF8.GetCharCount(utf8, 0, (int)Math.Min(byteOffset, utf8.Length));

        public JsonSpan Span(long startByte, long endByte)
        {
            int start = Char(startByte);
            return new JsonSpan(start, Char(endByte) - start);
        }

        public int LineColumnToChar(long line, long bytePositionInLine)
        {
            long offset = 0;
            for (long l = 0; l < line && offset < utf8.Length; offset++)
                if (utf8[offset] == (byte)'\n') l++;
            return Char(Math.Min(offset + bytePositionInLine, utf8.Length));
        }
    }
}
