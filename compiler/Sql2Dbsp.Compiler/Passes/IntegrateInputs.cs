using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Passes;

/// <summary>
/// Builds the non-incremental reference circuit: Q applied to I(inputs), so input handles still take changes but
/// every view is recomputed from the whole tables at every step. The oracle the incremental circuit is tested against.
/// </summary>
public sealed class IntegrateInputs : CircuitRewriter
{
    public override string Name => "integrate-inputs";

    protected override int Rewrite(Operator op, DbspCircuitBuilder builder)
    {
        int id = builder.Add(op);
        return op is InputOperator ? builder.Add(new IntegrateOperator(id, op.Output) { Origin = op.Origin }) : id;
    }
}
