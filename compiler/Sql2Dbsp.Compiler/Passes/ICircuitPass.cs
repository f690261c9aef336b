using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Passes;

/// <summary>A circuit-to-circuit transformation. Passes are listed, in order, in <see cref="PassPipeline"/>.</summary>
public interface ICircuitPass
{
    string Name { get; }
    DbspCircuit Apply(DbspCircuit circuit);
}

/// <summary>
/// Base of passes that rebuild a circuit operator by operator in topological order. <see cref="Rewrite"/> receives
/// each operator with its inputs already remapped to the new circuit and returns the id of its replacement. The body
/// of a <see cref="RecursiveOperator"/> is rewritten by the same pass first.
/// </summary>
public abstract class CircuitRewriter : ICircuitPass
{
    public abstract string Name { get; }

    public DbspCircuit Apply(DbspCircuit circuit) => Apply(circuit, out _);

    private DbspCircuit Apply(DbspCircuit circuit, out Dictionary<int, int> map)
    {
        var builder = new DbspCircuitBuilder();
        map = new Dictionary<int, int>();
        foreach (var op in circuit.Operators)
        {
            var remapped = Remap(op, map);
            if (remapped is RecursiveOperator r) remapped = RewriteBody(r);
            builder.Origin = op.Origin;
            map[op.Id] = Rewrite(remapped, builder);
        }
        return builder.Build();
    }

    private RecursiveOperator RewriteBody(RecursiveOperator r)
    {
        var body = Apply(r.Body, out var map);
        return r with { Body = body, Feedbacks = [.. r.Feedbacks.Select(id => map[id])], Results = [.. r.Results.Select(id => map[id])] };
    }

    /// <summary>Default: keep the operator as it is.</summary>
    protected virtual int Rewrite(Operator op, DbspCircuitBuilder builder) => builder.Add(op);

    private static Operator Remap(Operator op, Dictionary<int, int> map)
    {
        if (op.Inputs.IsEmpty) return op;
        var inputs = ImmutableArray.CreateBuilder<int>(op.Inputs.Length);
        foreach (int id in op.Inputs) inputs.Add(map[id]);
        return op.WithInputs(inputs.MoveToImmutable());
    }
}
