using System.Collections.Immutable;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Connectors.Config;

namespace Sql2Dbsp.Host;

/// <summary>
/// A program compiled for hosting: the SQL compiled to a loaded circuit factory (cached by content hash) and its
/// connectors parsed, with the diagnostics of both, SQL first.
/// </summary>
public sealed class HostedProgram : IDisposable
{
    private HostedProgram(SqlProgram program, ConnectorCatalog? connectors, ImmutableArray<Diagnostic> diagnostics)
    {
        Program = program;
        Connectors = connectors;
        Diagnostics = diagnostics;
    }

    /// <summary>The compiled program.</summary>
    public SqlProgram Program { get; }

    /// <summary>The declared connectors (null when the SQL itself did not bind).</summary>
    public ConnectorCatalog? Connectors { get; }

    /// <summary>SQL and connector diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the program compiled and its connectors are valid.</summary>
    public bool Success => Program.Success && Connectors is { Success: true };

    /// <summary>Diagnostics as a compiler prints them.</summary>
    public string RenderDiagnostics() => DiagnosticRenderer.ToText(Diagnostics, Program.Compilation.Source);

    /// <summary>
    /// Compiles <paramref name="sql"/> (named <paramref name="fileName"/> in messages), keeping compiled assemblies in
    /// <paramref name="cacheDirectory"/> (null: in memory only), and parses its connectors. Under a fault-tolerance
    /// model the compiler rejects what cannot be replayed (the clock, recursive views).
    /// </summary>
    public static HostedProgram Compile(string sql, string fileName, string? cacheDirectory, FaultToleranceModel faultTolerance = FaultToleranceModel.None)
    {
        var program = SqlProgram.Compile(sql, new SqlProgramOptions
        {
            FileName = fileName,
            CacheDirectory = cacheDirectory,
            Compiler = new CompilerOptions { FaultTolerance = faultTolerance },
        });
        // Connector diagnostics are reported even when the SQL has errors, as long as the tables and views were declared.
        var connectors = program.Compilation.Catalog is null ? null : ConnectorCatalog.Parse(program);
        var diagnostics = program.Diagnostics.AddRange(connectors?.Diagnostics ?? [])
            .Sort((a, b) => a.Span.Offset.CompareTo(b.Span.Offset));
        return new HostedProgram(program, connectors, diagnostics);
    }

    /// <summary>Unloads the compiled program.</summary>
    public void Dispose() => Program.Dispose();
}
