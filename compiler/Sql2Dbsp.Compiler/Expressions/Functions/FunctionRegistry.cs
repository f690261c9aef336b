using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Expressions;

/// <summary>The family of a SQL function: one file of the registry each, and one section of docs/functions.md.</summary>
public enum FunctionFamily { String, Math, DateTime, Conditional, Aggregate }

/// <summary>How the binder turns one argument into the type the runtime method takes.</summary>
public enum ArgKind
{
    /// <summary>Any numeric type, kept (the runtime has an overload per type).</summary>
    Numeric,
    /// <summary>An integer type, cast to INTEGER.</summary>
    Integer,
    /// <summary>An integer type, cast to BIGINT.</summary>
    BigInt,
    /// <summary>Any numeric type, cast to DOUBLE.</summary>
    Double,
    /// <summary>A string (CHAR/VARCHAR, or a value with a cast to VARCHAR), as VARCHAR.</summary>
    Text,
    /// <summary>A BOOLEAN.</summary>
    Boolean,
    /// <summary>A DATE or a TIMESTAMP, kept.</summary>
    DateOrTimestamp,
    /// <summary>A DATE, TIME or TIMESTAMP, kept.</summary>
    Temporal,
    /// <summary>Any type (the function decides, see its special form).</summary>
    Any,
}

/// <summary>The result type of a signature (its nullability follows the function's <see cref="NullRule"/>).</summary>
public enum ResultKind { SameAsFirst, Boolean, Integer, BigInt, Double, Varchar, Date, CommonOfAll, Special }

/// <summary>When a function's result is NULL.</summary>
public enum NullRule
{
    /// <summary>NULL when any argument is NULL (the runtime's nullable overloads); nullable when any argument is.</summary>
    Strict,
    /// <summary>Stated in the function's description (COALESCE, CONCAT, CONCAT_WS, NOW, ...).</summary>
    Special,
}

/// <summary>Functions the binder does not bind through their signature alone.</summary>
public enum SpecialForm
{
    None,
    /// <summary>COALESCE(a, b, ...): the common type; NULL only when all are.</summary>
    Coalesce,
    /// <summary>NULLIF(a, b): NULL when a = b.</summary>
    NullIf,
    /// <summary>NOW() and the niladic CURRENT_* functions: the step's clock.</summary>
    Clock,
    /// <summary>MOD(a, b): the % operator.</summary>
    Mod,
    /// <summary>ROUND/TRUNCATE of an integer is the integer itself.</summary>
    IntegerIdentity,
    /// <summary>FLOOR/CEIL: an integer is itself; DECIMAL(p, s) gives DECIMAL(p, 0).</summary>
    FloorCeil,
    /// <summary>CONCAT(v, ...): any number of values, NULL ones skipped.</summary>
    Concat,
    /// <summary>CONCAT_WS(separator, v, ...): any number of values.</summary>
    ConcatWs,
    /// <summary>YEAR(x) and friends: EXTRACT(field FROM x).</summary>
    Extract,
    /// <summary>The TUMBLE group window and FORMAT_TIMESTAMP/DATE/TIME (Binder.Streaming.cs: constant window sizes, format strings).</summary>
    Streaming,
}

/// <summary>One accepted argument list and its result.</summary>
public sealed record Signature(ImmutableArray<ArgKind> Args, ResultKind Result)
{
    /// <summary>A signature from its argument kinds.</summary>
    public static Signature Of(ResultKind result, params ArgKind[] args) => new([.. args], result);
}

/// <summary>
/// A scalar SQL function: its names, signatures (tried in order; the first whose arguments all fit wins), NULL rule,
/// the runtime method it binds to (C# overload resolution picks the implementation for the coerced argument types)
/// and a one-line description for docs/functions.md.
/// </summary>
public sealed record SqlFunction(
    string Name,
    FunctionFamily Family,
    ImmutableArray<Signature> Signatures,
    string Doc,
    string? Target = null,
    NullRule Nulls = NullRule.Strict,
    SpecialForm Special = SpecialForm.None,
    ImmutableArray<string> Aliases = default,
    string? ExtractField = null)
{
    /// <summary>The IR function of <see cref="Target"/> (null for special forms that lower to other expressions).</summary>
    public ScalarFunction? Runtime { get; } = Target is null ? null : new ScalarFunction(Name.ToLowerInvariant(), Target);

    /// <summary>The argument counts the signatures accept, for error messages ("1 or 2").</summary>
    public string Arities => string.Join(" or ", Signatures.Select(s => s.Args.Length).Distinct().Order());
}

/// <summary>An aggregate function: its names, its IR kind, its argument count and a description.</summary>
public sealed record SqlAggregate(string Name, AggregateKind Kind, string Signature, string Doc, int Arity = 1, ImmutableArray<string> Aliases = default);

/// <summary>
/// The function library: every scalar and aggregate function a SQL program can call, by name. The binder resolves a
/// call once through <see cref="Find"/> / <see cref="FindAggregate"/>; docs/functions.md is <see cref="RenderMarkdown"/>.
/// Adding a function = one entry in the family's file, one runtime method (with its nullable overload) and a test.
/// </summary>
public static partial class FunctionRegistry
{
    /// <summary>The scalar functions, in documentation order.</summary>
    public static ImmutableArray<SqlFunction> Scalars { get; } =
        [.. StringFunctions(), .. MathFunctions(), .. DateTimeFunctions(), .. ConditionalFunctions()];

    /// <summary>The aggregate functions, in documentation order.</summary>
    public static ImmutableArray<SqlAggregate> Aggregates { get; } = [.. AggregateFunctions()];

    private static readonly FrozenDictionary<string, SqlFunction> ScalarByName = Index(Scalars, f => f.Name, f => f.Aliases);
    private static readonly FrozenDictionary<string, SqlAggregate> AggregateByName = Index(Aggregates, f => f.Name, f => f.Aliases);
    private static readonly FrozenDictionary<string, SqlFunction> ByRuntimeName =
        Scalars.Where(f => f.Runtime is not null).ToFrozenDictionary(f => f.Runtime!.Name, StringComparer.Ordinal);

    /// <summary>The scalar function of a SQL name (any case), or null.</summary>
    public static SqlFunction? Find(string name) => ScalarByName.GetValueOrDefault(name);

    /// <summary>The aggregate function of a SQL name (any case), or null.</summary>
    public static SqlAggregate? FindAggregate(string name) => AggregateByName.GetValueOrDefault(name);

    /// <summary>The IR function of a registry entry by its IR name, or null.</summary>
    internal static ScalarFunction? FindRuntime(string irName) => ByRuntimeName.GetValueOrDefault(irName)?.Runtime;

    /// <summary>Whether the IR function of a registry entry is NULL when any argument is NULL (constant folding uses it).</summary>
    internal static bool IsStrict(string irName) => ByRuntimeName.GetValueOrDefault(irName)?.Nulls == NullRule.Strict;

    private static FrozenDictionary<string, T> Index<T>(ImmutableArray<T> entries, Func<T, string> name, Func<T, ImmutableArray<string>> aliases)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            // A duplicate name is a bug in the registry; Add throws on first use, which every test run exercises.
            map.Add(name(e), e);
            foreach (var alias in aliases(e).IsDefault ? [] : aliases(e)) map.Add(alias, e);
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static SqlFunction F(string name, FunctionFamily family, string target, string doc, params Signature[] signatures) =>
        new(name, family, [.. signatures], doc, target);

    private static Signature S(ResultKind result, params ArgKind[] args) => Signature.Of(result, args);

    /// <summary>docs/functions.md: the function tables, generated from the registry (a test keeps the file equal).</summary>
    public static string RenderMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("# Function reference\n\n")
          .Append("<!-- Generated from compiler/Sql2Dbsp.Compiler/Expressions/Functions/*.cs by FunctionRegistry.RenderMarkdown; do not edit.\n")
          .Append("     Regenerate: SQL2DBSP_UPDATE_DOCS=1 dotnet test tests/Sql2Dbsp.Compiler.Tests --filter FunctionRegistryTests -->\n\n")
          .Append("Argument kinds: `numeric` is any numeric type (the result keeps it), `integer`/`bigint` any integer type, ")
          .Append("`double` any numeric type converted to DOUBLE, `string` CHAR or VARCHAR. \"NULL → NULL\" means the result is ")
          .Append("NULL when any argument is NULL.\n");
        foreach (var family in new[] { FunctionFamily.String, FunctionFamily.Math, FunctionFamily.DateTime, FunctionFamily.Conditional })
        {
            sb.Append("\n## ").Append(Title(family)).Append("\n\n| Function | Signatures | NULL → NULL | Description |\n|---|---|---|---|\n");
            foreach (var f in Scalars.Where(f => f.Family == family))
            {
                var names = f.Aliases.IsDefaultOrEmpty ? f.Name : $"{f.Name} ({string.Join(", ", f.Aliases)})";
                var sigs = string.Join("<br>", f.Signatures.Select(s => $"`{f.Name}({string.Join(", ", s.Args.Select(ArgName))})` → {ResultName(s.Result)}"));
                sb.Append($"| {names} | {sigs} | {(f.Nulls == NullRule.Strict ? "yes" : "no")} | {f.Doc} |\n");
            }
        }
        sb.Append("\n## Aggregate functions\n\n")
          .Append("Every aggregate accepts `FILTER (WHERE condition)`. All are maintained incrementally: linear ones in O(1) per ")
          .Append("change, the others (MIN, MAX, ARG_MIN, ARG_MAX, BIT_AND, BIT_OR, DISTINCT, variance over non-integers) by ")
          .Append("recomputing the changed groups.\n\n| Function | Signature | Description |\n|---|---|---|\n");
        foreach (var a in Aggregates)
        {
            var names = a.Aliases.IsDefaultOrEmpty ? a.Name : $"{a.Name} ({string.Join(", ", a.Aliases)})";
            sb.Append($"| {names} | `{a.Signature}` | {a.Doc} |\n");
        }
        return sb.ToString();
    }

    private static string Title(FunctionFamily f) => f switch
    {
        FunctionFamily.String => "String functions",
        FunctionFamily.Math => "Numeric functions",
        FunctionFamily.DateTime => "Date and time functions",
        _ => "Conditional functions",
    };

    private static string ArgName(ArgKind k) => k switch
    {
        ArgKind.DateOrTimestamp => "date|timestamp",
        ArgKind.Temporal => "date|time|timestamp",
        ArgKind.Text => "string",
        _ => k.ToString().ToLowerInvariant(),
    };

    private static string ResultName(ResultKind r) => r switch
    {
        ResultKind.SameAsFirst => "type of the first argument",
        ResultKind.CommonOfAll => "common type of the arguments",
        ResultKind.Special => "see description",
        _ => r.ToString().ToUpperInvariant(),
    };
}
