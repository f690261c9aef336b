using System.Reflection;
using System.Runtime.Loader;
using Sql2Dbsp.Compiler.Diagnostics;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>
/// Loads compiled programs into collectible load contexts. The runtime assemblies the generated code references are
/// resolved from the default context, so the program's <c>CompiledProgram</c> implements the host's
/// <c>ICircuitFactory</c> (the caller casts; the compiler does not reference the runtime).
/// </summary>
public static class GeneratedAssemblyLoader
{
    /// <param name="compiled">The assembly to load.</param>
    /// <param name="referencePaths">Where to find referenced assemblies the default context cannot resolve by name.</param>
    public static LoadedProgram Load(CompiledAssembly compiled, IEnumerable<string>? referencePaths = null)
    {
        var context = new GeneratedLoadContext(compiled.AssemblyName + "#" + compiled.Hash[..12], referencePaths);
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
            context.Unload();
            throw;
        }
    }

    private sealed class GeneratedLoadContext(string name, IEnumerable<string>? referencePaths)
        : AssemblyLoadContext(name, isCollectible: true)
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

/// <summary>A generated program loaded in its own collectible context. <see cref="Unload"/> lets the GC reclaim it once unreferenced.</summary>
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

    public void Unload() => context.Unload();
}
