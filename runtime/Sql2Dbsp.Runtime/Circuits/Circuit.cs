using System.Collections.ObjectModel;
using Sql2Dbsp.Runtime.Operators;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// A built DBSP circuit. <see cref="Step"/> runs one clock tick: take all pending input changes, evaluate every
/// operator in (topological) creation order, then publish each output's delta. If an operator throws, the step is
/// aborted, nothing of it is published, and the circuit is failed for good: <see cref="Step"/> then throws
/// <see cref="CircuitFailedException"/>.
/// </summary>
public sealed class Circuit
{
    private readonly Operator[] _operators;
    private readonly Action[] _takeInputs;
    private readonly Action[] _publishOutputs;
    private readonly object _stepLock = new();
    private long _stepCount;
    private volatile StepFailedException? _failure;

    internal Circuit(Operator[] operators, Action[] takeInputs, Action[] publishOutputs,
        Dictionary<string, IInputHandle> inputs, Dictionary<string, IOutputHandle> outputs)
    {
        _operators = operators;
        _takeInputs = takeInputs;
        _publishOutputs = publishOutputs;
        Inputs = new ReadOnlyDictionary<string, IInputHandle>(new Dictionary<string, IInputHandle>(inputs, StringComparer.Ordinal));
        Outputs = new ReadOnlyDictionary<string, IOutputHandle>(new Dictionary<string, IOutputHandle>(outputs, StringComparer.Ordinal));
    }

    /// <summary>Inputs by name (exact: the SQL compiler names them by relation identity).</summary>
    public IReadOnlyDictionary<string, IInputHandle> Inputs { get; }

    /// <summary>Outputs by name (exact).</summary>
    public IReadOnlyDictionary<string, IOutputHandle> Outputs { get; }

    /// <summary>Number of completed steps.</summary>
    public long StepCount => Interlocked.Read(ref _stepCount);

    /// <summary>Number of operators (including inputs).</summary>
    public int OperatorCount => _operators.Length;

    /// <summary>Whether a step has failed; the circuit cannot run any more.</summary>
    public bool IsFailed => _failure is not null;

    /// <summary>The failure that stopped the circuit, if any.</summary>
    public StepFailedException? Failure => _failure;

    /// <summary>Prefix of the checkpoint ids of materialized outputs' contents (operator ids never contain '/').</summary>
    internal const string OutputStatePrefix = "output/";

    /// <summary>
    /// The checkpointed parts of the circuit, by id: every stateful operator's state under its persistent id, and the
    /// contents of every materialized output under <see cref="OutputStatePrefix"/> + its name (lower case).
    /// </summary>
    internal IEnumerable<(string Id, IOperatorState State)> CheckpointedStates()
    {
        foreach (var op in AllOperators(_operators))
        {
            if (op.State is null) continue;
            if (op.State is not IOperatorState state || op.Id is null)
                throw new CheckpointException($"operator {op.Kind} has state that cannot be checkpointed");
            yield return (op.Id, state);
        }
        foreach (var output in Outputs.Values)
            if (output is IMaterializedOutput { MaterializedState: { } contents })
                yield return (OutputStatePrefix + output.Name.ToLowerInvariant(), contents);
    }

    private static IEnumerable<Operator> AllOperators(IEnumerable<Operator> operators)
    {
        foreach (var op in operators)
        {
            yield return op;
            if (op is Operators.Nested.RecursionOperator recursion)
                foreach (var nested in AllOperators(recursion.Body)) yield return nested;
        }
    }

    /// <summary>The lock held by a step: a checkpoint holds it too, so it sees the state between two steps.</summary>
    internal object StepLock => _stepLock;

    /// <summary>Sets the step count of a circuit restored from a checkpoint (before its first step).</summary>
    internal void RestoreStepCount(long steps)
    {
        if (_stepCount != 0) throw new InvalidOperationException("a checkpoint can only be restored into a circuit that has not run");
        Interlocked.Exchange(ref _stepCount, steps);
    }

    /// <summary>Runs one step.</summary>
    /// <exception cref="StepFailedException">An operator threw; the circuit is now failed.</exception>
    /// <exception cref="CircuitFailedException">The circuit failed in an earlier step.</exception>
    public void Step()
    {
        lock (_stepLock)
        {
            if (_failure is { } failed) throw new CircuitFailedException(failed);
            long step = _stepCount + 1;
            foreach (var take in _takeInputs) take();
            Operator? current = null;
            try
            {
                if (StepProfile.Enabled)
                {
                    StepProfile.Run(_operators, step, ref current);
                }
                else
                {
                    foreach (var op in _operators)
                    {
                        current = op;
                        op.Eval();
                    }
                }
            }
            catch (Exception ex)
            {
                if (ex is Operators.Nested.NestedOperatorException nested) (current, ex) = (nested.Operator, nested.InnerException!);
                var failure = new StepFailedException(step, current?.View, current?.Location, current?.Kind ?? "?", ex);
                _failure = failure;
                throw failure;
            }
            foreach (var publish in _publishOutputs) publish();
            Interlocked.Increment(ref _stepCount);
        }
    }
}
