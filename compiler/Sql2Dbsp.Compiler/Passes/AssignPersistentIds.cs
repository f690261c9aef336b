using System.Security.Cryptography;
using System.Text;
using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Passes;

/// <summary>
/// Gives every stateful operator a stable identity: a Merkle hash of its canonical definition and of its inputs'
/// hashes, mixed with <see cref="StateFormatVersion"/>. A recompiled program keeps the ids of unchanged operators,
/// which is what lets checkpointed state be matched to operators.
/// </summary>
public sealed class AssignPersistentIds : ICircuitPass
{
    /// <summary>Bump when the serialized state of any operator changes shape.</summary>
    public const int StateFormatVersion = 1;

    public string Name => "persistent-ids";

    public DbspCircuit Apply(DbspCircuit circuit) => Assign(circuit, []);

    /// <param name="circuit">The circuit, or a recursive body.</param>
    /// <param name="imports">For a body, the hashes of the enclosing operator's imports.</param>
    private static DbspCircuit Assign(DbspCircuit circuit, IReadOnlyList<string> imports)
    {
        var hashes = new Dictionary<int, string>();
        var result = new List<Operator>(circuit.Operators.Length);
        foreach (var op in circuit.Operators)
        {
            var text = new StringBuilder();
            text.Append(StateFormatVersion).Append('|').Append(op.Kind).Append('|').Append(op.Parameters()).Append('|').Append(op.Output);
            foreach (var input in op.Inputs) text.Append('|').Append(hashes[input]);
            // A body's sources hash what they stand for, so body state is told apart from outer state and from other groups.
            if (op is ImportOperator import) text.Append('|').Append(imports[import.Index]);
            string hash = Hash(text.ToString());
            hashes[op.Id] = hash;
            var placed = op is RecursiveOperator r ? r with { Body = Assign(r.Body, [.. r.Imports.Select(i => hashes[i])]) } : op;
            result.Add(placed is IStateful ? placed with { PersistentId = hash } : placed);
        }
        return new DbspCircuit([.. result]);
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
}
