using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sql2Dbsp.Connectors.Values;

namespace Sql2Dbsp.Connectors.Formats.Json;

/// <summary>
/// Writes changes as JSON records: <c>{"insert": row}</c> / <c>{"delete": row}</c> (a row of weight n written n
/// times) or <c>{"weight": n, "data": row}</c>; one per line, or one array per batch with <c>array: true</c>.
/// </summary>
internal sealed class JsonEncoder : IOutputEncoder
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Non-ASCII text stays readable UTF-8 instead of \uXXXX escapes; JSON only requires escaping quotes and controls.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText Insert = JsonEncodedText.Encode("insert");
    private static readonly JsonEncodedText Delete = JsonEncodedText.Encode("delete");
    private static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");

    private readonly JsonFormat format;
    private readonly JsonEncodedText[] names;
    private Utf8JsonWriter? writer;

    public JsonEncoder(RelationSchema schema, JsonFormat format)
    {
        this.format = format;
        names = [.. schema.Columns.Select(c => JsonEncodedText.Encode(c.Name, Options.Encoder))];
    }

    public string ContentType => "application/json";

    public void Encode(IReadOnlyList<(object?[] Row, long Weight)> changes, IBufferWriter<byte> output)
    {
        if (format.Array) output.Write("["u8);
        bool first = true;
        foreach (var (row, weight) in changes)
        {
            long copies = format.UpdateFormat == JsonUpdateFormat.Weighted ? 1 : Math.Abs(weight);
            for (long c = 0; c < copies; c++)
            {
                if (format.Array && !first) output.Write(","u8);
                first = false;
                WriteRecord(output, row, weight);
                if (!format.Array) output.Write("\n"u8);
            }
        }
        if (format.Array) output.Write("]\n"u8);
    }

    private void WriteRecord(IBufferWriter<byte> output, object?[] row, long weight)
    {
        // One writer reset per record: Utf8JsonWriter would otherwise put commas between top-level values.
        if (writer is null) writer = new Utf8JsonWriter(output, Options);
        else writer.Reset(output);
        writer.WriteStartObject();
        if (format.UpdateFormat == JsonUpdateFormat.Weighted)
        {
            writer.WriteNumber(Weight, weight);
            writer.WritePropertyName(Data);
        }
        else writer.WritePropertyName(weight > 0 ? Insert : Delete);
        writer.WriteStartObject();
        for (int i = 0; i < names.Length; i++)
        {
            writer.WritePropertyName(names[i]);
            ValueFormatter.WriteJson(writer, row[i]);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }
}
