using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Passes;

/// <summary>
/// The ordered list of circuit passes, in one place. The driver validates the circuit's invariants after each pass,
/// can skip passes by name, and can dump the circuit after any pass.
/// </summary>
public sealed class PassPipeline(IReadOnlySet<string>? disabled = null, Action<string, DbspCircuit>? dumpAfter = null)
{
    /// <summary>Passes that clean up the non-incremental circuit Q.</summary>
    public static IReadOnlyList<ICircuitPass> Optimize { get; } = [new RemoveDeadCode()];

    /// <summary>Q → the incremental circuit.</summary>
    public static IReadOnlyList<ICircuitPass> Incremental { get; } = [new Incrementalize(), new RemoveDeadCode(), new AssignPersistentIds()];

    /// <summary>Q → the non-incremental reference circuit.</summary>
    public static IReadOnlyList<ICircuitPass> Reference { get; } = [new IntegrateInputs(), new AssignPersistentIds()];

    public DbspCircuit Run(DbspCircuit circuit, IReadOnlyList<ICircuitPass> passes)
    {
        foreach (var pass in passes)
        {
            if (disabled?.Contains(pass.Name) == true) continue;
            circuit = pass.Apply(circuit);
            circuit.Validate(pass.Name);
            dumpAfter?.Invoke(pass.Name, circuit);
        }
        return circuit;
    }
}
