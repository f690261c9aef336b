using System.Collections.Concurrent;
using System.Runtime.Loader;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Runtime.Circuit;

namespace Sql2Dbsp;

/// <summary>
/// Compiles generated C# with Roslyn against the runtime libraries and loads it into a collectible load context.
/// Loaded programs are cached by the hash of their sources, so compiling the same program twice costs one compile.
/// </summary>
internal static class GeneratedCode
{
    private static readonly ConcurrentDictionary<string, Lazy<ICircuitFactory>> Cache = new();

    private static readonly Lazy<RoslynCompiler> Compiler = new(() => new RoslynCompiler(
    [
        typeof(Runtime.Algebra.ZSet<>).Assembly.Location,
        typeof(Runtime.Sql.SqlCompare).Assembly.Location,
    ]));

    public static ICircuitFactory Load(EmittedProgram program, bool emitDebugInfo)
    {
        var compiler = Compiler.Value;
        string hash = compiler.Hash(program, emitDebugInfo);
        return Cache.GetOrAdd(hash, _ => new Lazy<ICircuitFactory>(() => LoadNow(compiler, program, emitDebugInfo))).Value;
    }

    private static ICircuitFactory LoadNow(RoslynCompiler compiler, EmittedProgram program, bool emitDebugInfo)
    {
        var compiled = compiler.Compile(program, emitDebugInfo);
        var context = new AssemblyLoadContext(compiled.AssemblyName, isCollectible: true);
        using var image = new MemoryStream(compiled.Image);
        using var pdb = compiled.Pdb is null ? null : new MemoryStream(compiled.Pdb);
        var assembly = context.LoadFromStream(image, pdb);
        var type = assembly.GetType(compiled.ProgramTypeName)
            ?? throw new Compiler.Diagnostics.InternalCompilerError($"generated assembly has no type {compiled.ProgramTypeName}");
        return (ICircuitFactory)Activator.CreateInstance(type)!;
    }
}
