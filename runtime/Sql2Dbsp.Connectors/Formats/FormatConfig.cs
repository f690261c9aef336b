namespace Sql2Dbsp.Connectors.Formats;

/// <summary>
/// A configured format (Feldera's <c>format: {name, config}</c>). Formats know nothing about transports: a parser
/// sees bytes, an encoder produces bytes.
/// </summary>
public abstract record FormatConfig
{
    /// <summary>The format's name ("json", "csv").</summary>
    public abstract string Name { get; }

    /// <summary>
    /// True when each encoded batch is a complete object (a Parquet file) rather than a piece of one byte stream, so a
    /// transport must not append batches to each other (<c>file_output</c> writes one file per batch instead).
    /// </summary>
    public virtual bool EncodesObjects => false;

    /// <summary>A parser for one input stream of rows of <paramref name="schema"/>.</summary>
    public abstract IInputParser CreateParser(RelationSchema schema);

    /// <summary>An encoder for changes of <paramref name="schema"/>.</summary>
    public abstract IOutputEncoder CreateEncoder(RelationSchema schema);
}
