using System.Collections.Immutable;
using System.Globalization;
using Sql2Dbsp.SqlLogicTest.Format;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>One entry of a skip list: a record (named by a file path suffix and one of its lines) and why it is skipped.</summary>
internal sealed record SkipEntry(string Path, int Line, string Reason);

/// <summary>
/// Records not to run, with the reason for each: lines <c>path/to/file.test:LINE  reason</c>, where the path is matched
/// against the end of the file's path (so entries work wherever the corpus lives), LINE is any line of the record, and
/// the reason is mandatory. Blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
internal sealed class SkipList
{
    private readonly ImmutableArray<SkipEntry> entries;

    private SkipList(ImmutableArray<SkipEntry> entries) => this.entries = entries;

    /// <summary>A list that skips nothing.</summary>
    public static SkipList Empty { get; } = new([]);

    /// <summary>The entries.</summary>
    public ImmutableArray<SkipEntry> Entries => entries;

    /// <summary>Reads a skip list file (see <see cref="Parse"/>).</summary>
    public static SkipList Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses skip-list text; throws <see cref="FormatException"/> naming the line of a malformed entry.</summary>
    public static SkipList Parse(string text, string origin)
    {
        var entries = ImmutableArray.CreateBuilder<SkipEntry>();
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int space = line.IndexOfAny([' ', '\t']);
            string location = space < 0 ? line : line[..space];
            string reason = space < 0 ? "" : line[space..].Trim();
            int colon = location.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(location[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int recordLine))
                throw new FormatException($"{origin}:{n + 1}: expected 'path/to/file.test:LINE  reason', got '{line}'");
            if (reason.Length == 0)
                throw new FormatException($"{origin}:{n + 1}: the entry for {location} gives no reason; every skipped record needs one");
            entries.Add(new SkipEntry(Normalize(location[..colon]), recordLine, reason));
        }
        return new SkipList(entries.ToImmutable());
    }

    /// <summary>The entries that apply to the file at <paramref name="filePath"/>.</summary>
    public FileSkips For(string filePath)
    {
        string path = Normalize(Path.GetFullPath(filePath));
        return new FileSkips([.. entries.Where(e => path == e.Path || path.EndsWith("/" + e.Path, StringComparison.Ordinal))]);
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('.', '/');
}

/// <summary>The skip entries of one file.</summary>
internal sealed class FileSkips(ImmutableArray<SkipEntry> entries)
{
    /// <summary>Why <paramref name="record"/> is skipped, or null when it runs.</summary>
    public string? ReasonFor(SltRecord record)
    {
        foreach (var e in entries)
            if (record.Covers(e.Line)) return e.Reason;
        return null;
    }
}
