using System.Text.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>The position of a byte-stream input (a file, a URL's response body): the offset after the last record.</summary>
public sealed record ByteOffsetPosition(long Offset) : InputPosition
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("offset", Offset);
        writer.WriteEndObject();
    }

    /// <summary>The offset of a saved position, or null when there is none or it has no offset.</summary>
    public static long? OffsetOf(JsonElement? position) =>
        position is { } p && p.TryGetProperty("offset", out var offset) ? offset.GetInt64() : null;
}
