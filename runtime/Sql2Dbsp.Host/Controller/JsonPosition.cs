using System.Text.Json;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Host.Controller;

/// <summary>An input position read back from a checkpoint or the journal: the transport's JSON, kept as it was.</summary>
internal sealed record JsonPosition : InputPosition
{
    public JsonPosition(string json)
    {
        using var document = JsonDocument.Parse(json);
        Element = document.RootElement.Clone();
    }

    /// <summary>The position.</summary>
    public JsonElement Element { get; }

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer) => Element.WriteTo(writer);
}
