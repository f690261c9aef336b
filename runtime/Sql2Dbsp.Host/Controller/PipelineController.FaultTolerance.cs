using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.FaultTolerance;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.FaultTolerance;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.Controller;

/// <summary>
/// Fault tolerance of the controller: resuming from a checkpoint, checkpoints (on request, at an interval, at
/// suspend) taken between steps on the circuit thread, and under exactly-once the journal and its replay.
/// </summary>
public sealed partial class PipelineController
{
    private static readonly TimeSpan OutputCheckpointTimeout = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<TaskCompletionSource<CompletedCheckpoint>> checkpointRequests = new();
    private readonly object statusLock = new();
    private readonly MemoryStream journalBuffer = new();
    private readonly List<ulong> ingressHashes = [];
    private TaskCompletionSource<CompletedCheckpoint> suspended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HostCheckpointState? resumed;
    private Journal? journal;
    private IngressLog? ingressLog;
    private StepDurability? durability;
    private long lastCheckpointIngressConsumed;

    /// <summary>Exactly-once: each HTTP ingress endpoint's last ingress log entry taken by a step (JSON positions), also for endpoints not recreated since a restart.</summary>
    private readonly ConcurrentDictionary<string, string> ingressPositions = new(StringComparer.Ordinal);
    private CheckpointStatus checkpointStatus = CheckpointStatus.None;
    private long checkpointSequence;
    private long lastCheckpointStep;

    /// <summary>The upsert state as a caller state of checkpoints (null when no table has a primary key).</summary>
    private IReadOnlyDictionary<string, IOperatorState>? upsertState;
    private long lastCheckpointAt = Stopwatch.GetTimestamp();
    private volatile bool suspending;

    /// <summary>The fault-tolerance model.</summary>
    public FaultToleranceModel FaultToleranceModel => model;

    /// <summary>The storage directory (checkpoints, journal), or null without storage.</summary>
    public string? StorageDirectory => storageDirectory;

    /// <summary>The outcome of the latest checkpoints (<c>GET /checkpoint_status</c>).</summary>
    public CheckpointStatus CheckpointStatus
    {
        get
        {
            lock (statusLock) return checkpointStatus;
        }
    }

    /// <summary>The checkpoint this pipeline resumed from, or null for a fresh start.</summary>
    public RestoredCheckpoint? ResumedFrom => pipeline.ResumedFrom;

    /// <summary>The durable log of HTTP ingress (exactly-once only).</summary>
    internal IngressLog? IngressLog => ingressLog;

    /// <summary>Steps repeated from the journal at start (exactly-once).</summary>
    public long ReplayedSteps { get; private set; }

    /// <summary>
    /// Asks for a checkpoint between the next two steps (<c>POST /checkpoint</c>). Returns its sequence number and a
    /// task that completes when it is published (or faults with the reason it failed).
    /// </summary>
    /// <exception cref="InvalidOperationException">No storage, or the pipeline is not running.</exception>
    public (long Sequence, Task<CompletedCheckpoint> Completion) RequestCheckpoint()
    {
        if (storageDirectory is null) throw new InvalidOperationException("checkpoints need storage, but 'storage' is false");
        if (state is not (PipelineState.Running or PipelineState.Paused) || stopping)
            throw new InvalidOperationException($"the pipeline is {(stopping ? "stopping" : state.ToString())}");
        var request = new TaskCompletionSource<CompletedCheckpoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        long sequence;
        // The number and the queue position are taken together, so the checkpoint that serves a request has a number at least as high.
        lock (checkpointRequests)
        {
            sequence = Interlocked.Increment(ref checkpointSequence);
            checkpointRequests.Enqueue(request);
        }
        wake.Set();
        return (sequence, request.Task);
    }

    /// <summary>
    /// Suspends the pipeline (<c>POST /suspend</c>): input endpoints stop reading, the input already read is
    /// processed, a checkpoint is written, and the circuit ends (state <see cref="PipelineState.Suspended"/>). The task
    /// completes with the checkpoint, or faults when it could not be written (the pipeline then keeps running).
    /// </summary>
    /// <exception cref="InvalidOperationException">No storage, or the pipeline is not running.</exception>
    public Task<CompletedCheckpoint> SuspendAsync()
    {
        if (storageDirectory is null) throw new InvalidOperationException("suspending needs storage, but 'storage' is false");
        if (state is not (PipelineState.Running or PipelineState.Paused or PipelineState.Suspended) || stopping)
            throw new InvalidOperationException($"the pipeline is {(stopping ? "stopping" : state.ToString())}");
        if (!suspending)
        {
            Log.Info("suspending: finishing the input already read, then writing a checkpoint");
            // A suspension that failed before leaves a faulted task: this attempt gets a new one.
            if (suspended.Task.IsFaulted) suspended = new TaskCompletionSource<CompletedCheckpoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        suspending = true;
        wake.Set();
        return suspended.Task;
    }

    // ------------------------------------------------------------------------------------------------ start

    private Pipeline Resume(string storage)
    {
        var resumedPipeline = Program.ResumePipeline(storage, upsertState);
        var restored = resumedPipeline.ResumedFrom!;
        foreach (string skipped in restored.Skipped) Log.Warning($"checkpoint skipped: {skipped}");
        resumed = HostCheckpointState.From(restored.Checkpoint.Properties);
        steps = resumed?.Step ?? restored.Checkpoint.Step;
        transaction = resumed?.Transaction ?? steps;
        lastCheckpointStep = steps;
        if (resumed is not null && resumed.Model != model)
            Log.Warning($"the checkpoint was written under fault_tolerance model '{resumed.Model.ConfigName()}'; continuing under '{model.ConfigName()}'");
        Log.Info($"resumed from checkpoint {restored.Checkpoint.Sequence} in {storage} (step {steps}, transaction {transaction}, " +
            $"{restored.Checkpoint.Bytes:N0} bytes of state, restored in {restored.Checkpoint.Elapsed.TotalMilliseconds:F0} ms)");
        return resumedPipeline;
    }

    /// <summary>Resumes fault tolerance; false when the step applying durable ingress that no journaled step took failed (the pipeline is then failed).</summary>
    private bool OpenFaultTolerance()
    {
        if (storageDirectory is null) return true;
        if (model != FaultToleranceModel.ExactlyOnce)
        {
            Journal.DeleteAll(storageDirectory);
            IngressLog.DeleteAll(storageDirectory);
        }
        if (model == FaultToleranceModel.None) return true;
        bool fresh = pipeline.ResumedFrom is null;
        if (model == FaultToleranceModel.ExactlyOnce)
        {
            ingressLog = IngressLog.Open(storageDirectory, fresh, resumed?.IngressConsumed ?? 0, resumed?.IngressLogged ?? 0,
                checkpointHasLog: resumed?.Model == FaultToleranceModel.ExactlyOnce, out var entries, out string? ingressTorn);
            if (ingressTorn is not null) Log.Warning($"ingress log: ignored a record torn by a crash (its request was never acknowledged): {ingressTorn}");
            lastCheckpointIngressConsumed = resumed?.IngressConsumed ?? 0;
            if (resumed is not null)
                foreach (var (name, position) in resumed.Inputs)
                    if (IsIngressEndpoint(name)) ingressPositions[name] = position;
            var pendingIngress = new PendingIngress(entries, ingressPositions, ingressLog);
            journal = Journal.Open(storageDirectory, steps, fresh, checkpointHasJournal: resumed?.Model == FaultToleranceModel.ExactlyOnce,
                out var records, out string? tornTail);
            if (tornTail is not null) Log.Warning($"journal: ignored a record torn by a crash: {tornTail}");
            CutRecordAheadOfIngressLog(records);
            CheckIngressLogAgainstJournal(records.Count > 0 ? records[^1].Step : steps);
            CheckOutputsAgainstJournal(records.Count > 0 ? records[^1].Transaction : transaction, records.Count > 0 ? records[^1].Step : steps);
            durability = new StepDurability(ingressLog, journal);
            if (records.Count > 0) Replay(records, pendingIngress);
            try
            {
                RecoverIngress(pendingIngress);
            }
            catch (StepFailedException e)
            {
                // Durable records may sit beside acknowledged ones, so they cannot be dropped; the state stays at the last good step.
                Fail($"applying the ingress records that were on disk but that no journaled step had taken before the restart failed: {e.Message}");
                return false;
            }
        }
        if (fresh)
        {
            // A checkpoint of the empty pipeline: from now on a crash always has a checkpoint (and a journal) to restart from.
            var request = new TaskCompletionSource<CompletedCheckpoint>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (checkpointRequests)
            {
                Interlocked.Increment(ref checkpointSequence);
                checkpointRequests.Enqueue(request);
            }
            TakeCheckpoint();
            if (request.Task.Exception is { } e) throw new CheckpointException($"cannot write the initial checkpoint: {e.InnerException!.Message}", e.InnerException);
        }
        return true;
    }

    /// <summary>
    /// A step's journal record and the ingress entries it took are fsynced at the same time, and nothing of the step is
    /// released before both are on disk: a crash in between can leave the newest record naming entries the ingress log
    /// does not have. It is cut off (its entries that did reach the disk are applied again at the restart, and the other
    /// inputs read again). Entries the record says were on disk before it was written are never missing after a crash:
    /// Replay reports those as damage, as it does for any older record.
    /// </summary>
    private void CutRecordAheadOfIngressLog(List<JournalRecord> records)
    {
        if (records.Count == 0 || !journal!.CanRemoveLast) return;
        var last = records[^1];
        long onDisk = ingressLog!.Appended;
        if (onDisk < last.IngressDurable) return;
        foreach (var input in last.Inputs)
        {
            if (input.Data is not null || !IsIngressEndpoint(input.Endpoint) || IngressPosition.EntryOf(input.To) <= onDisk) continue;
            journal.RemoveLast();
            records.RemoveAt(records.Count - 1);
            Log.Warning($"journal: ignored the record of step {last.Step}, written while the ingress records it took (entries up to " +
                $"{IngressPosition.EntryOf(input.To)}; the log ends at entry {onDisk}) were being made durable when the process stopped; nothing of that step was released");
            return;
        }
    }

    /// <summary>
    /// Every ingress log entry records the last step whose journal record was on disk when it was appended: the journal
    /// cannot end before the highest of them (frames cut off its end, or its newest file deleted, would otherwise pass
    /// for a crash before those steps were journaled when no exactly-once output records its progress).
    /// </summary>
    private void CheckIngressLogAgainstJournal(long journalStep)
    {
        if (ingressLog!.Witness is { } witness && witness.Step > journalStep)
            throw new CheckpointCorruptException(
                $"the ingress log entry {witness.Entry} ({witness.Path}) was appended after step {witness.Step} was journaled, but the journal in " +
                $"'{storageDirectory}' ends at step {journalStep}: journaled steps are missing (a deleted journal file or records cut off), so the " +
                "pipeline cannot continue exactly once. Restore the journal, or start afresh with an empty storage directory");
        ingressLog.JournaledThrough = journalStep;
    }

    /// <summary>
    /// A sink's progress record cannot be ahead of the journal (a step is journaled before its output is released):
    /// one that is shows journal steps were lost (a deleted file, records cut off at a frame boundary).
    /// </summary>
    private void CheckOutputsAgainstJournal(long journalTransaction, long journalStep)
    {
        foreach (var output in outputs)
        {
            if (output.ResumedProgressAsync().GetAwaiter().GetResult() is not { } delivered || delivered.Transaction <= journalTransaction) continue;
            throw new CheckpointCorruptException(
                $"output '{output.EndpointName}' delivered transaction {delivered.Transaction} (its progress record {delivered.Source}), but the journal in " +
                $"'{storageDirectory}' ends at transaction {journalTransaction} (step {journalStep}): journaled steps are missing (a deleted journal file or " +
                "records cut off), so the pipeline cannot continue exactly once. Restore the journal, or start afresh with an empty storage directory");
        }
    }

    /// <summary>Repeats journaled steps exactly: same input (re-read or journaled), verified by count and hash, same numbers.</summary>
    private void Replay(List<JournalRecord> records, PendingIngress pendingIngress)
    {
        var watch = Stopwatch.StartNew();
        Log.Info($"replaying {records.Count} journaled step(s) after step {steps}");
        var declared = inputs.Where(i => !i.Transient).ToDictionary(i => i.EndpointName, StringComparer.Ordinal);
        var buffers = new List<ChangeBuffer>();
        var errors = new List<Connectors.Formats.ParseError>();
        foreach (var record in records)
        {
            if (record.Step != steps + 1)
                throw new JournalReplayException($"the journal holds step {record.Step} after step {steps}");
            foreach (var input in record.Inputs)
            {
                if (!tables.TryGetValue(input.Table, out var table))
                    throw new JournalReplayException($"journaled step {record.Step}: input '{input.Endpoint}' fed table '{input.Table}', which this program does not have");
                buffers.Clear();
                declared.TryGetValue(input.Endpoint, out var endpoint);
                ulong hash;
                if (input.Data is null && endpoint is null && IsIngressEndpoint(input.Endpoint))
                {
                    // HTTP ingress: the step's records are the endpoint's ingress log entries between its two positions.
                    long from = IngressPosition.EntryOf(input.From), to = IngressPosition.EntryOf(input.To);
                    if (to > ingressLog!.Appended)
                        throw new CheckpointCorruptException(
                            $"journaled step {record.Step} took entries up to {to} of the ingress log for '{input.Endpoint}', but the ingress log in " +
                            $"'{storageDirectory}' ends at entry {ingressLog.Appended}: acknowledged ingress records are missing");
                    hash = pendingIngress.Take(input.Endpoint, from, to, table.Schema.Arity, buffers, ingressLog);
                    ingressPositions[input.Endpoint] = new IngressPosition(to).Json;
                }
                else if (input.Data is not null)
                {
                    hash = StableHash.Hash(input.Data);
                    var batch = new ChangeBuffer(table.Schema.Arity, (int)Math.Clamp(input.Records, 1, int.MaxValue));
                    using var stream = new MemoryStream(input.Data, writable: false);
                    var reader = new StateReader(stream, input.Data.Length, $"journal step {record.Step} input '{input.Endpoint}'");
                    try
                    {
                        RecordCodec.ReadRecords(ref reader, input.Records, batch);
                        reader.ExpectEnd();
                    }
                    catch (CheckpointCorruptException e)
                    {
                        throw new JournalReplayException($"journaled step {record.Step}: the records of input '{input.Endpoint}' cannot be decoded: {e.Message}", e);
                    }
                    finally
                    {
                        reader.Dispose();
                    }
                    buffers.Add(batch);
                }
                else
                {
                    if (endpoint?.Config.Transport is not IRangeReplay replay || input.To is null)
                        throw new JournalReplayException($"journaled step {record.Step}: input '{input.Endpoint}' cannot be read again (no such declared endpoint, or it does not support replay)");
                    try
                    {
                        errors.Clear();
                        replay.ReplayRange(new InputReaderContext(endpoint.EndpointName, endpoint.Schema, workingDirectory, endpoint.ResumeFrom),
                            input.From is null ? null : new JsonPosition(input.From).Element, new JsonPosition(input.To).Element,
                            endpoint.CreateParser(), endpoint.CreateBuffer, buffers, errors);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        throw new JournalReplayException($"journaled step {record.Step}: input '{input.Endpoint}' cannot be read again from {input.From ?? "the beginning"} to {input.To}: {e.Message}", e);
                    }
                    journalBuffer.SetLength(0);
                    foreach (var batch in buffers) JournalRecords(batch);
                    hash = StableHash.Hash(journalBuffer.GetBuffer().AsSpan(0, (int)journalBuffer.Length));
                }
                long count = 0;
                foreach (var batch in buffers) count += batch.Count;
                if (count != input.Records || hash != input.Hash)
                    throw new JournalReplayException(
                        $"journaled step {record.Step} (transaction {record.Transaction}): input '{input.Endpoint}' now gives {count} records with hash {hash:x16}, " +
                        $"but the journal says {input.Records} records with hash {input.Hash:x16} (positions {input.From ?? "start"} to {input.To ?? "?"}); " +
                        "the input changed since it was first read, so the pipeline cannot continue exactly once. " +
                        "Restore the input, or start afresh with an empty storage directory");
                foreach (var batch in buffers) table.Apply(batch, null);
                if (endpoint is not null && input.To is not null) endpoint.SetResumePosition(input.To);
            }
            while (outputs.Any(o => o.Blocking)) wake.Wait(TimeSpan.FromMilliseconds(20));
            try
            {
                pipeline.Step();
            }
            catch (StepFailedException e)
            {
                throw new JournalReplayException($"journaled step {record.Step} failed again: {e.Message}", e);
            }
            EmitOutputs(record.Step, record.Transaction, Volatile.Read(ref processedRecords));
            Volatile.Write(ref steps, record.Step);
            Volatile.Write(ref transaction, record.Transaction);
        }
        ReplayedSteps = records.Count;
        Log.Info($"replayed {records.Count} step(s) in {watch.Elapsed.TotalMilliseconds:F0} ms; continuing at step {steps + 1}");
    }

    /// <summary>
    /// Exactly-once, after the replay: ingress records on disk in the ingress log that no journaled step took before the
    /// crash (never acknowledged: a 200 waits for its step's journal record) are applied now, in one journaled step,
    /// before any new input.
    /// </summary>
    private void RecoverIngress(PendingIngress pendingIngress)
    {
        var endpoints = pendingIngress.Remaining();
        if (endpoints.Count == 0) return;
        long step = steps + 1, txn = transaction + 1, recovered = 0;
        var journaled = ImmutableArray.CreateBuilder<JournalInput>();
        var buffers = new List<ChangeBuffer>();
        foreach (var (endpoint, tableName, from, to) in endpoints)
        {
            if (!tables.TryGetValue(tableName, out var table))
                throw new JournalReplayException($"the ingress log holds records of '{endpoint}' for table '{tableName}', which this program does not have");
            buffers.Clear();
            ulong hash = pendingIngress.Take(endpoint, from, to, table.Schema.Arity, buffers, ingressLog!);
            long count = 0;
            foreach (var batch in buffers)
            {
                count += batch.Count;
                table.Apply(batch, null);
            }
            recovered += count;
            string? before = ingressPositions.GetValueOrDefault(endpoint);
            ingressPositions[endpoint] = new IngressPosition(to).Json;
            journaled.Add(new JournalInput(endpoint, tableName, before, ingressPositions[endpoint], count, hash, null));
        }
        while (outputs.Any(o => o.Blocking)) wake.Wait(TimeSpan.FromMilliseconds(20));
        pipeline.Step();
        journal!.Append(new JournalRecord(step, txn, journaled.ToImmutable(), ingressLog!.Durable));
        ingressLog.JournaledThrough = step;
        EmitOutputs(step, txn, Volatile.Read(ref processedRecords));
        Volatile.Write(ref steps, step);
        Volatile.Write(ref transaction, txn);
        Log.Info($"applied {recovered:N0} ingress record(s) that were on disk but that no journaled step had taken before the restart, in step {step}");
    }

    private static bool IsIngressEndpoint(string name) => name.StartsWith("api-ingress-", StringComparison.Ordinal);

    // ------------------------------------------------------------------------------------------------ journal (circuit thread)

    private void BeginJournalInput()
    {
        journalBuffer.SetLength(0);
        ingressHashes.Clear();
    }

    private void JournalRecords(ChangeBuffer batch)
    {
        var writer = new StateWriter(journalBuffer);
        try
        {
            RecordCodec.WriteRecords(ref writer, batch);
            writer.Flush();
        }
        finally
        {
            writer.Dispose();
        }
    }

    private JournalInput EndJournalInput(InputEndpoint input, InputPosition? before, InputPosition? after, long records)
    {
        // HTTP ingress under exactly-once: the records are in the ingress log, which the positions name, with their hashes.
        if (after is IngressPosition)
            return new JournalInput(input.EndpointName, input.Table.Schema.Identity, PositionJson(before), PositionJson(after), records, IngressPosition.StepHash(ingressHashes), null);
        var bytes = journalBuffer.GetBuffer().AsSpan(0, (int)journalBuffer.Length);
        // Transports that can read the range again need only its positions; the others' records go into the journal.
        byte[]? data = input.Config.Transport is IRangeReplay && after is not null ? null : bytes.ToArray();
        return new JournalInput(input.EndpointName, input.Table.Schema.Identity, PositionJson(before), PositionJson(after), records, StableHash.Hash(bytes), data);
    }

    private static string? PositionJson(InputPosition? position) => position switch
    {
        null => null,
        JsonPosition json => json.Element.GetRawText(),
        IngressPosition ingress => ingress.Json,
        _ => position.ToJson().GetRawText(),
    };

    // ------------------------------------------------------------------------------------------------ checkpoints (circuit thread)

    private bool CheckpointDue()
    {
        if (!checkpointRequests.IsEmpty) return true;
        if (storageDirectory is null || model == FaultToleranceModel.None || config.FaultTolerance.CheckpointIntervalSecs is not int secs) return false;
        // An idle pipeline has nothing new to save: the last checkpoint still holds everything.
        if (steps == lastCheckpointStep) return false;
        return Stopwatch.GetElapsedTime(Volatile.Read(ref lastCheckpointAt)) >= TimeSpan.FromSeconds(secs);
    }

    /// <summary>
    /// Writes a checkpoint between two steps and settles every pending request with it. Outputs are drained and made
    /// durable first: a checkpoint must never cover input whose output was not delivered.
    /// </summary>
    private CompletedCheckpoint? TakeCheckpoint()
    {
        var pending = new List<TaskCompletionSource<CompletedCheckpoint>>();
        long sequence;
        lock (checkpointRequests)
        {
            while (checkpointRequests.TryDequeue(out var request)) pending.Add(request);
            // An automatic checkpoint gets a number of its own; requests share the newest number handed out.
            sequence = pending.Count == 0 ? Interlocked.Increment(ref checkpointSequence) : Volatile.Read(ref checkpointSequence);
        }
        var watch = Stopwatch.StartNew();
        try
        {
            var progress = DrainAndCommitOutputs();
            var positions = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var input in inputs)
                if (!input.Transient && PositionJson(input.ProcessedPosition) is { } json) positions[input.EndpointName] = json;
            foreach (var (name, json) in ingressPositions) positions[name] = json;
            // Ingress acknowledged so far is on disk (and in a new file); what no step took yet is replayed from the log.
            long ingressConsumed = ingressLog?.ConsumedThrough ?? 0;
            long ingressLogged = ingressLog?.Rotate() ?? 0;
            var hostState = new HostCheckpointState(steps, transaction, model, positions.ToImmutable(), progress, PipelineConfigJson.Write(config),
                ingressConsumed, ingressLogged);
            // The checkpoint's journal file exists before the checkpoint is published: a missing one is then always damage.
            journal?.PrepareRotation(steps);
            var info = pipeline.Checkpoint(storageDirectory!, new Dictionary<string, string> { [HostCheckpointState.Property] = hostState.ToJson() }, upsertState);
            // The previous checkpoint stays as a fallback: keep the journal steps it needs.
            journal?.Rotate(keepFromStep: lastCheckpointStep);
            ingressLog?.DeleteConsumed(keepAfter: lastCheckpointIngressConsumed);
            lastCheckpointStep = steps;
            lastCheckpointIngressConsumed = ingressConsumed;
            var completed = new CompletedCheckpoint(sequence, info.Sequence, steps, transaction, info.Bytes, watch.Elapsed, info.Directory);
            lock (statusLock) checkpointStatus = new CheckpointStatus(sequence, null, completed);
            Log.Info($"checkpoint {sequence} written: step {steps}, {completed.Bytes:N0} bytes in {watch.Elapsed.TotalMilliseconds:F0} ms");
            foreach (var request in pending) request.TrySetResult(completed);
            return completed;
        }
        catch (Exception e) when (e is CheckpointException or IOException or UnauthorizedAccessException or TimeoutException or InvalidOperationException)
        {
            journal?.AbandonRotation();
            lock (statusLock) checkpointStatus = checkpointStatus with { Failure = new CheckpointFailure(sequence, e.Message) };
            Log.Error($"checkpoint {sequence} failed: {e.Message}");
            foreach (var request in pending) request.TrySetException(e);
            return null;
        }
        finally
        {
            Volatile.Write(ref lastCheckpointAt, Stopwatch.GetTimestamp());
        }
    }

    /// <summary>Waits until every output endpoint wrote all it was given, then has each make it durable.</summary>
    private ImmutableDictionary<string, OutputProgress> DrainAndCommitOutputs()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var busy = outputs.FirstOrDefault(o => !o.Idle && !o.Failed);
            if (busy is null) break;
            if (deadline.Elapsed > OutputCheckpointTimeout)
                throw new TimeoutException($"output {busy.EndpointName} did not write its queued changes within {OutputCheckpointTimeout.TotalSeconds:F0} s");
            wake.Wait(TimeSpan.FromMilliseconds(5));
        }
        var progress = ImmutableDictionary.CreateBuilder<string, OutputProgress>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            string? token = output.CommitAsync(CancellationToken.None).GetAwaiter().GetResult();
            progress[output.EndpointName] = new OutputProgress(transaction, token);
        }
        return progress.ToImmutable();
    }

    /// <summary>Circuit thread, suspending and nothing queued: checkpoint and end, unless input arrived meanwhile.</summary>
    private bool TrySuspend()
    {
        lock (checkpointRequests) Interlocked.Increment(ref checkpointSequence);
        var request = new TaskCompletionSource<CompletedCheckpoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        checkpointRequests.Enqueue(request);
        var completed = TakeCheckpoint();
        if (completed is null)
        {
            suspending = false;
            suspended.TrySetException(request.Task.Exception!.InnerException!);
            return false;
        }
        // A reader that had passed its capacity check before the suspension may have queued more: process it and try again.
        if (TotalBuffered() > 0 || inputs.Any(i => i.HasQueued)) return false;
        state = PipelineState.Suspended;
        Log.Info($"suspended at step {steps} (checkpoint {completed.SequenceNumber})");
        suspended.TrySetResult(completed);
        return true;
    }

    private void FailPendingCheckpoints(string reason)
    {
        while (checkpointRequests.TryDequeue(out var request)) request.TrySetException(new InvalidOperationException(reason));
        suspended.TrySetException(new InvalidOperationException(reason));
    }
}
