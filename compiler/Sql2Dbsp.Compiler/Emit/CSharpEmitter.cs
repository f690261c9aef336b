using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>
/// Emits a program's two circuits (incremental and reference) as C# against the runtime's public API. First the
/// circuits are lowered to an equatable <see cref="ProgramModel"/> in one linear pass (incremental circuit first, then
/// the reference one, operators in order), then the model is rendered to text. The output is deterministic: the same
/// request always yields byte-identical files. The generated code is thin: row structs, functor structs with static
/// members, and the wiring; every SQL semantic is a call into <c>Sql2Dbsp.Runtime.Sql</c>.
/// </summary>
/// <remarks>
/// Split by family: <c>.Rows</c> (row structs), <c>.Expressions</c> (scalar expressions), <c>.Functors</c> (map,
/// filter, index, join, top-k), <c>.Aggregates</c>, <c>.Wiring</c> (the <c>CompiledProgram</c> class) and
/// <c>.Render</c> (model → text).
/// </remarks>
public sealed partial class CSharpEmitter
{
    public const string ToolName = "Sql2Dbsp";
    public const string ToolVersion = "0.1.0";
    public const string NamespacePrefix = "Sql2Dbsp.Generated.";

    private readonly EmitRequest request;
    private readonly List<FunctorModel> functors = [];
    private readonly Dictionary<FunctorBody, string> functorByBody = [];
    private readonly HashSet<string> usedNames = new(StringComparer.Ordinal);

    private CSharpEmitter(EmitRequest request) => this.request = request;

    /// <summary>Emits the program as C# files: <c>&lt;Name&gt;.Rows.g.cs</c>, <c>.Functions.g.cs</c> and <c>.Circuit.g.cs</c>.</summary>
    public static EmittedProgram Emit(EmitRequest request) => Render(BuildModel(request));

    /// <summary>Lowers the circuits to the emit model (exposed for tests and tools).</summary>
    public static ProgramModel BuildModel(EmitRequest request)
    {
        if (!SyntaxFacts.IsValidIdentifier(request.ProgramName) || SyntaxFacts.GetKeywordKind(request.ProgramName) != SyntaxKind.None)
            throw new InternalCompilerError($"program name '{request.ProgramName}' is not a valid C# identifier");
        return new CSharpEmitter(request).Build();
    }

    private ProgramModel Build()
    {
        // Row structs are numbered by first appearance as an operator output, so functor code does not affect their names.
        foreach (var circuit in new[] { request.Incremental, request.Reference }.OfType<DbspCircuit>())
            NameRows(circuit);
        var incremental = BuildWiring(request.Incremental, "BuildIncremental", prefix: "");
        var reference = request.Reference is null ? null : BuildWiring(request.Reference, "BuildReference", prefix: "Ref");
        return new ProgramModel(
            request.ProgramName,
            NamespacePrefix + request.ProgramName,
            rowStructs.ToEquatableArray(),
            literals.ToEquatableArray(),
            functors.ToEquatableArray(),
            constants.ToEquatableArray(),
            incremental,
            reference);
    }

    private void NameRows(DbspCircuit circuit)
    {
        foreach (var op in circuit.Operators)
        {
            if (op is RecursiveOperator r)
            {
                NameRows(r.Body);
                continue;
            }
            if (op.Output.Key is { } key) RowName(key);
            RowName(op.Output.Value);
        }
    }

    /// <summary>
    /// Returns the name of the functor with this body, adding it under <paramref name="name"/> if it is new. Identical
    /// functors (the same map in both circuits, the same predicate on two streams) are emitted once.
    /// </summary>
    private string AddFunctor(string name, Operator origin, FunctorBody body)
    {
        if (functorByBody.TryGetValue(body, out var existing)) return existing;
        if (!usedNames.Add(name)) throw new InternalCompilerError($"duplicate generated type name {name}");
        functorByBody.Add(body, name);
        functors.Add(new FunctorModel(name, Remarks(origin.Origin), body));
        return name;
    }

    /// <summary>"file.sql:LINE:COL" of a span, or empty when it has none.</summary>
    private string Location(Text.SourceSpan span) =>
        span.IsNone || request.RenderLocation is null ? "" : request.RenderLocation(span);

    private string Remarks(OperatorOrigin origin)
    {
        string location = Location(origin.Span);
        if (origin.View.Length == 0) return location.Length == 0 ? "Synthesized." : $"At {location}.";
        return location.Length == 0 ? $"View {origin.View}." : $"View {origin.View} at {location}.";
    }

    private static InternalCompilerError Bug(Operator op, string message) =>
        new($"emitting operator {op.Id} ({op.Kind}): {message}", op.Origin.Span);
}
