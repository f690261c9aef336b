using System.Buffers;
using System.Threading.Channels;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Stats;

namespace Sql2Dbsp.Host.Controller;

/// <summary>The changes of one view in one step, shared by all of the view's output endpoints.</summary>
/// <param name="Info">Step, transaction and size.</param>
/// <param name="Changes">The changed rows with their weights.</param>
/// <param name="ProcessedRecords">The pipeline's processed-record count once this step completed (for completion accounting).</param>
internal sealed record OutputBatch(OutputBatchInfo Info, IReadOnlyList<(object?[] Row, long Weight)> Changes, long ProcessedRecords);

/// <summary>
/// The host's side of an output connector: its own queue (so a slow sink never delays another), a task that encodes
/// and writes batches in order, and its counters. When its queue holds <c>max_queued_records</c> the circuit stops
/// stepping until it drains, unless the endpoint drops batches instead (HTTP egress without backpressure).
/// </summary>
internal sealed class OutputEndpoint
{
    private readonly PipelineController controller;
    private readonly Channel<OutputBatch> channel = Channel.CreateUnbounded<OutputBatch>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IOutputEncoder? encoder;
    private readonly Func<IOutputWriter> createWriter;
    private long queuedRecords;
    private long queuedBatches;
    private long transmittedRecords;
    private long transmittedBytes;
    private long encodeErrors;
    private long transportErrors;
    private long droppedBatches;
    private long completedThrough;
    private volatile bool busy;
    private volatile bool closing;
    private volatile string? fatalError;
    private volatile IOutputWriter? writer;
    private readonly TaskCompletionSource writerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OutputEndpoint(PipelineController controller, string name, RelationSchema schema, OutputTransportConfig transport, FormatConfig? format,
        long maxQueuedRecords, bool dropWhenFull, Func<IOutputWriter> createWriter)
    {
        this.controller = controller;
        EndpointName = name;
        Schema = schema;
        Transport = transport;
        Format = format;
        MaxQueuedRecords = maxQueuedRecords;
        DropWhenFull = dropWhenFull;
        this.createWriter = createWriter;
        encoder = transport.NeedsFormat ? format?.CreateEncoder(schema) : null;
    }

    public string EndpointName { get; }

    public RelationSchema Schema { get; }

    public OutputTransportConfig Transport { get; }

    public FormatConfig? Format { get; }

    public long MaxQueuedRecords { get; }

    public bool DropWhenFull { get; }

    /// <summary>Completes when the endpoint has written its last batch (after <see cref="Complete"/>) or failed.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>True when the queue is full and the circuit must wait for this endpoint.</summary>
    public bool Blocking => !DropWhenFull && fatalError is null && Volatile.Read(ref queuedRecords) >= MaxQueuedRecords;

    /// <summary>True once the endpoint stopped on an error.</summary>
    public bool Failed => fatalError is not null;

    /// <summary>True when nothing is queued or being written.</summary>
    public bool Idle => Volatile.Read(ref queuedBatches) == 0 && !busy;

    /// <summary>The processed-record count up to which this endpoint has written everything.</summary>
    public long CompletedThrough(long processed) => Idle || fatalError is not null ? processed : Volatile.Read(ref completedThrough);

    /// <summary>
    /// Circuit thread, at a checkpoint, once the endpoint is idle: makes its output durable and returns the writer's
    /// progress token (null when the writer keeps none or the endpoint failed).
    /// </summary>
    public async Task<string?> CommitAsync(CancellationToken cancellationToken)
    {
        await writerCreated.Task.ConfigureAwait(false);
        if (writer is not { } w || fatalError is not null) return null;
        return await w.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the writer found delivered when it resumed (exactly-once sinks with a progress record), once it exists.</summary>
    public async Task<DeliveredProgress?> ResumedProgressAsync()
    {
        await writerCreated.Task.ConfigureAwait(false);
        return writer?.ResumedProgress;
    }

    public void Start(CancellationToken cancellationToken) => Completion = Task.Run(() => RunAsync(cancellationToken), CancellationToken.None);

    /// <summary>Circuit thread: queues a batch (or drops it when the endpoint drops and is full).</summary>
    public void Enqueue(OutputBatch batch)
    {
        if (fatalError is not null) return;
        if (DropWhenFull && Volatile.Read(ref queuedRecords) >= MaxQueuedRecords)
        {
            Interlocked.Increment(ref droppedBatches);
            return;
        }
        Interlocked.Add(ref queuedRecords, batch.Changes.Count);
        Interlocked.Increment(ref queuedBatches);
        if (channel.Writer.TryWrite(batch)) return;
        // The endpoint was removed (a client went away) after this step looked it up.
        Interlocked.Add(ref queuedRecords, -batch.Changes.Count);
        Interlocked.Decrement(ref queuedBatches);
    }

    /// <summary>The destination is going away on purpose (an egress client disconnected): a write failing now is not an error.</summary>
    public void MarkClosing() => closing = true;

    /// <summary>No more batches will come: write what is queued, then close the writer.</summary>
    public void Complete() => channel.Writer.TryComplete();

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        IOutputWriter writer;
        try
        {
            writer = createWriter();
            this.writer = writer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Text.Json.JsonException)
        {
            Fail(e.Message);
            return;
        }
        finally
        {
            writerCreated.TrySetResult();
        }
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                busy = true;
                try
                {
                    buffer.ResetWrittenCount();
                    if (encoder is not null && !Encode(batch, buffer)) continue;
                    await writer.WriteBatchAsync(batch.Info, buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    Interlocked.Add(ref transmittedRecords, batch.Changes.Count);
                    Interlocked.Add(ref transmittedBytes, buffer.WrittenCount);
                    if (buffer.Capacity > 16 << 20) buffer = new ArrayBufferWriter<byte>(1 << 16);
                }
                finally
                {
                    Volatile.Write(ref completedThrough, batch.ProcessedRecords);
                    Interlocked.Add(ref queuedRecords, -batch.Changes.Count);
                    Interlocked.Decrement(ref queuedBatches);
                    busy = false;
                    controller.OutputDrained();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The pipeline is stopping without waiting for this endpoint.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            Fail(e is OperationCanceledException ? "the destination went away" : e.Message);
        }
        finally
        {
            channel.Writer.TryComplete();
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void Fail(string message)
    {
        fatalError = message;
        channel.Writer.TryComplete();
        if (!closing)
        {
            Interlocked.Increment(ref transportErrors);
            controller.Log.Error($"output {EndpointName}: {message}; the endpoint stopped, the pipeline keeps running");
        }
        controller.OutputDrained();
    }

    private bool Encode(OutputBatch batch, ArrayBufferWriter<byte> buffer)
    {
        try
        {
            encoder!.Encode(batch.Changes, buffer);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
        {
            Interlocked.Increment(ref encodeErrors);
            controller.Log.Error($"output {EndpointName}: cannot encode the changes of step {batch.Info.Step}: {e.Message}");
            return false;
        }
    }

    public OutputEndpointStats Stats() => new(
        EndpointName, Schema.Name, Transport.Name, Format?.Name,
        Volatile.Read(ref transmittedRecords), Volatile.Read(ref transmittedBytes), Volatile.Read(ref queuedRecords), Volatile.Read(ref queuedBatches),
        Volatile.Read(ref encodeErrors), Volatile.Read(ref transportErrors), Volatile.Read(ref droppedBatches), fatalError);
}
