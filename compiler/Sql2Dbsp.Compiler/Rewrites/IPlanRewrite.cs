using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>A result-preserving logical-plan rewrite. Rewrites are listed, in order, in <see cref="RewritePipeline"/>.</summary>
internal interface IPlanRewrite
{
    string Name { get; }

    /// <summary>False for rewrites lowering depends on (they cannot be disabled).</summary>
    bool Optional { get; }

    LogicalPlan Apply(LogicalPlan plan);
}

/// <summary>Decorrelation as a rewrite (lowering has no subquery operator, so it is not optional).</summary>
internal sealed class DecorrelateSubqueries : IPlanRewrite
{
    public string Name => "decorrelate-subqueries";
    public bool Optional => false;
    public LogicalPlan Apply(LogicalPlan plan) => Decorrelation.Rewrite(plan);
}
