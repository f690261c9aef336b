using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sql2Dbsp.SourceGenerators;

/// <summary>
/// Generates <c>IStateSerializer&lt;T&gt;</c> for every <c>[Checkpointed] partial struct</c>: a static <c>Write</c>
/// appending the struct's instance fields in declaration order to a <c>StateWriter</c>, and a static <c>Read</c>
/// reading them back. Field types: bool, the integers, Int128, float, double, decimal, string (UTF-8, null kept),
/// <c>Nullable&lt;T&gt;</c> of any of these (a presence byte), types implementing <c>IStateSerializer</c> (the SQL
/// value structs, runtime accumulators), other <c>[Checkpointed]</c> structs, and <c>DistinctSet&lt;T&gt;</c>.
/// Anything else is a compile-time error naming the field, never a silently skipped field.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SerializerGenerator : IIncrementalGenerator
{
    /// <summary>The marker attribute.</summary>
    public const string AttributeName = "Sql2Dbsp.Runtime.Storage.CheckpointedAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var structs = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is StructDeclarationSyntax,
            static (ctx, _) => SerializerEmitter.Emit((INamedTypeSymbol)ctx.TargetSymbol, (StructDeclarationSyntax)ctx.TargetNode));
        context.RegisterSourceOutput(structs, static (spc, result) =>
        {
            foreach (var d in result.Diagnostics) spc.ReportDiagnostic(d);
            if (result.Source is not null) spc.AddSource(result.HintName, SourceText.From(result.Source, Encoding.UTF8));
        });
    }
}

/// <summary>The generated file of one struct, or the errors that prevent it.</summary>
internal sealed class GeneratedSerializer : System.IEquatable<GeneratedSerializer>
{
    public GeneratedSerializer(string hintName, string? source, ImmutableArray<Diagnostic> diagnostics)
    {
        HintName = hintName;
        Source = source;
        Diagnostics = diagnostics;
    }

    public string HintName { get; }

    public string? Source { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool Equals(GeneratedSerializer? other) =>
        other is not null && HintName == other.HintName && Source == other.Source && Diagnostics.SequenceEqual(other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as GeneratedSerializer);

    public override int GetHashCode() => HintName.GetHashCode() ^ (Source?.GetHashCode() ?? 0);
}
