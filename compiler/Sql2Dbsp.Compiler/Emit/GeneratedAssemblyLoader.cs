using System.Reflection;
using System.Runtime.Loader;
using Sql2Dbsp.Compiler.Diagnostics;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>
/// Loads compiled programs, each into its own load context (collectible unless the caller opts out). The runtime assemblies the generated code references are
/// resolved from the default context, so the program's <c>CompiledProgram</c> implements the host's
/// <c>ICircuitFactory</c> (the caller casts; the compiler does not reference the runtime).
/// </summary>
public static class GeneratedAssemblyLoader
{
    /// <param name="compiled">The assembly to load.</param>
    /// <param name="referencePaths">Where to find referenced assemblies the default context cannot resolve by name.</param>
    /// <param name="collectible">Whether <see cref="LoadedProgram.Unload"/> can free the code. Collectible code is not
    /// tier-compiled, so it costs several times more JIT time; non-collectible code stays until exit.</param>
    public static LoadedProgram Load(CompiledAssembly compiled, IEnumerable<string>? referencePaths = null, bool collectible = true)
    {
        var context = new GeneratedLoadContext(compiled.AssemblyName + "#" + compiled.Hash[..12], referencePaths, collectible);
        try
        {
            using var image = new MemoryStream(compiled.Image, writable: false);
            using var pdb = compiled.Pdb is null ? null : new MemoryStream(compiled.Pdb, writable: false);
            var assembly = context.LoadFromStream(image, pdb);
            var type = assembly.GetType(compiled.ProgramTypeName, throwOnError: false)
                ?? throw new InternalCompilerError($"the generated assembly has no type {compiled.ProgramTypeName}");
            return new LoadedProgram(context, assembly, type);
        }
        catch
        {
            if (collectible) context.Unload();
            throw;
        }
    }

    private sealed class GeneratedLoadContext(string name, IEnumerable<string>? referencePaths, bool collectible)
        : AssemblyLoadContext(name, collectible)
    {
        private readonly List<string> paths = referencePaths?.ToList() ?? [];

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            foreach (var loaded in Default.Assemblies)
                if (string.Equals(loaded.GetName().Name, assemblyName.Name, StringComparison.OrdinalIgnoreCase)) return loaded;
            foreach (var path in paths)
                if (string.Equals(Path.GetFileNameWithoutExtension(path), assemblyName.Name, StringComparison.OrdinalIgnoreCase))
                    return Default.LoadFromAssemblyPath(Path.GetFullPath(path));
            return null; // the default context resolves the rest (framework assemblies)
        }
    }
}

/// <summary>A generated program loaded in its own context. If collectible, <see cref="Unload"/> lets the GC reclaim it once unreferenced.</summary>
public sealed class LoadedProgram
{
    private readonly AssemblyLoadContext context;

    internal LoadedProgram(AssemblyLoadContext context, Assembly assembly, Type programType)
    {
        this.context = context;
        Assembly = assembly;
        ProgramType = programType;
    }

    public Assembly Assembly { get; }

    /// <summary>The generated <c>CompiledProgram</c> class; it implements <c>Sql2Dbsp.Runtime.Circuits.ICircuitFactory</c>.</summary>
    public Type ProgramType { get; }

    /// <summary>A new <c>CompiledProgram</c> (cast it to <c>ICircuitFactory</c>).</summary>
    public object CreateInstance() => Activator.CreateInstance(ProgramType)!;

    /// <summary>A weak reference to the load context, to check that it was collected after <see cref="Unload"/>.</summary>
    public WeakReference ContextReference => new(context);

    /// <summary>Releases a collectible context (no effect on a non-collectible one, whose code stays until exit).</summary>
    public void Unload()
    {
        if (context.IsCollectible) context.Unload();
    }
}
