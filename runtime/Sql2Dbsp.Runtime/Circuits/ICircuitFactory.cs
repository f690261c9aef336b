namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// Implemented by every generated program (class <c>CompiledProgram</c> in the generated namespace): builds fresh
/// circuits. Both forms take table changes in their input handles. The incremental circuit outputs each view's change;
/// the reference circuit integrates its inputs and recomputes every view from scratch each step, outputting the whole
/// view (the oracle the incremental one is tested against).
/// </summary>
public interface ICircuitFactory
{
    /// <summary>Builds the incremental circuit (outputs are changes).</summary>
    Circuit BuildIncremental();

    /// <summary>Builds the non-incremental reference circuit (outputs are whole view contents).</summary>
    Circuit BuildReference();
}
