using System.Collections.Immutable;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp;

/// <summary>Options for <see cref="SqlProgram.Compile(string, SqlProgramOptions?)"/>.</summary>
public sealed record SqlProgramOptions
{
    /// <summary>File name used in diagnostics and runtime error locations.</summary>
    public string FileName { get; init; } = "program.sql";

    /// <summary>Compiler options (disabled passes, dumps).</summary>
    public CompilerOptions Compiler { get; init; } = new();

    /// <summary>Also produce a PDB with embedded sources so generated code can be stepped through.</summary>
    public bool EmitDebugInfo { get; init; }

    /// <summary>
    /// Also generate the non-incremental reference circuit (<see cref="SqlProgram.CreateReferencePipeline"/>), which
    /// tests compare against. Turning it off makes the generated program about a third smaller.
    /// </summary>
    public bool IncludeReferenceCircuit { get; init; } = true;

    /// <summary>
    /// A directory where compiled assemblies are kept by content hash, so an unchanged program is not compiled again
    /// by a later process. Null keeps the cache in memory only.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// Load the generated assembly into a collectible context (the default), so <see cref="SqlProgram.Dispose"/>
    /// frees its code. Code in collectible contexts is not tier-compiled (measured: 4–6× the JIT
    /// time of the same program loaded non-collectibly). Batch clients that compile many short-lived programs in one process
    /// (a test runner) finish sooner with <c>false</c>, at the price of keeping every program's code until exit.
    /// </summary>
    public bool Collectible { get; init; } = true;
}

/// <summary>
/// A compiled SQL program: tables and views turned into an incremental circuit, emitted as C# and loaded.
/// Compiling never throws for a bad program: check <see cref="Success"/> and <see cref="Diagnostics"/>.
/// The generated assembly lives in its own load context (collectible by default); <see cref="Dispose"/> releases it once no
/// pipeline of the program is in use any more.
/// </summary>
public sealed class SqlProgram : IDisposable
{
    private readonly LoadedProgram? loaded;
    private readonly ICircuitFactory? factory;

    private SqlProgram(CompilationResult compilation, EmittedProgram? generated, LoadedProgram? loaded, ImmutableArray<Diagnostic> diagnostics)
    {
        Compilation = compilation;
        Generated = generated;
        this.loaded = loaded;
        factory = (ICircuitFactory?)loaded?.CreateInstance();
        Diagnostics = diagnostics;
    }

    /// <summary>Errors and warnings, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the program compiled without errors and can create pipelines.</summary>
    public bool Success => factory is not null;

    /// <summary>The compiler's result: catalog, plans and circuits.</summary>
    public CompilationResult Compilation { get; }

    /// <summary>The generated C# (null when compilation failed before emission).</summary>
    public EmittedProgram? Generated { get; }

    /// <summary>The program's tables, in declaration order.</summary>
    public IReadOnlyList<TableInfo> Tables => Compilation.Catalog?.Tables ?? [];

    /// <summary>The program's views, in declaration order.</summary>
    public IReadOnlyList<ViewInfo> Views => Compilation.Catalog?.Views ?? [];

    /// <summary>Diagnostics rendered as a compiler prints them (file:line:col, source line, caret).</summary>
    public string RenderDiagnostics() => DiagnosticRenderer.ToText(Diagnostics, Compilation.Source);

    /// <summary>Compiles a program: SQL → circuits → C# → assembly (cached by content hash) → loaded factory.</summary>
    public static SqlProgram Compile(string sql, SqlProgramOptions? options = null)
    {
        options ??= new SqlProgramOptions();
        var source = new SourceText(sql, options.FileName);
        var compilation = SqlCompiler.Compile(source, options.Compiler);
        if (!compilation.Success) return new SqlProgram(compilation, null, null, compilation.Diagnostics);
        try
        {
            var generated = CSharpEmitter.Emit(new EmitRequest(ProgramNames.For(sql), compilation.Incremental!,
                options.IncludeReferenceCircuit ? compilation.Reference : null, source.Location));
            return new SqlProgram(compilation, generated, GeneratedCode.Load(generated, options), compilation.Diagnostics)
            {
                IncludesReference = options.IncludeReferenceCircuit,
            };
        }
        catch (InternalCompilerError e)
        {
            var d = Diagnostic.Error(ErrorCodes.InternalError, $"internal compiler error: {e.Message}", e.Span);
            return new SqlProgram(compilation, null, null, compilation.Diagnostics.Add(d));
        }
    }

    /// <summary>Creates a pipeline running the incremental circuit: each step outputs the views' changes.</summary>
    public Pipeline CreatePipeline() => new(this, BuildIncremental(), incremental: true);

    /// <summary>
    /// Creates an incremental pipeline that continues from the latest intact checkpoint in
    /// <paramref name="storageDirectory"/> (written by <see cref="Pipeline.Checkpoint"/> of a pipeline of this
    /// program): its views' states, MATERIALIZED contents, step number and clock are those of the checkpoint, so
    /// its next step produces the changes the checkpointed pipeline's next step would have. A truncated or damaged
    /// checkpoint is skipped in favour of the previous one (see <see cref="Pipeline.ResumedFrom"/>).
    /// </summary>
    /// <param name="storageDirectory">The storage directory.</param>
    /// <param name="states">The caller's own state saved by <see cref="Pipeline.Checkpoint"/>, by name, to load back.</param>
    /// <exception cref="CheckpointException">
    /// No checkpoint in the directory, none intact, a checkpoint of another program (the message says which), or one
    /// without a requested state.
    /// </exception>
    public Pipeline ResumePipeline(string storageDirectory, IReadOnlyDictionary<string, IOperatorState>? states = null)
    {
        var (circuit, restored) = new CheckpointStore(storageDirectory).Restore(BuildIncremental, CheckpointIdentity(incremental: true), states);
        return new Pipeline(this, circuit, incremental: true, restored);
    }

    /// <summary>Whether <paramref name="storageDirectory"/> holds a checkpoint to resume from (it may still prove damaged).</summary>
    public static bool HasCheckpoint(string storageDirectory) => new CheckpointStore(storageDirectory).HasCheckpoint;

    /// <summary>
    /// Identity of this program's circuit in checkpoints: a hash of the generated code (which determines the
    /// operators, their persistent ids and their state layout) and of the circuit form.
    /// </summary>
    internal string CheckpointIdentity(bool incremental)
    {
        var generated = Generated ?? throw new InvalidOperationException("the program did not compile:\n" + RenderDiagnostics());
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in generated.Files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.FileName + "\n" + file.Text.Length + "\n"));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Text));
        }
        return generated.Name + (incremental ? "/incremental/" : "/reference/") + Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>A fresh incremental circuit with the outputs of MATERIALIZED views keeping their contents.</summary>
    private Circuit BuildIncremental()
    {
        var circuit = Factory.BuildIncremental();
        foreach (var view in Views)
            if (view.Kind == ViewKind.Materialized && circuit.Outputs.TryGetValue(view.Identity, out var output)) output.Materialize();
        return circuit;
    }

    /// <summary>
    /// Creates a pipeline running the non-incremental reference circuit, which recomputes every view from the whole
    /// tables at each step. Its outputs' <see cref="ViewOutput.Changes"/> are then the whole view, not a change.
    /// </summary>
    public Pipeline CreateReferencePipeline() => IncludesReference
        ? new(this, Factory.BuildReference(), incremental: false)
        : throw new InvalidOperationException("the program was compiled with IncludeReferenceCircuit = false");

    /// <summary>Whether <see cref="CreateReferencePipeline"/> is available (<see cref="SqlProgramOptions.IncludeReferenceCircuit"/>).</summary>
    public bool IncludesReference { get; private init; }

    /// <summary>Unloads the generated assembly. Pipelines created from this program must not be used afterwards.</summary>
    public void Dispose() => loaded?.Unload();

    private ICircuitFactory Factory => factory ?? throw new InvalidOperationException(
        "the program did not compile:\n" + RenderDiagnostics());
}

/// <summary>Deterministic program names derived from the SQL text, so equal programs share generated code.</summary>
internal static class ProgramNames
{
    public static string For(string sql) =>
        "P" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sql)))[..16];
}
