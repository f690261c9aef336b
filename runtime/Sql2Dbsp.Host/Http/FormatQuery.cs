using Microsoft.AspNetCore.Http;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Formats.Json;

namespace Sql2Dbsp.Host.Http;

/// <summary>Reads a format from the query string of <c>/ingress</c> and <c>/egress</c>: <c>format</c> (csv by default,
/// as in Feldera), <c>update_format</c> and <c>array</c> for JSON.</summary>
internal static class FormatQuery
{
    /// <summary>The format and a short key naming its settings, or an error message.</summary>
    public static (FormatConfig? Format, string Key, string? Error) Parse(IQueryCollection query, bool input)
    {
        string name = query["format"].FirstOrDefault() ?? "csv";
        if (!TryBool(query, "array", out bool array)) return (null, "", "'array' must be true or false");
        switch (name)
        {
            case "csv":
                return (new CsvFormat(), "csv", null);
            case "json":
                {
                    string updateName = query["update_format"].FirstOrDefault() ?? "insert_delete";
                    var update = JsonFormat.ParseUpdateFormat(updateName);
                    if (update is null || (!input && update == JsonUpdateFormat.Raw))
                        return (null, "", $"unsupported update_format '{updateName}'; use insert_delete, weighted{(input ? " or raw" : "")}");
                    // Egress chunks carry a JSON array of records (json_data), whatever the client asked.
                    var format = new JsonFormat(update.Value, input ? array : true);
                    return (format, $"json-{updateName}{(format.Array && input ? "-array" : "")}", null);
                }
            case "parquet" or "avro" or "raw":
                return (null, "", $"not supported yet: format '{name}'; use json or csv");
            default:
                return (null, "", $"unknown format '{name}'; use json or csv");
        }
    }

    /// <summary>Reads an optional boolean query parameter.</summary>
    public static bool TryBool(IQueryCollection query, string name, out bool value)
    {
        value = false;
        string? text = query[name].FirstOrDefault();
        return text is null || bool.TryParse(text, out value);
    }
}
