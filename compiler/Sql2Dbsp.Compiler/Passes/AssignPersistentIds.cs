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

    public DbspCircuit Apply(DbspCircuit circuit)
    {
        var hashes = new Dictionary<int, string>();
        var result = new List<Operator>(circuit.Operators.Length);
        foreach (var op in circuit.Operators)
        {
            var text = new StringBuilder();
            text.Append(StateFormatVersion).Append('|').Append(op.Kind).Append('|').Append(op.Parameters()).Append('|').Append(op.Output);
            foreach (var input in op.Inputs) text.Append('|').Append(hashes[input]);
            string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16].ToLowerInvariant();
            hashes[op.Id] = hash;
            result.Add(op is IStateful ? op with { PersistentId = hash } : op);
        }
        return new DbspCircuit([.. result]);
    }
}
