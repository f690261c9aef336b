using Sql2Dbsp.Compiler.Emit;

namespace Sql2Dbsp;

/// <summary>
/// Compiles generated C# with Roslyn against the runtime libraries. Compiled images are cached by content hash
/// (in memory, and on disk under <see cref="SqlProgramOptions.CacheDirectory"/>), so compiling the same program
/// twice costs one Roslyn compile; each <see cref="SqlProgram"/> loads its own copy.
/// </summary>
internal static class GeneratedCode
{
    private static readonly Lazy<RoslynCompiler> Compiler = new(() => new RoslynCompiler(
    [
        typeof(Runtime.Algebra.ZSet<>).Assembly.Location,
        typeof(Runtime.Sql.SqlCompare).Assembly.Location,
    ]));

    private static readonly CompileCache MemoryCache = new();
    private static readonly Dictionary<string, CompileCache> DiskCaches = new(StringComparer.Ordinal);

    public static LoadedProgram Load(EmittedProgram program, SqlProgramOptions options)
    {
        var compiled = CacheFor(options.CacheDirectory).GetOrCompile(Compiler.Value, program, options.EmitDebugInfo);
        return GeneratedAssemblyLoader.Load(compiled, Compiler.Value.ReferencePaths, options.Collectible);
    }

    private static CompileCache CacheFor(string? directory)
    {
        if (directory is null) return MemoryCache;
        string key = Path.GetFullPath(directory);
        lock (DiskCaches)
        {
            if (!DiskCaches.TryGetValue(key, out var cache)) DiskCaches[key] = cache = new CompileCache(key);
            return cache;
        }
    }
}
