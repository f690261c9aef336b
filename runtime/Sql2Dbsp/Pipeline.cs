using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp;

/// <summary>
/// A running instance of a compiled program. Push changes into <see cref="Input"/> handles, call <see cref="Step"/>,
/// read each view's change from <see cref="Output"/>. A runtime error (division by zero, overflow, invalid cast)
/// fails the step: no output of that step is published, and the pipeline refuses further steps.
/// </summary>
/// <remarks>
/// Fault tolerance at the library level: <see cref="Checkpoint"/> writes the pipeline's state (every stateful
/// operator, MATERIALIZED views' contents, the step number and the clock) to a storage directory, and
/// <see cref="SqlProgram.ResumePipeline"/> creates a pipeline of the same program that continues from the latest
/// intact checkpoint there, producing exactly the changes the checkpointed pipeline would have produced.
/// </remarks>
public sealed class Pipeline
{
    private const string ClockProperty = "clock_now_ticks";
    private const string CircuitProperty = "circuit";

    /// <summary>The prefix of the names of caller properties in <see cref="Checkpoint"/>.</summary>
    public const string CallerPropertyPrefix = "host.";

    private readonly SqlProgram program;
    private readonly Circuit circuit;
    // By relation identity (SqlCatalog.Identity); user-facing names are resolved by RelationNames.
    private readonly Dictionary<string, TableInput> inputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ViewOutput> outputs = new(StringComparer.Ordinal);
    private readonly IInputHandle? clock;
    private DateTime? now;

    internal Pipeline(SqlProgram program, Circuit circuit, bool incremental, RestoredCheckpoint? resumedFrom = null)
    {
        this.program = program;
        this.circuit = circuit;
        ResumedFrom = resumedFrom;
        Incremental = incremental;
        clock = circuit.Inputs.GetValueOrDefault(Compiler.Logical.ClockInput.Name);
        foreach (var t in program.Tables)
            if (circuit.Inputs.TryGetValue(t.Identity, out var handle)) inputs[t.Identity] = new TableInput(t, handle);
        foreach (var v in program.Views)
            if (circuit.Outputs.TryGetValue(v.Identity, out var handle))
                outputs[v.Identity] = new ViewOutput(v, handle, integrated: !incremental);
        if (resumedFrom?.Checkpoint.Properties.GetValueOrDefault(ClockProperty) is { } ticks)
            now = new DateTime(long.Parse(ticks, CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }

    /// <summary>True for the incremental circuit, false for the reference (recompute-everything) circuit.</summary>
    public bool Incremental { get; }

    /// <summary>Number of completed steps.</summary>
    public long StepCount => circuit.StepCount;

    /// <summary>True after a step failed; the pipeline then refuses further steps.</summary>
    public bool IsFailed => circuit.IsFailed;

    /// <summary>The error that failed the pipeline, naming the view, the SQL location and the values.</summary>
    public StepFailedException? Failure => circuit.Failure;

    /// <summary>
    /// The input handle of a table. The name reads as in SQL: <c>"T"</c> (with the double quotes) is exactly
    /// <c>T</c>; without quotes it folds to lower case, so <c>t</c> and <c>T</c> both find table <c>t</c> (declared
    /// unquoted in any case, or quoted as <c>"t"</c>). An unquoted name that folds to nothing finds the one table whose
    /// name it matches ignoring case (<c>MyTable</c> finds <c>"MyTable"</c>), unless several do.
    /// </summary>
    public TableInput Input(string table) =>
        TryGetInput(table, out var input) ? input : throw new ArgumentException($"unknown table '{table}'", nameof(table));

    /// <summary>The input handle of a table, found as <see cref="Input"/> says.</summary>
    public bool TryGetInput(string table, [NotNullWhen(true)] out TableInput? input) =>
        RelationNames.TryFind(inputs, table, out input);

    /// <summary>The output handle of a view, found by name as <see cref="Input"/> says (LOCAL views have none).</summary>
    public ViewOutput Output(string view) =>
        TryGetOutput(view, out var output) ? output : throw new ArgumentException($"unknown view '{view}' (LOCAL views have no output)", nameof(view));

    /// <summary>The output handle of a view, found as <see cref="Input"/> says.</summary>
    public bool TryGetOutput(string view, [NotNullWhen(true)] out ViewOutput? output) =>
        RelationNames.TryFind(outputs, view, out output);

    /// <summary>All tables' input handles.</summary>
    public IEnumerable<TableInput> Inputs => inputs.Values;

    /// <summary>All views' output handles.</summary>
    public IEnumerable<ViewOutput> Outputs => outputs.Values;

    /// <summary>
    /// The time source for NOW() and temporal filters, read at the start of every step (UTC; default: the system
    /// clock). The pipeline never lets time go backwards: an earlier reading keeps the previous time.
    /// </summary>
    public Func<DateTime> Clock { get; set; } = () => DateTime.UtcNow;

    /// <summary>The clock is rounded down to a multiple of this (default 1 s), so views do not change on every step.</summary>
    public TimeSpan ClockResolution { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The time the last step used for NOW(); null before the first step or when no view reads the clock.</summary>
    public DateTime? Now => now;

    /// <summary>Processes every change pushed since the last step and updates every view's output.</summary>
    public void Step()
    {
        AdvanceClock();
        circuit.Step();
        foreach (var o in outputs.Values) o.Publish();
    }

    /// <summary>The checkpoint this pipeline was resumed from (null for a fresh pipeline).</summary>
    public RestoredCheckpoint? ResumedFrom { get; }

    /// <summary>
    /// Writes a checkpoint of the pipeline into <paramref name="storageDirectory"/> (created if needed) and keeps the
    /// last <see cref="CheckpointStore.Retained"/> there. It holds the state after the last completed step: changes
    /// pushed into inputs but not stepped yet are not part of it (step first, or push them again after resuming).
    /// Waits for a running step; the next step waits for the checkpoint.
    /// </summary>
    /// <param name="storageDirectory">The storage directory.</param>
    /// <param name="properties">
    /// The caller's own metadata to save in the checkpoint's manifest (a pipeline host stores its input positions,
    /// transaction number and output progress there), read back from <see cref="ResumedFrom"/>'s
    /// <see cref="CheckpointInfo.Properties"/>. Names starting with <c>host.</c> are reserved for callers; the
    /// pipeline's own entries cannot be overridden.
    /// </param>
    /// <param name="states">
    /// The caller's own state, by name (a host's upsert state): saved in the checkpoint like the operators' state,
    /// so it is verified, published and retained with it; <see cref="SqlProgram.ResumePipeline"/> loads it back.
    /// </param>
    /// <returns>The checkpoint's sequence number, step, size and duration.</returns>
    /// <exception cref="CheckpointException">The pipeline failed, or the checkpoint cannot be written (I/O error).</exception>
    /// <exception cref="ArgumentException">A property name does not start with <c>host.</c>.</exception>
    public CheckpointInfo Checkpoint(string storageDirectory, IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IOperatorState>? states = null)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        if (properties is not null)
            foreach (var (name, value) in properties)
            {
                // A separate namespace keeps callers from clobbering the clock or the circuit form.
                if (!name.StartsWith(CallerPropertyPrefix, StringComparison.Ordinal))
                    throw new ArgumentException($"checkpoint property '{name}' must start with '{CallerPropertyPrefix}'", nameof(properties));
                all[name] = value;
            }
        all[CircuitProperty] = Incremental ? "incremental" : "reference";
        if (now is { } time) all[ClockProperty] = time.Ticks.ToString(CultureInfo.InvariantCulture);
        return new CheckpointStore(storageDirectory).Write(circuit, program.CheckpointIdentity(Incremental), all, states);
    }

    /// <summary>Replaces the clock input's one row when the (rounded, monotonic) time changed.</summary>
    private void AdvanceClock()
    {
        if (clock is null) return;
        var time = Clock();
        long ticks = ClockResolution > TimeSpan.Zero ? time.Ticks - time.Ticks % ClockResolution.Ticks : time.Ticks;
        var rounded = new DateTime(ticks, DateTimeKind.Utc);
        if (now is { } previous && rounded <= previous) return;
        if (now is { } old) clock.Push([old], -1);
        clock.Push([rounded], 1);
        now = rounded;
    }
}
