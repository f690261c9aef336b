using System.Text.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// Where an input stands after a batch: the point from which its transport can resume reading (Feldera's seek
/// metadata). Opaque to the host, which reports it in the statistics and (with fault tolerance) stores it in
/// checkpoints; the transport reads it back from <see cref="InputReaderContext.ResumeFrom"/>.
/// </summary>
public abstract record InputPosition
{
    /// <summary>Writes the position as a JSON object.</summary>
    public abstract void WriteTo(Utf8JsonWriter writer);

    /// <summary>The position as a JSON element (what a checkpoint stores).</summary>
    public JsonElement ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) WriteTo(writer);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
