using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Formats.Csv;

/// <summary>
/// The CSV format (<c>{"name": "csv", "config": {"delimiter": ",", "headers": false}}</c>). Input is insert-only, one
/// record per line in column order; an empty unquoted field is NULL and <c>""</c> is the empty string. Output has one
/// line per changed row with the weight as an extra last column (negative for deletions), as Feldera writes it.
/// </summary>
public sealed record CsvFormat(byte Delimiter = (byte)',', bool Headers = false) : FormatConfig
{
    /// <inheritdoc/>
    public override string Name => "csv";

    /// <inheritdoc/>
    public override IInputParser CreateParser(RelationSchema schema) => new CsvParser(schema, this);

    /// <inheritdoc/>
    public override IOutputEncoder CreateEncoder(RelationSchema schema) => new CsvEncoder(schema, this);

    internal static FormatConfig? Parse(ObjectReader config, bool input)
    {
        var format = new CsvFormat();
        if (config.String("delimiter") is { } delimiter)
        {
            if (delimiter.Length != 1 || delimiter[0] > 127 || delimiter[0] is '"' or '\n' or '\r')
                config.Problems.Error(config.Node("delimiter")!.Span, $"'delimiter' must be one ASCII character other than a quote or a line break, not \"{delimiter}\"");
            else format = format with { Delimiter = (byte)delimiter[0] };
        }
        if (config.Bool("headers") is bool headers)
        {
            if (!input && headers) config.Problems.Error(config.Node("headers")!.Span, "'headers' is for input only: output writes no header line");
            format = format with { Headers = headers };
        }
        config.Finish();
        return format;
    }
}
