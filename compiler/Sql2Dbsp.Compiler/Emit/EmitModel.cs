using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Emit;

/// <summary>
/// What to emit: <paramref name="ProgramName"/> is a C# identifier chosen by the caller (the generated namespace is
/// <c>Sql2Dbsp.Generated.&lt;ProgramName&gt;</c>); the two circuits share inputs and outputs; <paramref name="RenderLocation"/>
/// renders an operator's SQL span as "file.sql:LINE:COL" for runtime error contexts and doc comments. Without a
/// <paramref name="Reference"/> circuit (hosts do not need it) the program is smaller and <c>BuildReference</c> throws.
/// </summary>
public sealed record EmitRequest(
    string ProgramName,
    DbspCircuit Incremental,
    DbspCircuit? Reference,
    Func<SourceSpan, string>? RenderLocation = null);

/// <summary>One generated source file.</summary>
public sealed record EmittedFile(string FileName, string Text);

/// <summary>The generated program: its files and the full name of the <c>CompiledProgram</c> class (an <c>ICircuitFactory</c>).</summary>
public sealed record EmittedProgram(string Name, string Namespace, ImmutableArray<EmittedFile> Files)
{
    public string ProgramTypeName => Namespace + ".CompiledProgram";
    public string AssemblyName => Namespace;
}

// ---- The emit model: equatable records built from the circuits in one linear pass, then rendered to text. ----

/// <summary>The whole program before rendering.</summary>
public sealed record ProgramModel(
    string Name,
    string Namespace,
    EquatableArray<RowStructModel> Rows,
    EquatableArray<LiteralModel> Literals,
    EquatableArray<FunctorModel> Functors,
    EquatableArray<ConstantModel> Constants,
    WiringModel Incremental,
    WiringModel? Reference);

/// <summary>One row struct per distinct <see cref="RowType"/>, with fields <c>F0..Fn</c>.</summary>
public sealed record RowStructModel(string Name, EquatableArray<SqlType> Columns);

/// <summary>A literal that allocates (e.g. VARBINARY), hoisted into a static readonly field of the <c>Literals</c> class.</summary>
public sealed record LiteralModel(string Name, string Type, string Initializer);

/// <summary>A functor type (or a pair: accumulator + aggregate function); <see cref="Remarks"/> names its origin.</summary>
public sealed record FunctorModel(string Name, string Remarks, FunctorBody Body);

/// <summary>A static helper method hoisted out of a deep expression: <c>private static Type Name(Parameters) => Body;</c>.</summary>
public sealed record HelperModel(string Name, string ReturnType, string Parameters, string Body);

/// <summary>How a row value is built: a whole expression (<see cref="Whole"/>), or an object initializer of <c>F0 = …</c> assignments.</summary>
public sealed record RowInit(string? Whole, EquatableArray<string> Fields)
{
    public static RowInit Of(string whole) => new(whole, EquatableArray<string>.Empty);
    public static readonly RowInit Default = Of("default");
}

/// <summary>The definition of a functor, independent of its name, so identical functors are emitted once.</summary>
public abstract record FunctorBody(EquatableArray<HelperModel> Helpers);

public sealed record MapBody(string In, string Out, RowInit Result, EquatableArray<HelperModel> Helpers) : FunctorBody(Helpers);

/// <summary>A top-k rank's output row from a value row and its number (<c>ranked.F0</c>).</summary>
public sealed record RankBody(string In, string Out, RowInit Result, EquatableArray<HelperModel> Helpers) : FunctorBody(Helpers);

public sealed record FilterBody(string Row, string Predicate, EquatableArray<HelperModel> Helpers) : FunctorBody(Helpers);

public sealed record IndexBody(string In, string Key, string Value, RowInit KeyInit, RowInit ValueInit, EquatableArray<HelperModel> Helpers)
    : FunctorBody(Helpers);

public sealed record JoinBody(string Key, string Left, string Right, string Out, string? Condition, RowInit Result, EquatableArray<HelperModel> Helpers)
    : FunctorBody(Helpers);

/// <summary>An aggregate: the accumulator struct (<see cref="AccumulatorFields"/>) and the function (Init, Add, Finish).</summary>
public sealed record AggregateBody(
    string Value,
    string Out,
    EquatableArray<string> AccumulatorFields,
    string Init,
    EquatableArray<string> AddStatements,
    EquatableArray<string> FinishStatements,
    RowInit Result,
    EquatableArray<HelperModel> Helpers) : FunctorBody(Helpers);

/// <summary>An ORDER BY comparer: statements computing <c>c</c> key by key.</summary>
public sealed record ComparerBody(string Row, EquatableArray<string> Statements, EquatableArray<HelperModel> Helpers) : FunctorBody(Helpers);

/// <summary>A constant Z-set, built once in a static readonly field of <c>CompiledProgram</c>.</summary>
public sealed record ConstantModel(string Name, string Row, EquatableArray<string> Rows);

/// <summary>The body of <c>BuildIncremental</c> or <c>BuildReference</c>: one statement per line.</summary>
/// <summary>
/// A circuit-building method: it runs the parts of a private class <see cref="ClassName"/> in order. Streams that a
/// later part reads are <see cref="Fields"/>; the others are locals of their part.
/// </summary>
public sealed record WiringModel(string Method, string ClassName, EquatableArray<StreamFieldModel> Fields, EquatableArray<EquatableArray<string>> Parts);

/// <summary>A stream kept in a field of a wiring class.</summary>
public sealed record StreamFieldModel(string Name, string Type);
