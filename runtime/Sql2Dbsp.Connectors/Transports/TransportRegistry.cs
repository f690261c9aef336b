using Sql2Dbsp.Connectors.Json;
using Sql2Dbsp.Connectors.Transports.Datagen;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>The transports that can be declared in SQL, by name and direction, and the parsing of their configuration.</summary>
public static class TransportRegistry
{
    private sealed record Entry(bool Input, Func<ObjectReader, RelationSchema, TransportConfig?> Parse);

    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal)
    {
        ["file_input"] = new(true, (c, _) => FileInputConfig.Parse(c)),
        ["url_input"] = new(true, (c, _) => UrlInputConfig.Parse(c)),
        ["s3_input"] = new(true, (c, _) => S3InputConfig.Parse(c)),
        ["datagen"] = new(true, DatagenConfig.Parse),
        ["file_output"] = new(false, (c, _) => FileOutputConfig.Parse(c)),
        ["null_output"] = new(false, (c, _) => NullOutputConfig.Parse(c)),
    };

    /// <summary>Feldera transports that exist there but not here yet, so the message can say "not supported yet".</summary>
    private static readonly HashSet<string> Planned = new(StringComparer.Ordinal)
    {
        "kafka_input", "kafka_output", "nats_input", "pub_sub_input", "delta_table_input", "delta_table_output",
        "iceberg_input", "postgres_input", "postgres_cdc_input", "postgres_output", "dynamodb_output", "redis_output",
        "nexmark", "empty_input",
    };

    /// <summary>Names of the input transports.</summary>
    public static IEnumerable<string> InputNames => Entries.Where(e => e.Value.Input).Select(e => e.Key);

    /// <summary>Names of the output transports.</summary>
    public static IEnumerable<string> OutputNames => Entries.Where(e => !e.Value.Input).Select(e => e.Key);

    /// <summary>Why a transport name cannot be used for this direction, or null when it can.</summary>
    public static string? Check(string name, bool input)
    {
        if (Entries.TryGetValue(name, out var entry))
        {
            if (entry.Input == input) return null;
            return input
                ? $"'{name}' is an output transport; a table needs an input transport ({string.Join(", ", InputNames)})"
                : $"'{name}' is an input transport; a view needs an output transport ({string.Join(", ", OutputNames)})";
        }
        if (name is "http_input" or "http_output" or "adhoc_input" or "clock")
            return $"'{name}' is created by the pipeline itself (HTTP ingress/egress), not declared in SQL";
        if (Planned.Contains(name)) return $"not supported yet: transport '{name}'";
        return $"unknown transport '{name}'";
    }

    /// <summary>Parses the <c>config</c> object of transport <paramref name="name"/> (checked with <see cref="Check"/>).</summary>
    public static TransportConfig? Parse(string name, ObjectReader config, RelationSchema schema) => Entries[name].Parse(config, schema);
}
