using System.Collections.Concurrent;
using System.Text.Json;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Stats;

namespace Sql2Dbsp.Host.Controller;

/// <summary>A batch waiting in an input endpoint's queue; <paramref name="Request"/> is the <c>/ingress</c> request
/// waiting for it to be applied, if any.</summary>
internal readonly record struct QueuedBatch(ChangeBuffer Changes, long Bytes, InputPosition Position, IngestRequest? Request = null);

/// <summary>
/// The host's side of an input connector: its queue of parsed batches, its flow control (pause flags and
/// <c>max_queued_records</c>), its counters, and the task running its transport's reader. The reader thread calls the
/// <see cref="IInputConsumer"/> methods; the circuit thread calls <see cref="Take"/>.
/// </summary>
internal sealed class InputEndpoint : IInputConsumer
{
    private const int LoggedErrors = 10;

    private readonly PipelineController controller;
    private readonly ConcurrentQueue<QueuedBatch> queue = new();
    private readonly ConcurrentBag<ChangeBuffer> pool = [];
    private readonly object gateLock = new();
    private TaskCompletionSource? gate;
    private long buffered;
    private long totalRecords;
    private long totalBytes;
    private long parseErrors;
    private long transportErrors;
    private long negativeWeights;
    private volatile bool paused;
    private volatile bool endOfInput;
    private volatile string? fatalError;
    private volatile string? lastError;
    private volatile InputPosition? processedPosition;
    private int activeRequests;

    public InputEndpoint(PipelineController controller, string name, RelationSchema schema, ConnectorConfig config, TableWriter table, bool transient)
    {
        this.controller = controller;
        EndpointName = name;
        Schema = schema;
        Config = config;
        Table = table;
        Transient = transient;
        paused = config.Paused;
    }

    public string EndpointName { get; }

    public RelationSchema Schema { get; }

    public ConnectorConfig Config { get; }

    public TableWriter Table { get; }

    /// <summary>An HTTP ingress endpoint (created by the API, idle rather than finished between requests).</summary>
    public bool Transient { get; }

    public IInputReader? Reader { get; set; }

    /// <summary>Where the reader starts: the position of a checkpoint or of the last replayed step (null: the beginning).</summary>
    public JsonElement? ResumeFrom { get; private set; }

    /// <summary>The position after the last step that took input from this endpoint (what a checkpoint saves).</summary>
    public InputPosition? ProcessedPosition => processedPosition;

    /// <summary>Sets where the reader starts and the processed position (resume and replay, before the reader runs).</summary>
    public void SetResumePosition(string json)
    {
        var position = new JsonPosition(json);
        ResumeFrom = position.Element;
        processedPosition = position;
    }

    public Task? ReaderTask { get; set; }

    public long Buffered => Volatile.Read(ref buffered);

    /// <summary>True when batches are queued, including empty ones that only move the position (all their records were rejected).</summary>
    public bool HasQueued => !queue.IsEmpty;

    public long TotalRecords => Volatile.Read(ref totalRecords);

    public bool Paused => paused;

    /// <summary>True when this endpoint will queue nothing more on its own: its source ended or failed, or (ingress)
    /// no request is in progress.</summary>
    public bool Finished => Transient ? Volatile.Read(ref activeRequests) == 0 : endOfInput;

    private bool CanRead => !paused && !controller.InputPaused && Buffered < Config.MaxQueuedRecords;

    // ---------------------------------------------------------------- IInputConsumer (reader side)

    public IInputParser CreateParser() =>
        Config.Format?.CreateParser(Schema) ?? throw new InvalidOperationException($"endpoint '{EndpointName}' has no format");

    public ChangeBuffer CreateBuffer() => pool.TryTake(out var buffer) ? buffer : new ChangeBuffer(Schema.Arity, Config.MaxBatchSize);

    public async ValueTask WaitForCapacityAsync(CancellationToken cancellationToken)
    {
        while (!CanRead)
        {
            // Input that has not been read by now will not be: the pipeline processes what it has and stops.
            if (controller.Stopping) throw new OperationCanceledException("the pipeline is stopping");
            Task wait;
            lock (gateLock)
            {
                if (CanRead) return;
                gate ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = gate.Task;
            }
            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Queue(ChangeBuffer changes, long bytes, InputPosition position, IReadOnlyList<ParseError>? errors) =>
        Queue(changes, bytes, position, errors, request: null);

    /// <summary>Queues a batch for <paramref name="request"/> (null: the endpoint's own reader); false when there was
    /// nothing to queue.</summary>
    public bool Queue(ChangeBuffer changes, long bytes, InputPosition position, IReadOnlyList<ParseError>? errors, IngestRequest? request)
    {
        if (errors is not null) foreach (var error in errors) RecordParseError(error.ToString());
        Interlocked.Add(ref totalBytes, bytes);
        if (changes.Count == 0 && bytes == 0)
        {
            Return(changes);
            return false;
        }
        // Empty batches are queued too when they consumed bytes: their position must advance with the step.
        if (Transient && controller.IngressLog is { } log)
        {
            // Exactly-once ingress: appended to the ingress log and queued in log order; the step that takes it makes it
            // durable before its journal record, and only then is the request answered.
            log.Append(EndpointName, Schema.Identity, changes, (entry, hash) =>
            {
                Interlocked.Add(ref buffered, changes.Count);
                queue.Enqueue(new QueuedBatch(changes, bytes, new FaultTolerance.IngressPosition(entry, hash), request));
            });
        }
        else
        {
            Interlocked.Add(ref buffered, changes.Count);
            queue.Enqueue(new QueuedBatch(changes, bytes, position, request));
        }
        Interlocked.Add(ref totalRecords, changes.Count);
        controller.InputArrived();
        return true;
    }

    public void TransportError(string message, bool fatal)
    {
        Interlocked.Increment(ref transportErrors);
        lastError = message;
        if (fatal)
        {
            fatalError = message;
            endOfInput = true;
            controller.Log.Error($"input {EndpointName}: {message}; the endpoint stopped, the pipeline keeps running");
            controller.InputArrived();
        }
        else controller.Log.Warning($"input {EndpointName}: {message}");
    }

    public void EndOfInput()
    {
        endOfInput = true;
        controller.Log.Info($"input {EndpointName}: end of input ({TotalRecords:N0} records)");
        controller.InputArrived();
    }

    // ---------------------------------------------------------------- controller side

    /// <summary>Circuit thread: dequeues batches until they hold at least <paramref name="maxRecords"/> records (at least one batch).</summary>
    public void Take(int maxRecords, List<QueuedBatch> into)
    {
        long records = 0;
        while (records < maxRecords && queue.TryDequeue(out var batch))
        {
            into.Add(batch);
            records += batch.Changes.Count;
        }
    }

    /// <summary>Circuit thread: the taken batches were applied; frees queue capacity and notes the resume position.</summary>
    public void Taken(long records, InputPosition? position)
    {
        Interlocked.Add(ref buffered, -records);
        if (position is not null) processedPosition = position;
        Signal();
    }

    /// <summary>Returns an applied buffer for reuse.</summary>
    public void Return(ChangeBuffer buffer)
    {
        buffer.Clear();
        if (pool.Count < 4) pool.Add(buffer);
    }

    /// <summary>Circuit thread: the table rejected a change of a batch of this endpoint.</summary>
    public void RecordRejected(ParseError error, IngestRequest? request)
    {
        RecordParseError(error.ToString());
        request?.Reject(error);
    }

    /// <summary>Circuit thread: applying a change of this endpoint left its table with a negative row count.</summary>
    public void RecordNegativeWeight(string table, long count)
    {
        long n = Interlocked.Increment(ref negativeWeights);
        if (n == 1 || n % 10_000 == 0)
            controller.Log.Warning($"input {EndpointName}: table '{table}' has a negative row count ({count}) after a delete " +
                $"({n:N0} such change(s) so far): a row was deleted that was never inserted, so the table's views are wrong until it is inserted");
    }

    /// <summary>Counts a rejected record and logs the first few (a flood of bad input must not flood the log).</summary>
    public void RecordParseError(string message)
    {
        long n = Interlocked.Increment(ref parseErrors);
        lastError = message;
        if (n <= LoggedErrors) controller.Log.Warning($"input {EndpointName}: rejected {message}");
        else if (n % 10_000 == 0) controller.Log.Warning($"input {EndpointName}: {n:N0} records rejected so far; last: {message}");
    }

    public void SetPaused(bool value)
    {
        paused = value;
        Signal();
    }

    /// <summary>Wakes a reader waiting for capacity (it re-checks the flags itself).</summary>
    public void Signal()
    {
        TaskCompletionSource? waiting;
        lock (gateLock)
        {
            waiting = gate;
            gate = null;
        }
        waiting?.TrySetResult();
    }

    public void RequestStarted() => Interlocked.Increment(ref activeRequests);

    public void RequestFinished()
    {
        Interlocked.Decrement(ref activeRequests);
        controller.InputArrived();
    }

    public InputEndpointStats Stats() => new(
        EndpointName, Schema.Name, Config.Transport.Name, Config.Format?.Name, paused,
        Volatile.Read(ref totalBytes), TotalRecords, Buffered, Volatile.Read(ref parseErrors), Volatile.Read(ref transportErrors),
        Finished, fatalError, lastError, processedPosition, Volatile.Read(ref negativeWeights));
}
