using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Formats.Json;

/// <summary>How JSON records describe changes (Feldera's <c>update_format</c>).</summary>
public enum JsonUpdateFormat
{
    /// <summary><c>{"insert": row}</c>, <c>{"delete": row}</c>, and for primary-key tables <c>{"update": partial row}</c>.</summary>
    InsertDelete,

    /// <summary><c>{"weight": n, "data": row}</c>: n copies inserted (n &gt; 0) or deleted (n &lt; 0).</summary>
    Weighted,

    /// <summary>A bare row object: an insertion.</summary>
    Raw,
}

/// <summary>
/// The JSON format (<c>{"name": "json", "config": {"update_format": ..., "array": ...}}</c>). Input is a stream of
/// JSON values separated by whitespace (newline-delimited JSON or not); with <c>array: true</c> each value is an
/// array of records. Output is newline-delimited, one record per line, or one array per batch with <c>array: true</c>.
/// </summary>
public sealed record JsonFormat(JsonUpdateFormat UpdateFormat = JsonUpdateFormat.InsertDelete, bool Array = false) : FormatConfig
{
    /// <inheritdoc/>
    public override string Name => "json";

    /// <inheritdoc/>
    public override IInputParser CreateParser(RelationSchema schema) => new JsonParser(schema, this);

    /// <inheritdoc/>
    public override IOutputEncoder CreateEncoder(RelationSchema schema) => new JsonEncoder(schema, this);

    /// <summary>The Feldera name of an update format.</summary>
    public static string FormatName(JsonUpdateFormat format) => format switch
    {
        JsonUpdateFormat.InsertDelete => "insert_delete",
        JsonUpdateFormat.Weighted => "weighted",
        _ => "raw",
    };

    /// <summary>Parses an update format name; null when unknown.</summary>
    public static JsonUpdateFormat? ParseUpdateFormat(string name) => name switch
    {
        "insert_delete" => JsonUpdateFormat.InsertDelete,
        "weighted" => JsonUpdateFormat.Weighted,
        "raw" => JsonUpdateFormat.Raw,
        _ => null,
    };

    internal static FormatConfig? Parse(ObjectReader config, bool input)
    {
        var problems = config.Problems;
        var format = new JsonFormat();
        if (config.Node("update_format") is { } node)
        {
            if (node is not JString s) problems.Error(node.Span, $"'update_format' must be a string, not {ObjectReader.Article(node.Kind)}");
            else if (ParseUpdateFormat(s.Value) is { } update)
            {
                if (!input && update == JsonUpdateFormat.Raw)
                    problems.Error(s.Span, "update_format 'raw' is for input only: output needs insert_delete or weighted to show deletions");
                format = format with { UpdateFormat = update };
            }
            else if (s.Value is "debezium" or "snowflake" or "redis")
                problems.Error(s.Span, $"not supported yet: update_format '{s.Value}'", "supported: insert_delete, weighted, raw");
            else
                problems.Error(s.Span, $"unknown update_format '{s.Value}'", "supported: insert_delete, weighted, raw");
        }
        if (config.Bool("array") is bool array) format = format with { Array = array };
        // Our parser accepts values on one line or many, so both Feldera "lines" settings mean the same here.
        if (config.String("lines") is { } lines && lines is not ("single" or "multiple"))
            problems.Error(config.Node("lines")!.Span, $"unknown 'lines' value '{lines}'", "use single or multiple");
        if (config.String("json_flavor") is { } flavor && flavor != "default")
            problems.Error(config.Node("json_flavor")!.Span, $"not supported yet: json_flavor '{flavor}'", "only the default flavor is supported");
        config.Finish();
        return format;
    }
}
