using System.Globalization;
using System.Text.Json;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>The position of an HTTP ingress endpoint under exactly-once: the last <see cref="IngressLog"/> entry it queued.</summary>
/// <param name="Entry">The entry number.</param>
internal sealed record IngressPosition(long Entry) : InputPosition
{
    /// <summary>The position as JSON: <c>{"entry": n}</c>.</summary>
    public string Json => string.Create(CultureInfo.InvariantCulture, $$"""{"entry":{{Entry}}}""");

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("entry", Entry);
        writer.WriteEndObject();
    }

    /// <summary>The entry of a position's JSON (0 for none: nothing taken yet).</summary>
    /// <exception cref="Runtime.Storage.CheckpointCorruptException">The JSON is not an ingress position.</exception>
    public static long EntryOf(string? json)
    {
        if (json is null) return 0;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("entry").GetInt64();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new Runtime.Storage.CheckpointCorruptException($"'{json}' is not the position of an HTTP ingress endpoint ({{\"entry\": n}})");
        }
    }
}
