using System.Text.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// The position of an <c>s3_input</c>: the object being read and how far, as a byte offset (formats of byte streams:
/// JSON, CSV) or a row number (formats of whole objects: Parquet, Arrow). Objects are read in key order, so every
/// object with a smaller key has been read completely.
/// </summary>
public sealed record S3Position(string Key, long Offset, bool Rows) : InputPosition
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("key", Key);
        writer.WriteNumber(Rows ? "row" : "offset", Offset);
        writer.WriteEndObject();
    }

    /// <summary>The saved position, or null when there is none.</summary>
    public static (string Key, long Offset)? Of(JsonElement? position)
    {
        if (position is not { } p || !p.TryGetProperty("key", out var key)) return null;
        long offset = p.TryGetProperty("row", out var row) ? row.GetInt64() : p.TryGetProperty("offset", out var bytes) ? bytes.GetInt64() : 0;
        return (key.GetString()!, offset);
    }
}
