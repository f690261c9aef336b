using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Formats.Arrow;
using Sql2Dbsp.Connectors.Formats.Json;
using Sql2Dbsp.Connectors.Formats.Parquet;
using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Formats;

/// <summary>The formats by name, and the parsing of their configuration.</summary>
public static class FormatRegistry
{
    private delegate FormatConfig? ConfigParser(ObjectReader config, bool input);

    private static readonly Dictionary<string, ConfigParser> Parsers = new(StringComparer.Ordinal)
    {
        ["json"] = JsonFormat.Parse,
        ["csv"] = CsvFormat.Parse,
        ["parquet"] = ParquetFormat.Parse,
        ["arrow_ipc"] = ArrowFormat.Parse,
    };

    /// <summary>Format names, for messages.</summary>
    public static IEnumerable<string> Names => Parsers.Keys;

    /// <summary>True when a format of this name exists.</summary>
    public static bool Exists(string name) => Parsers.ContainsKey(name);

    /// <summary>
    /// Parses the <c>config</c> object of format <paramref name="name"/> (which must exist) for an input or output
    /// connector; problems go to the reader's problem list.
    /// </summary>
    public static FormatConfig? Parse(string name, ObjectReader config, bool input) => Parsers[name](config, input);
}
