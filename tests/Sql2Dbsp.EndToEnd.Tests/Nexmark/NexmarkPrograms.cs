using System.Runtime.CompilerServices;

namespace Sql2Dbsp.EndToEnd.Tests.Nexmark;

/// <summary>Feldera's Nexmark table declarations and queries (see feldera/README.md), as the benchmark runner instantiates them.</summary>
internal static class NexmarkPrograms
{
    public static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "feldera");

    /// <summary>table.sql with its placeholders filled in as Feldera's run.py does (lateness on).</summary>
    public static string Tables()
    {
        string template = File.ReadAllText(Path.Combine(Folder(), "table.sql"));
        return template.Replace("{lateness}", "LATENESS INTERVAL 4 SECONDS", StringComparison.Ordinal)
            .Replace("{events}", "1000", StringComparison.Ordinal)
            .Replace("{cores}", "1", StringComparison.Ordinal)
            .Replace("{{", "{", StringComparison.Ordinal)
            .Replace("}}", "}", StringComparison.Ordinal);
    }

    /// <summary>The query names, q0 … q22, in numeric order.</summary>
    public static IReadOnlyList<string> Queries() =>
        [.. Directory.GetFiles(Path.Combine(Folder(), "queries"), "q*.sql")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .OrderBy(n => int.Parse(n[1..], System.Globalization.CultureInfo.InvariantCulture))];

    public static string Query(string name) => File.ReadAllText(Path.Combine(Folder(), "queries", name + ".sql"));

    /// <summary>The tables followed by one query.</summary>
    public static string Program(string query) => Tables() + "\n" + Query(query);
}
