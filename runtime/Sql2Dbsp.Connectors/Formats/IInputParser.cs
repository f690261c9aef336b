namespace Sql2Dbsp.Connectors.Formats;

/// <summary>A record the parser rejected: where it was and why. Positions are 1-based and count from the start of
/// the stream (a file, an HTTP body) the parser has seen.</summary>
/// <param name="Record">The record's number; 0 when unknown (a source that does not count records).</param>
/// <param name="Line">The line where the record (or the syntax error) is; 0 when unknown (a change the table rejected
/// after parsing).</param>
/// <param name="Message">What is wrong, naming the column when there is one.</param>
public sealed record ParseError(long Record, long Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Line > 0 ? $"record {Record} (line {Line}): {Message}" : Record > 0 ? $"record {Record}: {Message}" : Message;
}

/// <summary>
/// Turns bytes of one input stream into table changes. A parser is stateful (it counts records and lines, and it
/// skips the rest of a malformed line), so each stream gets its own. Transports call <see cref="Parse"/> with
/// whatever bytes they have; the parser takes only complete records and says how many bytes it used, and the
/// transport passes the rest again, with more bytes appended, on the next call.
/// </summary>
public interface IInputParser
{
    /// <summary>
    /// Parses complete records from the start of <paramref name="data"/> into <paramref name="output"/>, stopping when
    /// the output is full. Rejected records go to <paramref name="errors"/> and are skipped. Returns the number of
    /// bytes used. When <paramref name="isFinal"/> is true there is no more data: a trailing incomplete record is an
    /// error and everything is used.
    /// </summary>
    int Parse(ReadOnlySpan<byte> data, bool isFinal, ChangeBuffer output, List<ParseError> errors);

    /// <summary>Records parsed or rejected so far.</summary>
    long Records { get; }

    /// <summary>
    /// Gives up on the record in progress (the transport found it too long): the parser discards input up to the next
    /// line break, counting the record as rejected.
    /// </summary>
    void SkipRecord(string reason, List<ParseError> errors);

    /// <summary>
    /// The stream starts in the middle (a read resumed from a checkpoint, or a journaled range read again): a header
    /// the format skips at the start of a stream was read before and must not be skipped again.
    /// </summary>
    void StartsMidStream()
    {
    }
}
