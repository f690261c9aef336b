namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// An operator threw during a step. The step was aborted (no output of it was published) and the circuit is now
/// failed. Carries the step number, the view and SQL location the operator was created for, the operator kind and
/// the original exception (<see cref="Exception.InnerException"/>).
/// </summary>
public sealed class StepFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StepFailedException(long step, string? view, string? location, string operatorKind, Exception inner)
        : base(FormatMessage(step, view, location, operatorKind, inner), inner)
    {
        Step = step;
        View = view;
        Location = location;
        OperatorKind = operatorKind;
    }

    /// <summary>The 1-based number of the failed step.</summary>
    public long Step { get; }

    /// <summary>The view being computed by the failing operator, if known.</summary>
    public string? View { get; }

    /// <summary>The SQL source location of the failing operator (e.g. <c>program.sql:3:10</c>), if known.</summary>
    public string? Location { get; }

    /// <summary>The kind of the failing operator, e.g. "Map".</summary>
    public string OperatorKind { get; }

    private static string FormatMessage(long step, string? view, string? location, string kind, Exception inner)
    {
        var view_ = string.IsNullOrEmpty(view) ? "" : $" in view '{view}'";
        var at = string.IsNullOrEmpty(location) ? "" : $" at {location}";
        return $"step {step} failed{view_}{at} ({kind}): {inner.Message}";
    }
}
