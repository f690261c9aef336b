using System.Collections.Immutable;
using System.Diagnostics;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.FaultTolerance;
using Sql2Dbsp.Host.Stats;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.Controller;

/// <summary>
/// Runs a compiled program as a pipeline: one circuit thread owns the <see cref="Pipeline"/> and steps it whenever
/// input is buffered (subject to <c>min_batch_size_records</c> and <c>max_buffering_delay_usecs</c>); input endpoints
/// read and parse on their own tasks into per-endpoint queues bounded by <c>max_queued_records</c>; each output
/// endpoint has its own queue and writer task. Every step has a step number and commits a transaction number, and
/// records each endpoint's input and resume position (<see cref="LastStep"/>). With storage it takes checkpoints
/// (circuit and upsert state, input positions, output progress) between steps, resumes from them, and under
/// exactly-once journals every step and replays the journal at start (PipelineController.FaultTolerance.cs).
/// </summary>
public sealed partial class PipelineController : IAsyncDisposable
{
    private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(10);

    private Pipeline pipeline = null!;
    private readonly PipelineConfig config;
    private readonly string workingDirectory;
    private readonly Dictionary<string, TableWriter> tables = new(StringComparer.Ordinal); // by relation identity
    private readonly object endpointsLock = new();
    private readonly WakeSignal wake = new();
    private readonly CancellationTokenSource readersCancellation = new();
    private readonly CancellationTokenSource outputsCancellation = new();
    private readonly LatencyHistogram stepLatency = new();
    private readonly TaskCompletionSource circuitDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IngestRequest> requests = [];
    private volatile InputEndpoint[] inputs = [];
    private volatile OutputEndpoint[] outputs = [];
    private volatile ViewSinks[] sinks = [];
    private volatile PipelineState state = PipelineState.Initializing;
    private volatile bool inputPaused;
    private volatile bool stopping;
    private volatile string? error;
    private volatile StepRecord? lastStep;
    private long steps;
    private long transaction;
    private long processedRecords;
    private long firstBufferedAt;
    private readonly string? storageDirectory;
    private readonly StorageLock? storageLock;
    private readonly FaultToleranceModel model;
    private int egressCount;
    private Task? stopTask;

    /// <summary>
    /// Creates the pipeline of <paramref name="program"/> with the declared <paramref name="connectors"/>; nothing runs
    /// until <see cref="Open"/>. When <paramref name="storageDirectory"/> holds a checkpoint, the pipeline resumes from
    /// it: the circuit's and the upsert state, the step and transaction numbers, and each connector's position.
    /// </summary>
    /// <exception cref="ArgumentException">The connectors have errors, or one does not support the fault-tolerance model (named).</exception>
    /// <exception cref="Runtime.Storage.CheckpointException">The checkpoint cannot be used (another program, no intact checkpoint).</exception>
    public PipelineController(SqlProgram program, ConnectorCatalog connectors, PipelineConfig config, string workingDirectory, PipelineLog? log = null,
        string? storageDirectory = null)
    {
        if (!connectors.Success) throw new ArgumentException("the connectors have errors", nameof(connectors));
        if (connectors.CheckFaultTolerance(config.FaultTolerance.Model) is { Length: > 0 } unsupported)
            throw new ArgumentException(string.Join("; ", unsupported.Select(d => d.Message)), nameof(connectors));
        if (config.FaultTolerance.Model != FaultToleranceModel.None && storageDirectory is null)
            throw new ArgumentException($"fault tolerance ('{config.FaultTolerance.Model.ConfigName()}') needs a storage directory", nameof(storageDirectory));
        Program = program;
        this.config = config;
        this.workingDirectory = workingDirectory;
        this.storageDirectory = storageDirectory;
        model = config.FaultTolerance.Model;
        Log = log ?? new PipelineLog();
        // Before anything in the directory is read: a second process must not resume the same checkpoint and journal.
        storageLock = storageDirectory is null ? null : StorageLock.Acquire(storageDirectory);
        try
        {
            Initialize(connectors);
        }
        catch
        {
            storageLock?.Dispose();
            throw;
        }
    }

    private void Initialize(ConnectorCatalog connectors)
    {
        var program = Program;
        // Only programs with primary-key tables hold upsert rows; their checkpoints carry them as a state of their own.
        upsertState = program.Tables.Any(t => !t.PrimaryKey.IsDefaultOrEmpty)
            ? new Dictionary<string, IOperatorState> { [UpsertState.Name] = new UpsertState(tables) }
            : null;
        pipeline = storageDirectory is not null && SqlProgram.HasCheckpoint(storageDirectory) ? Resume(storageDirectory) : program.CreatePipeline();
        pipeline.ClockResolution = TimeSpan.FromMicroseconds(config.ClockResolutionUsecs);
        foreach (var table in program.Tables)
            tables[table.Identity] = new TableWriter(pipeline.Input(RelationNames.Quote(table.Identity)), RelationSchema.Of(table), countsRows: pipeline.ResumedFrom is null);
        (upsertState?[UpsertState.Name] as UpsertState)?.ApplyTo(tables);
        foreach (var connector in connectors.Inputs)
        {
            var endpoint = AddInput(connector.EndpointName, connector.Relation, connector.Config, transient: false);
            if (resumed?.Inputs.GetValueOrDefault(connector.EndpointName) is { } position) endpoint.SetResumePosition(position);
        }
        foreach (var connector in connectors.Outputs)
        {
            var transport = (OutputTransportConfig)connector.Config.Transport;
            var context = new OutputWriterContext(connector.EndpointName, connector.Relation, connector.Config.Format, workingDirectory,
                model, Resuming: pipeline.ResumedFrom is not null, resumed?.Outputs.GetValueOrDefault(connector.EndpointName)?.Token);
            AddOutput(new OutputEndpoint(this, connector.EndpointName, connector.Relation, transport, connector.Config.Format,
                connector.Config.MaxQueuedRecords, dropWhenFull: false, () => transport.CreateWriter(context)));
        }
    }

    /// <summary>The compiled program.</summary>
    public SqlProgram Program { get; }

    /// <summary>The pipeline's log.</summary>
    public PipelineLog Log { get; }

    /// <summary>The lifecycle state.</summary>
    public PipelineState State => state;

    /// <summary>Why the pipeline failed, when it did.</summary>
    public string? Error => error;

    /// <summary>When <see cref="Open"/> was called.</summary>
    public DateTimeOffset StartTime { get; private set; } = DateTimeOffset.Now;

    /// <summary>Completed steps.</summary>
    public long Steps => Volatile.Read(ref steps);

    /// <summary>The last completed step, with each endpoint's input and resume position.</summary>
    public StepRecord? LastStep => lastStep;

    /// <summary>The running pipeline. Only read its outputs once the controller has stopped: the circuit thread owns it.</summary>
    public Pipeline Pipeline => pipeline;

    /// <summary>Completes when the circuit thread has ended: the pipeline stopped, failed or was suspended.</summary>
    public Task CircuitCompletion => circuitDone.Task;

    /// <summary>Step durations.</summary>
    public LatencyHistogram StepLatency => stepLatency;

    /// <summary>True once <see cref="StopAsync"/> was called.</summary>
    public bool Stopping => stopping;

    /// <summary>The input endpoints' names.</summary>
    public IEnumerable<string> InputNames => inputs.Select(i => i.EndpointName);

    /// <summary>The output endpoints' names.</summary>
    public IEnumerable<string> OutputNames => outputs.Select(o => o.EndpointName);

    /// <summary>True while input endpoints must not read (the pipeline is paused or stopping).</summary>
    internal bool InputPaused => inputPaused || stopping || suspending;

    /// <summary>
    /// Opens the connectors and starts the circuit thread, running or paused. Under exactly-once it first replays the
    /// journaled steps after the checkpoint it resumed from; under a fault-tolerance model a fresh pipeline first
    /// writes an initial checkpoint, so a crash at any later point has one to restart from.
    /// </summary>
    /// <exception cref="FaultTolerance.JournalReplayException">A journaled step could not be repeated exactly.</exception>
    /// <exception cref="Runtime.Storage.CheckpointException">The journal is damaged, or the initial checkpoint cannot be written.</exception>
    public void Open(bool paused = false)
    {
        if (state != PipelineState.Initializing) throw new InvalidOperationException("the pipeline is already open");
        StartTime = DateTimeOffset.Now;
        inputPaused = paused;
        foreach (var output in outputs) output.Start(outputsCancellation.Token);
        if (!OpenFaultTolerance())
        {
            // The durable ingress applied at restart failed (a runtime SQL error): failed, the API up, nothing read.
            circuitDone.TrySetResult();
            return;
        }
        foreach (var input in inputs)
            input.Reader ??= ((InputTransportConfig)input.Config.Transport).CreateReader(new InputReaderContext(input.EndpointName, input.Schema, workingDirectory, input.ResumeFrom));
        state = paused ? PipelineState.Paused : PipelineState.Running;
        new Thread(RunCircuit) { IsBackground = true, Name = "sql2dbsp-circuit" }.Start();
        foreach (var input in inputs) StartReader(input);
        Log.Info($"pipeline {(paused ? "paused" : "running")}: {inputs.Length} input and {outputs.Length} output connector(s)");
    }

    /// <summary>Resumes reading input (<c>/start</c>). Returns false when the pipeline can no longer run.</summary>
    public bool Start()
    {
        if (state is not (PipelineState.Running or PipelineState.Paused) || stopping) return false;
        if (state == PipelineState.Paused) Log.Info("pipeline running");
        inputPaused = false;
        state = PipelineState.Running;
        foreach (var input in inputs) input.Signal();
        return true;
    }

    /// <summary>Stops reading input; what was already read is still processed (<c>/pause</c>). Returns false when the pipeline is not running.</summary>
    public bool Pause()
    {
        if (state is not (PipelineState.Running or PipelineState.Paused) || stopping) return false;
        if (state == PipelineState.Running) Log.Info("pipeline paused");
        inputPaused = true;
        state = PipelineState.Paused;
        return true;
    }

    /// <summary>Pauses or resumes one input endpoint; false when there is no such endpoint.</summary>
    public bool SetEndpointPaused(string name, bool paused)
    {
        var endpoint = FindInput(name);
        if (endpoint is null) return false;
        if (endpoint.Paused != paused) Log.Info($"input {endpoint.EndpointName} {(paused ? "paused" : "started")}");
        endpoint.SetPaused(paused);
        return true;
    }

    /// <summary>The names of the tables.</summary>
    public IEnumerable<string> TableNames => Program.Tables.Select(t => t.Name);

    /// <summary>The names of the views that have outputs (not LOCAL).</summary>
    public IEnumerable<string> ViewNames => pipeline.Outputs.Select(o => o.View.Name);

    /// <summary>
    /// The HTTP ingress endpoint of a table and format (one per pair, created on first use), or null for an unknown
    /// table. <paramref name="formatKey"/> distinguishes format settings in the endpoint's name.
    /// </summary>
    internal InputEndpoint? Ingress(string table, FormatConfig format, string formatKey)
    {
        if (!pipeline.TryGetInput(table, out var input) || !tables.TryGetValue(input.Table.Identity, out var writer)) return null;
        var schema = writer.Schema;
        string name = $"api-ingress-{schema.Name}-{formatKey}";
        lock (endpointsLock)
        {
            if (inputs.FirstOrDefault(i => i.EndpointName == name) is { } existing) return existing;
            var endpoint = AddInput(name, schema, new ConnectorConfig(name, new HttpInputConfig(), format), transient: true);
            // Its entries taken before a restart: the next step's journal record starts after them.
            if (ingressPositions.TryGetValue(name, out string? position)) endpoint.SetResumePosition(position);
            if (state != PipelineState.Initializing) StartReader(endpoint);
            return endpoint;
        }
    }

    /// <summary>Adds an HTTP egress endpoint writing <paramref name="view"/>'s changes to <paramref name="response"/>,
    /// or returns null for an unknown view.</summary>
    internal OutputEndpoint? AddEgress(string view, FormatConfig format, Stream response, bool backpressure)
    {
        if (!pipeline.TryGetOutput(view, out var output)) return null;
        var schema = RelationSchema.Of(output.View);
        string name = $"api-egress-{schema.Name}-{Interlocked.Increment(ref egressCount)}";
        var transport = new HttpOutputConfig(response);
        var context = new OutputWriterContext(name, schema, format, workingDirectory);
        var endpoint = new OutputEndpoint(this, name, schema, transport, format, ConnectorConfig.DefaultMaxQueuedRecords, dropWhenFull: !backpressure,
            () => transport.CreateWriter(context));
        endpoint.Start(outputsCancellation.Token);
        AddOutput(endpoint);
        Log.Info($"output {name}: client connected ({format.Name}{(backpressure ? ", backpressure" : "")})");
        return endpoint;
    }

    /// <summary>Removes an output endpoint (an egress client went away) after it wrote what it had queued.</summary>
    internal void RemoveOutput(OutputEndpoint endpoint)
    {
        lock (endpointsLock)
        {
            outputs = [.. outputs.Where(o => o != endpoint)];
            RebuildSinks();
        }
        endpoint.Complete();
        OutputDrained();
    }

    /// <summary>A snapshot of the counters.</summary>
    public PipelineStats Stats()
    {
        var ins = inputs;
        var outs = outputs;
        long processed = Volatile.Read(ref processedRecords);
        long completed = outs.Length == 0 ? processed : outs.Min(o => o.CompletedThrough(processed));
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var global = new GlobalStats(state, error, StartTime, DateTimeOffset.Now - StartTime, Steps, Volatile.Read(ref transaction),
            ins.Sum(i => i.Buffered), ins.Sum(i => i.TotalRecords), processed, completed, IsComplete(),
            process.WorkingSet64, (long)process.TotalProcessorTime.TotalMilliseconds, stepLatency.Summary());
        var late = pipeline.Inputs.Where(i => i.Table.Columns.Any(c => c.Waterline is not null))
            .ToImmutableSortedDictionary(i => i.Table.Identity, i => i.LateRecords, StringComparer.Ordinal);
        return new PipelineStats(global, [.. ins.Select(i => i.Stats())], [.. outs.Select(o => o.Stats())], late);
    }

    /// <summary>The counters of one input endpoint, or null.</summary>
    public InputEndpointStats? InputStats(string name) => FindInput(name)?.Stats();

    /// <summary>The counters of one output endpoint, or null.</summary>
    public OutputEndpointStats? OutputStats(string name) =>
        outputs.FirstOrDefault(o => o.EndpointName == name)?.Stats()
        ?? outputs.FirstOrDefault(o => string.Equals(o.EndpointName, name, StringComparison.OrdinalIgnoreCase))?.Stats();

    /// <summary>
    /// Every input endpoint reached its end (an HTTP ingress endpoint: no request in progress), every record was
    /// processed, and every output endpoint wrote everything (Feldera's <c>pipeline_complete</c>).
    /// </summary>
    public bool IsComplete()
    {
        var ins = inputs;
        // Order matters: once every endpoint is finished its record count is final.
        if (!ins.All(i => i.Finished)) return false;
        long total = ins.Sum(i => i.TotalRecords);
        if (Volatile.Read(ref processedRecords) < total && state is not PipelineState.Failed) return false;
        return outputs.All(o => o.Idle || o.Failed);
    }

    /// <summary>Waits until <see cref="IsComplete"/> (polling), the pipeline fails, or the token is cancelled.</summary>
    public async Task WaitForCompletionAsync(CancellationToken cancellationToken)
    {
        while (!IsComplete() && state is not (PipelineState.Failed or PipelineState.Stopped or PipelineState.Suspended))
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops the pipeline: input endpoints stop reading, input already read is processed, outputs write what they
    /// have queued (for at most 10 s), then everything is closed. Safe to call more than once.
    /// </summary>
    public Task StopAsync()
    {
        lock (endpointsLock) return stopTask ??= StopCoreAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    // ------------------------------------------------------------------------------------------------ notifications

    /// <summary>An endpoint queued input (or finished): the circuit thread may step.</summary>
    internal void InputArrived()
    {
        Interlocked.CompareExchange(ref firstBufferedAt, Stopwatch.GetTimestamp(), 0);
        wake.Set();
    }

    /// <summary>An output endpoint wrote a batch: the circuit thread may be waiting for room.</summary>
    internal void OutputDrained() => wake.Set();

    // ------------------------------------------------------------------------------------------------ circuit thread

    private void RunCircuit()
    {
        var taken = new List<QueuedBatch>();
        try
        {
            // The first step runs without input, as in Feldera: views of constants get their rows, NOW() its first value.
            // A resumed pipeline had it before its checkpoint.
            if (pipeline.ResumedFrom is null || Volatile.Read(ref steps) == 0) Step(taken, force: true);
            while (true)
            {
                long buffered = TotalBuffered();
                bool queued = buffered > 0 || inputs.Any(i => i.HasQueued);
                if (CheckpointDue()) TakeCheckpoint();
                if (suspending && !queued && TrySuspend()) break;
                if (stopping && !queued) break;
                if (!queued)
                {
                    // A program that reads the clock steps at every clock tick, input or not.
                    if (pipeline.Now is { } now)
                    {
                        var untilTick = now + pipeline.ClockResolution - DateTime.UtcNow;
                        if (untilTick <= TimeSpan.Zero)
                        {
                            Step(taken, force: true);
                            continue;
                        }
                        wake.Wait(untilTick < TimeSpan.FromSeconds(1) ? untilTick : TimeSpan.FromSeconds(1));
                    }
                    else wake.Wait(TimeSpan.FromSeconds(1));
                    continue;
                }
                if (!stopping && outputs.Any(o => o.Blocking))
                {
                    wake.Wait(TimeSpan.FromMilliseconds(50));
                    continue;
                }
                if (!stopping && buffered < config.MinBatchSizeRecords)
                {
                    var waited = Stopwatch.GetElapsedTime(Volatile.Read(ref firstBufferedAt));
                    var limit = TimeSpan.FromMicroseconds(config.MaxBufferingDelayUsecs);
                    if (waited < limit)
                    {
                        wake.Wait(limit - waited);
                        continue;
                    }
                }
                Step(taken, force: false);
            }
        }
        catch (StepFailedException e)
        {
            Fail(e.Message);
        }
        catch (CircuitFailedException e)
        {
            Fail(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The journal or the ingress log could not be written: the step's output was not released, nor its requests
            // answered, and going on would break exactly-once.
            Fail($"cannot write the journal or the ingress log in {storageDirectory}: {e.Message}");
        }
        finally
        {
            FailPendingCheckpoints(state == PipelineState.Suspended ? "the pipeline is suspended" : $"the pipeline is {(state == PipelineState.Failed ? "failed" : "stopping")}");
            circuitDone.TrySetResult();
        }
    }

    /// <summary>Takes queued input and steps the circuit if any was applied, or regardless when <paramref name="force"/> is set.</summary>
    private void Step(List<QueuedBatch> taken, bool force)
    {
        long started = Stopwatch.GetTimestamp();
        long step = steps + 1, txn = transaction + 1;
        var stepInputs = ImmutableArray.CreateBuilder<StepInput>();
        var journaled = journal is null ? null : ImmutableArray.CreateBuilder<FaultTolerance.JournalInput>();
        long records = 0, applied = 0, ingressThrough = 0;
        requests.Clear();
        foreach (var input in inputs)
        {
            taken.Clear();
            input.Take(input.Config.MaxBatchSize, taken);
            if (taken.Count == 0) continue;
            long queued = 0, bytes = 0, endpointApplied = 0;
            InputPosition? before = input.ProcessedPosition, position = null;
            if (journaled is not null) BeginJournalInput();
            foreach (var batch in taken)
            {
                queued += batch.Changes.Count;
                if (batch.Position is IngressPosition logged)
                {
                    ingressLog!.Consumed(logged.Entry);
                    ingressThrough = Math.Max(ingressThrough, logged.Entry);
                    ingressHashes.Add(logged.Hash);
                }
                else if (journaled is not null) JournalRecords(batch.Changes);
                endpointApplied += input.Table.Apply(batch.Changes, input, batch.Request);
                if (batch.Request is not null) requests.Add(batch.Request);
                bytes += batch.Bytes;
                position = batch.Position;
                input.Return(batch.Changes);
            }
            input.Taken(queued, position);
            if (position is IngressPosition ingress) ingressPositions[input.EndpointName] = ingress.Json;
            records += queued;
            applied += endpointApplied;
            stepInputs.Add(new StepInput(input.EndpointName, endpointApplied, bytes, position));
            journaled?.Add(EndJournalInput(input, before, position, queued));
        }
        Volatile.Write(ref firstBufferedAt, TotalBuffered() == 0 ? 0 : Stopwatch.GetTimestamp());
        long processed = Volatile.Read(ref processedRecords) + records;
        if (applied > 0 || force)
        {
            // Journaled (and on disk) before any output of the step is released or a request answered: a sink may dedupe
            // by this transaction number only if a restart repeats exactly this step under it. The record describes the
            // input only, so it is written while the step computes, and the ingress entries it names are fsynced at the
            // same time (a restart cuts off a newest record whose entries did not reach the disk: it was never released).
            durability?.Begin(ingressThrough, new FaultTolerance.JournalRecord(step, txn, journaled!.ToImmutable(), durability.IngressDurable));
            try
            {
                pipeline.Step();
            }
            catch (Exception e) when (durability is not null && e is StepFailedException or CircuitFailedException)
            {
                durability.End();
                journal!.RemoveLast();
                throw;
            }
            if (durability is not null)
            {
                durability.End();
                ingressLog!.JournaledThrough = step;
            }
            EmitOutputs(step, txn, processed);
            lastStep = new StepRecord(step, txn, stepInputs.ToImmutable());
            Volatile.Write(ref steps, step);
            Volatile.Write(ref transaction, txn);
            stepLatency.Record(Stopwatch.GetElapsedTime(started));
        }
        // Every record rejected, so no step: the requests are answered now, and only what is on disk is acknowledged.
        else if (ingressThrough > 0) ingressLog!.FlushThrough(ingressThrough);
        Volatile.Write(ref processedRecords, processed);
        // After the step (and its journal record): an ingress request answers once its records are in the tables.
        foreach (var request in requests) request.BatchApplied();
    }

    /// <summary>Queues each view's changes of the step just taken to the view's output endpoints (views without changes send nothing).</summary>
    private void EmitOutputs(long step, long txn, long processed)
    {
        foreach (var sink in sinks)
        {
            var changes = sink.Output.Changes;
            if (changes.Count == 0) continue;
            var batch = new OutputBatch(new OutputBatchInfo(step, txn, changes.Count), changes, processed);
            foreach (var endpoint in sink.Endpoints) endpoint.Enqueue(batch);
        }
    }

    private void Fail(string message)
    {
        error = message;
        state = PipelineState.Failed;
        Log.Error($"pipeline failed: {message}");
        readersCancellation.Cancel();
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    private async Task StopCoreAsync()
    {
        if (state == PipelineState.Initializing)
        {
            state = PipelineState.Stopped;
            durability?.Dispose();
            journal?.Dispose();
            ingressLog?.Dispose();
            storageLock?.Dispose();
            // Open may have started the outputs before it failed (a journal that cannot be replayed).
            foreach (var output in outputs) output.Complete();
            await Task.WhenAll(outputs.Select(o => o.Completion)).ConfigureAwait(false);
            return;
        }
        stopping = true;
        Log.Info("stopping: finishing the input already read");
        await readersCancellation.CancelAsync().ConfigureAwait(false);
        foreach (var input in inputs) input.Signal();
        await Task.WhenAll(inputs.Select(i => i.ReaderTask ?? Task.CompletedTask)).ConfigureAwait(false);
        wake.Set();
        await circuitDone.Task.ConfigureAwait(false);
        foreach (var output in outputs) output.Complete();
        var written = Task.WhenAll(outputs.Select(o => o.Completion));
        if (await Task.WhenAny(written, Task.Delay(OutputDrainTimeout)).ConfigureAwait(false) != written)
        {
            Log.Warning($"stopping: outputs did not finish writing within {OutputDrainTimeout.TotalSeconds:F0} s; closing them");
            await outputsCancellation.CancelAsync().ConfigureAwait(false);
            await written.ConfigureAwait(false);
        }
        durability?.Dispose();
        journal?.Dispose();
        ingressLog?.Dispose();
        storageLock?.Dispose();
        if (state is not (PipelineState.Failed or PipelineState.Suspended)) state = PipelineState.Stopped;
        Log.Info($"stopped after {Steps:N0} steps and {Volatile.Read(ref processedRecords):N0} records");
    }

    private InputEndpoint AddInput(string name, RelationSchema schema, ConnectorConfig connector, bool transient)
    {
        var endpoint = new InputEndpoint(this, name, schema, connector, tables[schema.Identity], transient);
        var transport = (InputTransportConfig)connector.Transport;
        // Declared endpoints get their reader in Open, once the position to resume from (checkpoint, journal) is known.
        if (transient) endpoint.Reader = transport.CreateReader(new InputReaderContext(name, schema, workingDirectory));
        lock (endpointsLock) inputs = [.. inputs, endpoint];
        return endpoint;
    }

    private void AddOutput(OutputEndpoint endpoint)
    {
        lock (endpointsLock)
        {
            outputs = [.. outputs, endpoint];
            RebuildSinks();
        }
    }

    private void RebuildSinks() =>
        sinks = [.. outputs.GroupBy(o => o.Schema.Identity, StringComparer.Ordinal)
            .Select(g => new ViewSinks(pipeline.Output(RelationNames.Quote(g.Key)), [.. g]))];

    private void StartReader(InputEndpoint endpoint)
    {
        var token = readersCancellation.Token;
        endpoint.ReaderTask = Task.Run(async () =>
        {
            try
            {
                await endpoint.Reader!.RunAsync(endpoint, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested || stopping)
            {
                // Stopping (or failed): the reader was told to end.
            }
            catch (Exception e)
            {
                // A transport bug must not take the pipeline down: the endpoint ends with the error.
                endpoint.TransportError($"unexpected failure: {e.GetType().Name}: {e.Message}", fatal: true);
            }
        }, CancellationToken.None);
    }

    private InputEndpoint? FindInput(string name) =>
        inputs.FirstOrDefault(i => i.EndpointName == name)
        ?? inputs.FirstOrDefault(i => string.Equals(i.EndpointName, name, StringComparison.OrdinalIgnoreCase));

    private long TotalBuffered()
    {
        long total = 0;
        foreach (var input in inputs) total += input.Buffered;
        return total;
    }

    /// <summary>A view's output handle and the endpoints its changes go to.</summary>
    private sealed record ViewSinks(ViewOutput Output, OutputEndpoint[] Endpoints);
}
