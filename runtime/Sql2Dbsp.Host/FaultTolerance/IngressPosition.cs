using System.Globalization;
using System.Text.Json;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>The position of an HTTP ingress endpoint under exactly-once: the last <see cref="IngressLog"/> entry it queued.</summary>
/// <param name="Entry">The entry number.</param>
/// <param name="Hash">The hash of the entry's records (their <see cref="RecordCodec"/> encoding); not part of the JSON.</param>
internal sealed record IngressPosition(long Entry, ulong Hash = 0) : InputPosition
{
    /// <summary>
    /// The hash a journaled step records for the ingress entries it took: of their records' hashes in order (so the
    /// circuit thread need not encode the records again; a replay computes it from the log).
    /// </summary>
    public static ulong StepHash(List<ulong> entryHashes)
    {
        Span<byte> bytes = entryHashes.Count <= 256 ? stackalloc byte[entryHashes.Count * 8] : new byte[entryHashes.Count * 8];
        for (int i = 0; i < entryHashes.Count; i++) System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes[(i * 8)..], entryHashes[i]);
        return Connectors.FaultTolerance.StableHash.Hash(bytes);
    }

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
