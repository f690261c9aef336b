using System.Globalization;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.EndToEnd.Tests.Emit;

/// <summary>Emits, compiles (cached) and loads programs for the execution tests, and drives their circuits with untyped rows.</summary>
internal static class GeneratedPrograms
{
    public static readonly string[] References =
    [
        typeof(Sql2Dbsp.Runtime.Algebra.ZSet<>).Assembly.Location,
        typeof(Sql2Dbsp.Runtime.Sql.SqlCompare).Assembly.Location,
    ];

    public static readonly RoslynCompiler SharedCompiler = new(References);
    public static readonly CompileCache Cache = new();

    public static CompiledAssembly Compile(EmitRequest request) => Cache.GetOrCompile(SharedCompiler, CSharpEmitter.Emit(request));

    public static ICircuitFactory Load(EmitRequest request)
    {
        var compiled = Compile(request);
        Assert.Empty(compiled.Warnings);
        return (ICircuitFactory)GeneratedAssemblyLoader.Load(compiled).CreateInstance();
    }

    public static void Insert(Circuit circuit, string table, params object?[] row) => circuit.Inputs[table].Insert(row);
    public static void Delete(Circuit circuit, string table, params object?[] row) => circuit.Inputs[table].Delete(row);

    /// <summary>A view's output of the last step as sorted "row xWeight" lines (row values rendered invariantly, NULL as NULL).</summary>
    public static string[] Read(Circuit circuit, string view) =>
        [.. circuit.Outputs[view].ReadDelta().Select(e => Text(e.Row) + " x" + e.Weight.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];

    public static string Text(object?[] row) =>
        "(" + string.Join(", ", row.Select(v => v switch
        {
            null => "NULL",
            string s => "'" + s + "'",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        })) + ")";

    /// <summary>Adds a delta into an integrated view (row text → weight), dropping zero weights.</summary>
    public static void Integrate(Dictionary<string, long> view, IEnumerable<string> delta)
    {
        foreach (var line in delta)
        {
            int x = line.LastIndexOf(" x", StringComparison.Ordinal);
            string row = line[..x];
            long w = view.GetValueOrDefault(row) + long.Parse(line[(x + 2)..], CultureInfo.InvariantCulture);
            if (w == 0) view.Remove(row);
            else view[row] = w;
        }
    }

    public static string[] Lines(Dictionary<string, long> view) =>
        [.. view.Select(p => p.Key + " x" + p.Value.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Runs the same changes through the incremental and the reference circuit: each step, the integral of the
    /// incremental outputs must equal the reference outputs (whole views). Returns the incremental deltas per step.
    /// </summary>
    public static List<Dictionary<string, string[]>> RunBoth(ICircuitFactory factory, string[] views, params Action<Circuit>[] steps)
    {
        var incremental = factory.BuildIncremental();
        var reference = factory.BuildReference();
        var integrated = views.ToDictionary(v => v, _ => new Dictionary<string, long>());
        var deltas = new List<Dictionary<string, string[]>>();
        foreach (var step in steps)
        {
            step(incremental);
            step(reference);
            incremental.Step();
            reference.Step();
            var delta = new Dictionary<string, string[]>();
            foreach (var view in views)
            {
                delta[view] = Read(incremental, view);
                Integrate(integrated[view], delta[view]);
                Assert.Equal(Read(reference, view), Lines(integrated[view]));
            }
            deltas.Add(delta);
        }
        return deltas;
    }
}
