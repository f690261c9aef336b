using System.Collections.Concurrent;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>
/// Compiled programs by content hash (<see cref="RoslynCompiler.Hash"/>: sources, references and options), in memory
/// and optionally in a directory as <c>&lt;hash&gt;.dll</c> (+ <c>&lt;hash&gt;.pdb</c>), so an unchanged program is
/// never compiled twice.
/// </summary>
public sealed class CompileCache(string? directory = null)
{
    private readonly ConcurrentDictionary<string, CompiledAssembly> memory = new(StringComparer.Ordinal);
    private int hits;
    private int misses;

    public string? Directory { get; } = directory;
    public int Hits => hits;
    public int Misses => misses;

    public CompiledAssembly GetOrCompile(RoslynCompiler compiler, EmittedProgram program, bool emitDebugInfo = false)
    {
        string hash = compiler.Hash(program, emitDebugInfo);
        if (memory.TryGetValue(hash, out var cached) || TryReadDisk(hash, program, emitDebugInfo, out cached))
        {
            Interlocked.Increment(ref hits);
            return memory.GetOrAdd(hash, cached);
        }
        Interlocked.Increment(ref misses);
        var compiled = compiler.Compile(program, emitDebugInfo);
        WriteDisk(compiled);
        return memory.GetOrAdd(hash, compiled);
    }

    private bool TryReadDisk(string hash, EmittedProgram program, bool emitDebugInfo, out CompiledAssembly compiled)
    {
        compiled = null!;
        if (Directory is null) return false;
        string dll = Path.Combine(Directory, hash + ".dll"), pdb = Path.Combine(Directory, hash + ".pdb");
        if (!File.Exists(dll) || (emitDebugInfo && !File.Exists(pdb))) return false;
        try
        {
            compiled = new CompiledAssembly(program.AssemblyName, program.ProgramTypeName, hash, File.ReadAllBytes(dll),
                emitDebugInfo ? File.ReadAllBytes(pdb) : null, [], TimeSpan.Zero);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void WriteDisk(CompiledAssembly compiled)
    {
        if (Directory is null) return;
        System.IO.Directory.CreateDirectory(Directory);
        if (compiled.Pdb is not null) WriteAtomically(Path.Combine(Directory, compiled.Hash + ".pdb"), compiled.Pdb);
        WriteAtomically(Path.Combine(Directory, compiled.Hash + ".dll"), compiled.Image);
    }

    /// <summary>Write to a temporary file, then rename, so a reader never sees a partial assembly.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        string temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
