using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Logical;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>The ordered list of logical-plan rewrites, applied to every view's plan before lowering.</summary>
internal sealed class RewritePipeline(IReadOnlySet<string>? disabled, bool skipOptional = false)
{
    public static IReadOnlyList<IPlanRewrite> All { get; } =
    [
        new TemporalFilters(),
        new CharPaddingKeys(),
        new DecorrelateSubqueries(),
        new ConstantFolding(),
        new TopKWindows(),
        new OrFactoring(),
        new PredicatePushdown(),
        new ProjectionPruning(),
    ];

    public LogicalPlan Run(LogicalPlan plan)
    {
        foreach (var rewrite in All)
            if (!rewrite.Optional || !skipOptional && disabled?.Contains(rewrite.Name) != true)
                plan = rewrite.Apply(plan);
        return plan;
    }

    /// <summary>Rewrites every view of <paramref name="catalog"/>; a view that cannot be rewritten gets its error.</summary>
    public void Run(SqlCatalog catalog, DiagnosticBag diagnostics)
    {
        foreach (var view in catalog.Views.ToList())
        {
            try
            {
                catalog.ReplaceView(view, view with { Plan = Run(view.Plan) });
            }
            catch (CompilationError e)
            {
                diagnostics.Add(e.Diagnostic);
            }
        }
    }
}
