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
        int M(int id) => map[id];
        return op switch
        {
            MapOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            FilterOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            IndexOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            SumOperator o => o with { Sources = [.. o.Sources.Select(M)], Inputs = [.. o.Sources.Select(M)] },
            NegateOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            MinusOperator o => o with { Left = M(o.Left), Right = M(o.Right), Inputs = [M(o.Left), M(o.Right)] },
            StreamDistinctOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            DistinctOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            StreamTemporalFilterOperator o => o with { Data = M(o.Data), Bounds = M(o.Bounds), Inputs = [M(o.Data), M(o.Bounds)] },
            TemporalFilterOperator o => o with { Data = M(o.Data), Bounds = M(o.Bounds), Inputs = [M(o.Data), M(o.Bounds)] },
            StreamPositiveOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            PositiveOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            StreamJoinOperator o => o with { Left = M(o.Left), Right = M(o.Right), Inputs = [M(o.Left), M(o.Right)] },
            JoinOperator o => o with { Left = M(o.Left), Right = M(o.Right), Inputs = [M(o.Left), M(o.Right)] },
            StreamAggregateOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            AggregateOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            StreamTopKOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            TopKOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            IntegrateOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            DifferentiateOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            DelayOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            OutputOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            RecursiveOperator o => o with { Imports = [.. o.Imports.Select(M)], Inputs = [.. o.Imports.Select(M)] },
            ScopeOutputOperator o => o with { Source = M(o.Source), Inputs = [M(o.Source)] },
            InputOperator or ConstantOperator or ImportOperator or FeedbackOperator => op,
            _ => throw new Diagnostics.InternalCompilerError($"no input remapping for {op.GetType().Name}"),
        };
    }
}
