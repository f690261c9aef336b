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
        // Late records are dropped from the changes, before they reach the table's contents.
        return op is InputOperator { HasLateness: false } or LatenessOperator ? builder.Add(new IntegrateOperator(id, op.Output) { Origin = op.Origin }) : id;
    }
}
