namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// <see cref="Circuit.Step"/> was called on a circuit that failed in an earlier step; the original failure is the
/// <see cref="Exception.InnerException"/> (and <see cref="Failure"/>).
/// </summary>
public sealed class CircuitFailedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public CircuitFailedException(StepFailedException failure)
        : base($"the circuit has failed and cannot run more steps: {failure.Message}", failure)
    {
        Failure = failure;
    }

    /// <summary>The failure that stopped the circuit.</summary>
    public StepFailedException Failure { get; }
}
