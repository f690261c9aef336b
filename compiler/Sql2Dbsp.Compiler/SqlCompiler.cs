using System.Collections.Immutable;
using System.Text;
using Sql2Dbsp.Compiler.Binding;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Parsing;
using Sql2Dbsp.Compiler.Passes;
using Sql2Dbsp.Compiler.Rewrites;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler;

/// <summary>Options of one compilation.</summary>
public sealed record CompilerOptions
{
    /// <summary>Names of circuit passes (see <see cref="PassPipeline"/>) and optional plan rewrites to skip.</summary>
    public IReadOnlySet<string>? DisabledPasses { get; init; }

    /// <summary>
    /// The fault-tolerance model the program will run under. Under <see cref="FaultToleranceModel.AtLeastOnce"/> and
    /// <see cref="FaultToleranceModel.ExactlyOnce"/> the clock (NOW() and friends) and recursive views are errors:
    /// neither can be replayed deterministically after a crash.
    /// </summary>
    public FaultToleranceModel FaultTolerance { get; init; } = FaultToleranceModel.None;

    /// <summary>Skip every optional plan rewrite (pushdown, folding, pruning): the baseline that tests compare against.</summary>
    public bool SkipOptionalRewrites { get; init; }

    /// <summary>
    /// For clients that print a view's rows in its ORDER BY order (the sqllogictest runner): a view whose top-level
    /// ORDER BY reads values it does not output gets a companion output with those values appended, named by
    /// <see cref="Catalog.ViewInfo.OrderingSource"/>, so its rows can be sorted and then cut back to the view's columns.
    /// </summary>
    public bool OrderingOutputs { get; init; }

    /// <summary>Called with the circuit after every pass (for <c>--dump-after</c>).</summary>
    public Action<string, DbspCircuit>? DumpAfterPass { get; init; }
}

/// <summary>Fault-tolerance models, with the names pipeline configurations use.</summary>
public enum FaultToleranceModel
{
    /// <summary><c>none</c>: no checkpoints or journal.</summary>
    None,
    /// <summary><c>at_least_once</c>: restart from a checkpoint; output may repeat.</summary>
    AtLeastOnce,
    /// <summary><c>exactly_once</c>: checkpoints plus a journal; nothing lost or repeated.</summary>
    ExactlyOnce,
}

/// <summary>Configuration names of <see cref="FaultToleranceModel"/>.</summary>
public static class FaultToleranceModels
{
    public static string ConfigName(this FaultToleranceModel model) => model switch
    {
        FaultToleranceModel.AtLeastOnce => "at_least_once",
        FaultToleranceModel.ExactlyOnce => "exactly_once",
        _ => "none",
    };

    /// <summary>The model whose configuration name is exactly <paramref name="name"/>.</summary>
    public static bool FromConfigName(string name, out FaultToleranceModel model)
    {
        foreach (var m in Enum.GetValues<FaultToleranceModel>())
        {
            if (m.ConfigName() != name) continue;
            model = m;
            return true;
        }
        model = FaultToleranceModel.None;
        return false;
    }

    /// <summary>
    /// Parses a model as a person types it on a command line: a configuration name, case-insensitive, with '-' for
    /// '_' allowed; empty means <c>none</c>.
    /// </summary>
    public static bool TryParse(string? text, out FaultToleranceModel model)
    {
        string name = (text ?? "").Trim().Replace('-', '_').ToLowerInvariant();
        return FromConfigName(name.Length == 0 ? "none" : name, out model);
    }
}

/// <summary>The result of compiling a SQL program to circuits: diagnostics, catalog, and the circuits when there were no errors.</summary>
public sealed class CompilationResult
{
    internal CompilationResult(SourceText source, ImmutableArray<Diagnostic> diagnostics, SqlCatalog? catalog,
        DbspCircuit? circuit, DbspCircuit? incremental, DbspCircuit? reference)
    {
        Source = source;
        Diagnostics = diagnostics;
        Catalog = catalog;
        Circuit = circuit;
        Incremental = incremental;
        Reference = reference;
    }

    public SourceText Source { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }
    public bool Success => !Diagnostics.Any(d => d.IsError);
    public SqlCatalog? Catalog { get; }

    /// <summary>The non-incremental circuit Q (inputs: whole tables; outputs: whole views).</summary>
    public DbspCircuit? Circuit { get; }

    /// <summary>The incremental circuit (inputs and outputs are changes).</summary>
    public DbspCircuit? Incremental { get; }

    /// <summary>Q over integrated inputs: recomputes every view from scratch at every step.</summary>
    public DbspCircuit? Reference { get; }

    public string RenderDiagnostics() => DiagnosticRenderer.ToText(Diagnostics, Source);

    /// <summary>Plans of every view and the incremental circuit, for <c>explain</c>.</summary>
    public string Explain()
    {
        var sb = new StringBuilder();
        if (Catalog is not null)
            foreach (var v in Catalog.Views)
            {
                sb.Append("-- view ").Append(v.Name).Append(" (").Append(v.Kind.ToString().ToLowerInvariant()).Append(")\n");
                sb.Append(PlanPrinter.Print(v.Plan)).Append('\n');
            }
        if (Incremental is not null) sb.Append("-- incremental circuit\n").Append(Incremental);
        return sb.ToString();
    }
}

/// <summary>The compiler driver: parse → bind → check → lower → passes. Never throws for a bad program.</summary>
public static class SqlCompiler
{
    public static CompilationResult Compile(SourceText source, CompilerOptions? options = null)
    {
        options ??= new CompilerOptions();
        var diagnostics = new DiagnosticBag();
        SqlCatalog? catalog = null;
        try
        {
            var script = SqlScriptParser.Parse(source, diagnostics);
            catalog = new Binder(source, diagnostics, options.FaultTolerance, options.OrderingOutputs).Bind(script);
            new RewritePipeline(options.DisabledPasses, options.SkipOptionalRewrites).Run(catalog, diagnostics);
            if (diagnostics.HasErrors) return new CompilationResult(source, diagnostics.ToImmutable(), catalog, null, null, null);

            var pipeline = new PassPipeline(options.DisabledPasses, options.DumpAfterPass);
            var circuit = pipeline.Run(Lowering.PlanLowering.Lower(catalog), PassPipeline.Optimize);
            var incremental = pipeline.Run(circuit, PassPipeline.Incremental);
            var reference = pipeline.Run(circuit, PassPipeline.Reference);
            return new CompilationResult(source, diagnostics.ToImmutable(), catalog, circuit, incremental, reference);
        }
        catch (InternalCompilerError e)
        {
            diagnostics.Add(Diagnostic.Error(ErrorCodes.InternalError, $"internal compiler error: {e.Message}", e.Span));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(ErrorCodes.InternalError, $"internal compiler error: {e.GetType().Name}: {e.Message}", default(SourceSpan) with { Offset = -1 }));
        }
        return new CompilationResult(source, diagnostics.ToImmutable(), catalog, null, null, null);
    }
}
