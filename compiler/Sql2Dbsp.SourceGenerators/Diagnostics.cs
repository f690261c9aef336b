using Microsoft.CodeAnalysis;

namespace Sql2Dbsp.SourceGenerators;

/// <summary>Errors of the serializer generator (a [Checkpointed] struct it cannot serialize is a build error).</summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "Sql2Dbsp.Checkpoint";

    public static readonly DiagnosticDescriptor NotPartial = new(
        "S2DB001", "Checkpointed struct must be partial",
        "[Checkpointed] struct '{0}' must be declared partial so that its serializer can be generated",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedField = new(
        "S2DB002", "Field type cannot be checkpointed",
        "Field '{0}' of [Checkpointed] struct '{1}' has type '{2}', which has no checkpoint serializer (mark the type [Checkpointed] or implement IStateSerializer<T>)",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedMember = new(
        "S2DB003", "Member cannot be checkpointed",
        "[Checkpointed] struct '{0}': {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedShape = new(
        "S2DB004", "Struct shape not supported",
        "[Checkpointed] struct '{0}' must be a non-generic struct declared directly in a namespace",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
