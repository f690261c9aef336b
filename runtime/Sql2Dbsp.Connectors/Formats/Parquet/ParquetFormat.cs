using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Formats.Parquet;

/// <summary>
/// The Parquet format (<c>{"name": "parquet", "config": {}}</c>). Input reads a Parquet file row group by row group
/// (never the whole file in memory), matching file columns to table columns by name; an optional
/// <c>__feldera_op</c> column (<c>"i"</c> insert, <c>"d"</c> delete, <c>"u"</c> upsert) gives each row's change.
/// Output writes each batch (one step's changes) as a complete Parquet file with the view's columns and
/// <c>__feldera_op</c>, rows repeated by the absolute value of their weight. Types: see docs/pipelines.md.
/// </summary>
public sealed record ParquetFormat : FormatConfig
{
    /// <inheritdoc/>
    public override string Name => "parquet";

    /// <inheritdoc/>
    public override bool EncodesObjects => true;

    /// <inheritdoc/>
    public override IInputParser CreateParser(RelationSchema schema) => new ParquetObjectParser(schema);

    /// <inheritdoc/>
    public override IOutputEncoder CreateEncoder(RelationSchema schema) => new ParquetEncoder(schema);

    internal static FormatConfig? Parse(ObjectReader config, bool input)
    {
        config.Finish();
        return new ParquetFormat();
    }
}
