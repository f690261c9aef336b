namespace Sql2Dbsp.Runtime.Operators;

/// <summary>
/// A node of a circuit. Each step, <see cref="Eval"/> reads the current values of its input streams (already
/// computed: operators run in creation order, which is topological) and sets its output stream's value.
/// The definition (inputs, functors, parameters) is immutable; stateful operators keep their mutable state in a
/// separate state object (<see cref="State"/>) under a stable <see cref="Id"/>, the unit of checkpointing.
/// </summary>
internal abstract class Operator
{
    protected Operator(string kind, string? id = null)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Operator kind for diagnostics, e.g. "Map" or "IncrementalJoin".</summary>
    public string Kind { get; }

    /// <summary>Stable id of a stateful operator (null for stateless ones).</summary>
    public string? Id { get; }

    /// <summary>View the operator was created for (from <c>CircuitBuilder.SetContext</c>).</summary>
    public string? View { get; set; }

    /// <summary>SQL source location the operator was created for.</summary>
    public string? Location { get; set; }

    /// <summary>The mutable state object, or null for a stateless operator.</summary>
    public virtual object? State => null;

    /// <summary>Computes this step's output from this step's inputs (and the state).</summary>
    public abstract void Eval();
}
