using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// The SQL program compiled for a batch of queries: the snapshot's tables as declared, its views as
/// <c>CREATE LOCAL VIEW</c>, and one view per query. Remembers where each part lies, so diagnostics (whose spans are
/// offsets into this text) can be traced back to the query or view they are about.
/// </summary>
internal sealed class ProgramText
{
    /// <summary>Starts the program, so no query or view begins at offset 0 (where span-less errors point).</summary>
    private const string Header = "-- sqllogictest batch\n";

    private readonly List<(int Start, int End, int Query)> queryRanges;
    private readonly List<(int Start, int End, string View)> viewRanges;
    private readonly Dictionary<int, int> sqlStarts;

    private ProgramText(string text, ImmutableDictionary<int, string> viewNames, List<(int, int, int)> queries,
        List<(int, int, string)> views, Dictionary<int, int> starts)
    {
        Text = text;
        ViewNames = viewNames;
        queryRanges = queries;
        viewRanges = views;
        sqlStarts = starts;
    }

    /// <summary>The program.</summary>
    public string Text { get; }

    /// <summary>The name of the view that evaluates each query (by query index).</summary>
    public ImmutableDictionary<int, string> ViewNames { get; }

    /// <summary>The query whose view contains <paramref name="span"/>, if any.</summary>
    public int? QueryAt(SourceSpan span)
    {
        if (span.IsNone) return null;
        foreach (var (start, end, query) in queryRanges)
            if (span.Offset >= start && span.Offset < end) return query;
        return null;
    }

    /// <summary>The file's view whose declaration contains <paramref name="span"/>, if any.</summary>
    public string? LocalViewAt(SourceSpan span)
    {
        if (span.IsNone) return null;
        foreach (var (start, end, view) in viewRanges)
            if (span.Offset >= start && span.Offset < end) return view;
        return null;
    }

    /// <summary>Where the SQL of query <paramref name="query"/> starts in <see cref="Text"/>.</summary>
    public int SqlStart(int query) => sqlStarts[query];

    /// <summary>
    /// Builds the program for the queries <paramref name="indices"/> of <paramref name="queries"/>, leaving out the
    /// file's views named in <paramref name="excludedViews"/> (ones that no longer compile).
    /// </summary>
    public static ProgramText Build(DatabaseSnapshot db, IReadOnlyList<ViewQuery> queries, IEnumerable<int> indices, IReadOnlySet<string> excludedViews)
    {
        var sb = new StringBuilder(Header);
        foreach (var t in db.Tables) sb.Append(t.Declaration).Append("\n;\n");
        var views = new List<(int, int, string)>();
        foreach (var v in db.Views)
        {
            if (excludedViews.Contains(v.Name)) continue;
            int start = sb.Length;
            sb.Append(v.LocalDeclaration).Append("\n;\n");
            views.Add((start, sb.Length, v.Name));
        }

        string prefix = UniquePrefix(db);
        var names = ImmutableDictionary.CreateBuilder<int, string>();
        var ranges = new List<(int, int, int)>();
        var starts = new Dictionary<int, int>();
        foreach (int i in indices)
        {
            string name = prefix + i.ToString(CultureInfo.InvariantCulture);
            names[i] = name;
            int start = sb.Length;
            sb.Append("CREATE VIEW ").Append(name);
            if (queries[i].ColumnCount is int n)
                sb.Append(" (").AppendJoin(", ", Enumerable.Range(1, n).Select(c => "c" + c.ToString(CultureInfo.InvariantCulture))).Append(')');
            sb.Append(" AS\n");
            starts[i] = sb.Length;
            sb.Append(TrimStatement(queries[i].Sql)).Append("\n;\n");
            ranges.Add((start, sb.Length, i));
        }
        return new ProgramText(sb.ToString(), names.ToImmutable(), ranges, views, starts);
    }

    /// <summary>The SQL without trailing semicolons and blanks (a few corpus records end their SQL with <c>;</c>).</summary>
    public static string TrimStatement(string sql) => sql.TrimEnd().TrimEnd(';').TrimEnd();

    /// <summary>A view-name prefix that no table or view of the database starts with.</summary>
    private static string UniquePrefix(DatabaseSnapshot db)
    {
        string prefix = "slt_q";
        while (db.Tables.Any(t => t.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) ||
               db.Views.Any(v => v.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            prefix += "_";
        return prefix;
    }
}
