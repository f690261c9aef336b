using System.Collections.Immutable;

namespace Sql2Dbsp.Connectors.Json;

/// <summary>One problem in a JSON configuration: an error (the configuration is refused) or a warning.</summary>
public sealed record ConfigProblem(bool IsError, string Message, JsonSpan Span, ImmutableArray<string> Help);

/// <summary>Collects configuration problems instead of stopping at the first, so a user sees them all at once.</summary>
public sealed class ConfigProblems
{
    private readonly List<ConfigProblem> problems = [];

    /// <summary>Problems in the order found.</summary>
    public IReadOnlyList<ConfigProblem> All => problems;

    /// <summary>True when at least one problem is an error.</summary>
    public bool HasErrors => problems.Exists(p => p.IsError);

    /// <summary>Records an error at <paramref name="span"/>.</summary>
    public void Error(JsonSpan span, string message, params string[] help) => problems.Add(new ConfigProblem(true, message, span, [.. help]));

    /// <summary>Records a warning at <paramref name="span"/>.</summary>
    public void Warning(JsonSpan span, string message, params string[] help) => problems.Add(new ConfigProblem(false, message, span, [.. help]));
}
