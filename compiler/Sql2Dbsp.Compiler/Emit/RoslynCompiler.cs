using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Sql2Dbsp.Compiler.Diagnostics;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>A compiled generated program: the assembly image (and portable PDB with embedded sources, if asked for).</summary>
public sealed record CompiledAssembly(
    string AssemblyName,
    string ProgramTypeName,
    string Hash,
    byte[] Image,
    byte[]? Pdb,
    ImmutableArray<string> Warnings,
    TimeSpan CompileTime);

/// <summary>
/// Compiles emitted C# in memory with Roslyn (release, nullable annotations without flow analysis, deterministic) against the shared framework
/// and the runtime assemblies given by the caller (the compiler itself never references the runtime). Errors in the
/// generated code are compiler bugs: they become an <see cref="InternalCompilerError"/> showing the failing lines.
/// </summary>
public sealed class RoslynCompiler
{
    /// <summary>Bump when the compilation options change, so cached assemblies are not reused.</summary>
    private const string CacheFormat = "sql2dbsp-roslyn-v2";
    private const int MaxReportedErrors = 5;
    private const int ContextLines = 2;

    private static readonly ConcurrentDictionary<(string Path, DateTime Stamp), (MetadataReference Reference, string Identity)> ReferenceCache = new();
    private static readonly Lazy<ImmutableArray<string>> FrameworkPaths = new(FindFrameworkAssemblies);

    private readonly ImmutableArray<MetadataReference> references;
    private readonly string referenceIdentity;

    /// <param name="referencePaths">Assemblies the generated code compiles against besides the framework: the runtime and the runtime SQL library.</param>
    public RoslynCompiler(IEnumerable<string> referencePaths)
    {
        var extra = referencePaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        var all = FrameworkClosure(extra).Concat(extra).ToList();
        var loaded = all.Select(Reference).ToList();
        references = [.. loaded.Select(r => r.Reference)];
        // Framework assemblies are identified by the runtime version; the caller's by their MVIDs (content hashes).
        referenceIdentity = $"framework {Environment.Version} {typeof(object).Assembly.ManifestModule.ModuleVersionId}\n" +
                            string.Concat(extra.Select((p, i) => $"{Path.GetFileName(p)} {loaded[all.Count - extra.Count + i].Identity}\n"));
        ReferencePaths = [.. extra];
    }

    public ImmutableArray<string> ReferencePaths { get; }

    /// <summary>SHA-256 (hex) of everything that determines the output: sources, references, options.</summary>
    public string Hash(EmittedProgram program, bool emitDebugInfo = false)
    {
        var sb = new StringBuilder();
        sb.Append(CacheFormat).Append('\n')
          .Append(typeof(CSharpCompilation).Assembly.GetName().Version).Append('\n')
          .Append(emitDebugInfo ? "debug\n" : "release\n")
          .Append("serializers ").Append(CheckpointSerializers.GeneratorIdentity).Append('\n')
          .Append(program.AssemblyName).Append('\n')
          .Append(referenceIdentity);
        foreach (var file in program.Files)
            sb.Append(file.FileName).Append('\n').Append(file.Text.Length).Append('\n').Append(file.Text);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()))).ToLowerInvariant();
    }

    /// <summary>Compiles the program; throws <see cref="InternalCompilerError"/> on any Roslyn error.</summary>
    public CompiledAssembly Compile(EmittedProgram program, bool emitDebugInfo = false)
    {
        var watch = Stopwatch.StartNew();
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var texts = program.Files.Select(f => SourceText.From(f.Text, Encoding.UTF8, SourceHashAlgorithm.Sha256)).ToList();
        var trees = program.Files.Select((f, i) => CSharpSyntaxTree.ParseText(texts[i], parse, f.FileName)).ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Annotations,
            deterministic: true,
            concurrentBuild: true);
        var compilation = CheckpointSerializers.AddTo(CSharpCompilation.Create(program.AssemblyName, trees, references, options), parse);

        using var image = new MemoryStream();
        using var pdb = emitDebugInfo ? new MemoryStream() : null;
        var result = emitDebugInfo
            ? compilation.Emit(image, pdb,
                options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb),
                embeddedTexts: program.Files.Select((f, i) => EmbeddedText.FromSource(f.FileName, texts[i])))
            : compilation.Emit(image);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success || errors.Count > 0) throw new InternalCompilerError(Describe(program, errors));
        var warnings = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)
            .Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToImmutableArray();
        return new CompiledAssembly(program.AssemblyName, program.ProgramTypeName, Hash(program, emitDebugInfo),
            image.ToArray(), pdb?.ToArray(), warnings, watch.Elapsed);
    }

    /// <summary>The first errors, each with a few lines of the generated source around it.</summary>
    private static string Describe(EmittedProgram program, List<Microsoft.CodeAnalysis.Diagnostic> errors)
    {
        var sb = new StringBuilder();
        sb.Append($"the generated C# of program '{program.Name}' does not compile ({errors.Count} error(s)):");
        foreach (var error in errors.Take(MaxReportedErrors))
        {
            sb.Append('\n').Append(error.ToString());
            if (!error.Location.IsInSource) continue;
            var span = error.Location.GetLineSpan();
            var lines = error.Location.SourceTree!.GetText().Lines;
            int at = span.StartLinePosition.Line;
            for (int i = Math.Max(0, at - ContextLines); i <= Math.Min(lines.Count - 1, at + ContextLines); i++)
                sb.Append('\n').Append(i == at ? "  > " : "    ").Append((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5))
                  .Append(" | ").Append(lines[i].ToString());
        }
        if (errors.Count > MaxReportedErrors) sb.Append($"\n... and {errors.Count - MaxReportedErrors} more");
        return sb.ToString();
    }

    private static (MetadataReference Reference, string Identity) Reference(string path)
    {
        var stamp = File.GetLastWriteTimeUtc(path);
        return ReferenceCache.GetOrAdd((path, stamp), key =>
        {
            using var stream = File.OpenRead(key.Path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            string mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString("N");
            return (MetadataReference.CreateFromFile(key.Path), mvid);
        });
    }

    /// <summary>
    /// The framework assemblies the generated code can see: <c>System.Runtime</c> and everything the caller's assemblies
    /// reference, transitively. Referencing only these (not all ~170 framework assemblies) keeps compilation fast.
    /// </summary>
    private static List<string> FrameworkClosure(List<string> extra)
    {
        var framework = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in FrameworkPaths.Value) framework.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        var own = new HashSet<string>(extra.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(extra);
        foreach (var root in new[] { "System.Runtime", "System.Private.CoreLib", "netstandard" })
            if (framework.TryGetValue(root, out var path) && chosen.Add(path)) pending.Enqueue(path);
        while (pending.Count > 0)
            foreach (var name in ReferencedAssemblies(pending.Dequeue()))
                if (!own.Contains(name) && framework.TryGetValue(name, out var path) && chosen.Add(path)) pending.Enqueue(path);
        return [.. chosen];
    }

    private static List<string> ReferencedAssemblies(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name))];
    }

    /// <summary>The shared-framework assemblies among the trusted platform assemblies (not the host's own dependencies).</summary>
    private static ImmutableArray<string> FindFrameworkAssemblies()
    {
        var all = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        var framework = all.Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal)).ToList();
        var chosen = framework.Count > 0 ? framework : [.. all];
        return [.. chosen.OrderBy(p => p, StringComparer.Ordinal)];
    }
}
