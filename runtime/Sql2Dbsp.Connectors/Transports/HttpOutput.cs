using System.Buffers;
using System.Text.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// <c>http_output</c>: the transient endpoint behind <c>POST /egress/{view}</c>, writing to one HTTP response. Each batch
/// becomes one chunk, a JSON object on its own line as Feldera sends it:
/// <c>{"sequence_number": n, "json_data": [...]}</c> for JSON, <c>{"sequence_number": n, "text_data": "..."}</c> for CSV.
/// </summary>
/// <param name="Response">The response body the chunks are written to.</param>
public sealed record HttpOutputConfig(Stream Response) : OutputTransportConfig
{
    /// <inheritdoc/>
    public override string Name => "http_output";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: false);

    /// <inheritdoc/>
    public override IOutputWriter CreateWriter(OutputWriterContext context) =>
        new Writer(Response, textData: context.Format?.Name != "json");

    private sealed class Writer(Stream response, bool textData) : IOutputWriter
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> chunk = new();
        private long sequence;

        public async ValueTask WriteBatchAsync(OutputBatchInfo batch, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
        {
            chunk.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(chunk, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteNumber("sequence_number", sequence++);
                if (textData) writer.WriteString("text_data", data.Span);
                else
                {
                    writer.WritePropertyName("json_data");
                    // The encoder ends its array with a line break; a chunk is one line.
                    writer.WriteRawValue(data.Span.TrimEnd("\r\n"u8), skipInputValidation: true);
                }
                writer.WriteEndObject();
            }
            chunk.Write("\r\n"u8);
            await response.WriteAsync(chunk.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await response.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
