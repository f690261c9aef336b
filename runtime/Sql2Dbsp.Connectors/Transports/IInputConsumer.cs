using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// The host's side of an input endpoint, as its transport sees it: a parser for the endpoint's format, buffers to
/// fill, flow control, and the queue that the next steps take their input from.
/// </summary>
public interface IInputConsumer
{
    /// <summary>The endpoint's name ("orders.file").</summary>
    string EndpointName { get; }

    /// <summary>The table the endpoint feeds.</summary>
    RelationSchema Schema { get; }

    /// <summary>A parser of the endpoint's format for one stream (each stream needs its own: parsers count lines).</summary>
    IInputParser CreateParser();

    /// <summary>An empty buffer sized to the endpoint's <c>max_batch_size</c>.</summary>
    ChangeBuffer CreateBuffer();

    /// <summary>
    /// Completes when the endpoint may read more: immediately when it is running and its queue is below
    /// <c>max_queued_records</c>; later while the pipeline or the endpoint is paused or the queue is full.
    /// </summary>
    ValueTask WaitForCapacityAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Hands over a batch (the consumer owns it from now on) with the number of input bytes it came from, the position
    /// after it, and the records rejected while parsing it (counted and reported by the host).
    /// </summary>
    void Queue(ChangeBuffer changes, long bytes, InputPosition position, IReadOnlyList<ParseError>? errors);

    /// <summary>Reports a problem with the source itself (a file that disappeared, an HTTP error). A fatal problem
    /// ends the endpoint; the pipeline keeps running.</summary>
    void TransportError(string message, bool fatal);

    /// <summary>The source has no more data.</summary>
    void EndOfInput();
}
