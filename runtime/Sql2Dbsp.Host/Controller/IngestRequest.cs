using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Host.Controller;

/// <summary>
/// One <c>/ingress</c> request as its endpoint's consumer: it queues its batches through the endpoint, marked as its
/// own, so that the circuit thread can report the changes the table rejects when it applies them (an update of a
/// missing key) back to the request, and tell it when the step that applied its last batch has run. The response
/// waits for that: a 200 means every record of the body is in the table.
/// </summary>
internal sealed class IngestRequest(InputEndpoint endpoint) : IInputConsumer
{
    private readonly TaskCompletionSource applied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<ParseError> rejected = [];
    // One for the body still being parsed, one per batch queued and not yet applied.
    private int pending = 1;

    /// <summary>Completes when every batch of the request has been applied in a step.</summary>
    public Task Applied => applied.Task;

    /// <summary>Changes the table rejected, by record number (complete once <see cref="Applied"/> is).</summary>
    public IReadOnlyList<ParseError> Rejected
    {
        get
        {
            lock (rejected) return [.. rejected.OrderBy(e => e.Record)];
        }
    }

    /// <summary>The whole body has been parsed and queued.</summary>
    public void Parsed() => Release();

    /// <summary>Circuit thread: the table rejected a change of this request.</summary>
    public void Reject(ParseError error)
    {
        lock (rejected) rejected.Add(error);
    }

    /// <summary>Circuit thread: a batch of this request was applied (its step ran, or it had nothing to apply).</summary>
    public void BatchApplied() => Release();

    private void Release()
    {
        if (Interlocked.Decrement(ref pending) == 0) applied.TrySetResult();
    }

    public string EndpointName => endpoint.EndpointName;

    public RelationSchema Schema => endpoint.Schema;

    public IInputParser CreateParser() => endpoint.CreateParser();

    public ChangeBuffer CreateBuffer() => endpoint.CreateBuffer();

    public ValueTask WaitForCapacityAsync(CancellationToken cancellationToken) => endpoint.WaitForCapacityAsync(cancellationToken);

    public void Queue(ChangeBuffer changes, long bytes, InputPosition position, IReadOnlyList<ParseError>? errors)
    {
        Interlocked.Increment(ref pending);
        if (!endpoint.Queue(changes, bytes, position, errors, this)) Release();
    }

    public void TransportError(string message, bool fatal) => endpoint.TransportError(message, fatal);

    public void EndOfInput() => endpoint.EndOfInput();
}
