namespace Sql2Dbsp.Connectors.Formats.Lake;

/// <summary>
/// The byte-stream side of a format that reads whole objects (<see cref="IObjectInputParser"/>): a transport that only
/// has a byte stream (HTTP ingress) cannot feed it, so the first call rejects the input with a message that says which
/// transports can, and the rest of the stream is dropped.
/// </summary>
internal abstract class ObjectOnlyParser(string format) : IInputParser
{
    private bool reported;

    /// <inheritdoc/>
    public long Records { get; private set; }

    /// <inheritdoc/>
    public int Parse(ReadOnlySpan<byte> data, bool isFinal, ChangeBuffer output, List<ParseError> errors)
    {
        if (!reported && (data.Length > 0 || isFinal))
        {
            reported = true;
            Records++;
            errors.Add(new ParseError(0, 0, $"format '{format}' reads whole files: use it with file_input, url_input or s3_input"));
        }
        return data.Length;
    }

    /// <inheritdoc/>
    public void SkipRecord(string reason, List<ParseError> errors)
    {
    }
}
