using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.SourceGenerators;

namespace Sql2Dbsp.Compiler.Emit;

public sealed partial class CSharpEmitter
{
    /// <summary>
    /// Marks generated row and accumulator structs for checkpointing: <see cref="CheckpointSerializers"/> runs the
    /// serializer generator over the emitted code, which makes each such struct implement <c>IStateSerializer</c>.
    /// </summary>
    internal const string CheckpointedAttribute = "[global::Sql2Dbsp.Runtime.Storage.Checkpointed]";
}

/// <summary>
/// Runs the checkpoint serializer generator (<c>Sql2Dbsp.SourceGenerators</c>) over a compilation of emitted code, as
/// the C# compiler would run it as an analyzer, so generated programs carry the serializers of their rows and
/// accumulators. The generator references an older Roslyn than the compiler; the newer one runs it unchanged.
/// </summary>
internal static class CheckpointSerializers
{
    /// <summary>Identifies the generator's build, for cache keys: a new generator must not reuse old assemblies.</summary>
    public static string GeneratorIdentity { get; } = typeof(SerializerGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The compilation with the generated serializers added.</summary>
    /// <exception cref="InternalCompilerError">The generator failed or reported an error: a bug of the emitter.</exception>
    public static CSharpCompilation AddTo(CSharpCompilation compilation, CSharpParseOptions parseOptions)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new SerializerGenerator().AsSourceGenerator()],
            parseOptions: parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var diagnostics);
        var result = driver.GetRunResult();
        var errors = diagnostics.Concat(result.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        foreach (var generator in result.Results)
            if (generator.Exception is { } e) throw new InternalCompilerError($"the checkpoint serializer generator failed: {e.Message}", inner: e);
        if (errors.Length > 0)
            throw new InternalCompilerError("the checkpoint serializer generator rejected the generated code:\n" + string.Join("\n", errors.Take(5)));
        return (CSharpCompilation)updated;
    }
}
