using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Diagnostics;

/// <summary>Collects diagnostics instead of throwing at the first, so a user sees every error in one run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public bool HasErrors { get; private set; }
    public int Count => items.Count;

    public void Add(Diagnostic diagnostic)
    {
        items.Add(diagnostic);
        if (diagnostic.IsError) HasErrors = true;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    public void Error(string code, string message, SourceSpan span, params string[] help) =>
        Add(Diagnostic.Error(code, message, span, help));

    public void Unsupported(string what, SourceSpan span) =>
        Add(Diagnostic.Error(ErrorCodes.Unsupported, $"not supported yet: {what}", span));

    public ImmutableArray<Diagnostic> ToImmutable() =>
        [.. items.OrderBy(d => d.Span.Offset < 0 ? int.MaxValue : d.Span.Offset)];
}
