using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Formats.Arrow;

/// <summary>
/// The Arrow IPC format (<c>{"name": "arrow_ipc", "config": {"file": false}}</c>): input reads an IPC stream (or, with
/// <c>file: true</c>, an IPC file) one record batch at a time, matching columns by name; an optional
/// <c>__feldera_op</c> column (<c>"i"</c>, <c>"d"</c>, <c>"u"</c>) gives each row's change. Output writes each batch
/// (one step's changes) as a complete IPC stream (or file) with the view's columns and <c>__feldera_op</c>.
/// </summary>
/// <param name="File">The IPC file format (with its footer, for random access) instead of the stream format.</param>
public sealed record ArrowFormat(bool File = false) : FormatConfig
{
    /// <inheritdoc/>
    public override string Name => "arrow_ipc";

    /// <inheritdoc/>
    public override bool EncodesObjects => true;

    /// <inheritdoc/>
    public override IInputParser CreateParser(RelationSchema schema) => new ArrowObjectParser(schema, File);

    /// <inheritdoc/>
    public override IOutputEncoder CreateEncoder(RelationSchema schema) => new ArrowEncoder(schema, File);

    internal static FormatConfig? Parse(ObjectReader config, bool input)
    {
        bool file = config.Bool("file") ?? false;
        config.Finish();
        return new ArrowFormat(file);
    }
}
