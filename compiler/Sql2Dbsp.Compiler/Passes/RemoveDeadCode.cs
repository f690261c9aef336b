using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Passes;

/// <summary>
/// Removes operators whose output reaches no view output (tables are always kept: they have input handles, and so are
/// their lateness operators, which count late records even when no view reads the table).
/// </summary>
public sealed class RemoveDeadCode : ICircuitPass
{
    public string Name => "dead-code";

    public DbspCircuit Apply(DbspCircuit circuit)
    {
        var live = new HashSet<int>();
        for (int i = circuit.Operators.Length - 1; i >= 0; i--)
        {
            var op = circuit.Operators[i];
            if (op is OutputOperator or InputOperator or LatenessOperator || live.Contains(op.Id))
            {
                live.Add(op.Id);
                foreach (var input in op.Inputs) live.Add(input);
            }
        }
        return live.Count == circuit.Operators.Length ? circuit : new DbspCircuit([.. circuit.Operators.Where(o => live.Contains(o.Id))]);
    }
}
