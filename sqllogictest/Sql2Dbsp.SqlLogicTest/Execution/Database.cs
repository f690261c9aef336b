using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Catalog;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// The state a sqllogictest file builds with its statements: tables (declaration and current rows), views, index
/// names, and the history of changes as input steps. The engine compiles views, not databases, so the runner keeps
/// this state itself and gives every batch of queries an immutable <see cref="DatabaseSnapshot"/>.
/// </summary>
/// <remarks>
/// The history is what makes queries exercise the incremental circuits: a batch replays the changes in the order the
/// file made them (one step between two batches of queries), so a query after a DELETE sees that DELETE as retractions
/// flowing through its view. When the history grows beyond <c>maxReplaySteps</c> it is folded into one step that
/// inserts the current contents; 1 therefore always feeds the contents in a single step.
/// </remarks>
internal sealed class Database(int maxReplaySteps)
{
    private readonly List<TableDefinition> tables = [];
    private readonly Dictionary<long, TableContents> contents = [];
    private readonly List<ViewDefinition> views = [];
    private readonly Dictionary<string, string> indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<InputStep> history = [];
    private List<TableChange> openStep = [];
    private long nextTableId;
    private DatabaseSnapshot? snapshot;

    /// <summary>Tables in creation order.</summary>
    public IReadOnlyList<TableDefinition> Tables => tables;

    /// <summary>Views in creation order.</summary>
    public IReadOnlyList<ViewDefinition> Views => views;

    /// <summary>The table named <paramref name="name"/>, if any.</summary>
    public TableDefinition? FindTable(string name, bool quoted) =>
        tables.FirstOrDefault(t => SqlCatalog.NamesMatch(t.Name, t.Info.Quoted, name, quoted));

    /// <summary>The view named <paramref name="name"/>, if any.</summary>
    public ViewDefinition? FindView(string name, bool quoted) =>
        views.FirstOrDefault(v => SqlCatalog.NamesMatch(v.Name, v.Quoted, name, quoted));

    /// <summary>The current rows of a table.</summary>
    public TableContents ContentsOf(TableDefinition table) => contents[table.Id];

    /// <summary>Adds an empty table.</summary>
    public TableDefinition AddTable(string declaration, TableInfo info)
    {
        var table = new TableDefinition(++nextTableId, info.Name, declaration, info);
        tables.Add(table);
        contents[table.Id] = new TableContents(info);
        snapshot = null;
        return table;
    }

    /// <summary>Drops a table and its indexes (views that read it stay, and fail when used, as in SQLite).</summary>
    public void DropTable(TableDefinition table)
    {
        tables.Remove(table);
        contents.Remove(table.Id);
        foreach (var index in indexes.Where(kv => kv.Value == table.Name).Select(kv => kv.Key).ToList()) indexes.Remove(index);
        snapshot = null;
    }

    /// <summary>Adds a view.</summary>
    public void AddView(ViewDefinition view)
    {
        views.Add(view);
        snapshot = null;
    }

    /// <summary>Drops a view.</summary>
    public void DropView(ViewDefinition view)
    {
        views.Remove(view);
        snapshot = null;
    }

    /// <summary>Registers an index name; false when the name is taken.</summary>
    public bool AddIndex(string name, string table) => indexes.TryAdd(name, table);

    /// <summary>Forgets an index name; false when there is no such index.</summary>
    public bool DropIndex(string name) => indexes.Remove(name);

    /// <summary>Applies changes to a table's contents and records them in the history.</summary>
    public void Apply(TableDefinition table, IReadOnlyList<(object?[] Row, long Weight)> changes)
    {
        var rows = contents[table.Id];
        foreach (var (row, weight) in changes)
        {
            rows.Apply(row, weight);
            openStep.Add(new TableChange(table.Id, row, weight));
        }
        if (changes.Count > 0) snapshot = null;
    }

    /// <summary>
    /// The database with its history as input steps (see the remarks). Closes the current step, so changes made after
    /// this call form a later step.
    /// </summary>
    public DatabaseSnapshot Snapshot()
    {
        if (snapshot is not null) return snapshot;
        if (openStep.Count > 0)
        {
            history.Add(new InputStep([.. openStep]));
            openStep = [];
        }
        if (history.Count > maxReplaySteps)
        {
            var all = CurrentContentsStep();
            history.Clear();
            history.Add(all);
        }
        return snapshot = new DatabaseSnapshot([.. tables], [.. views], [.. history]);
    }

    /// <summary>The database with the current contents as a single input step (for evaluating a statement).</summary>
    public DatabaseSnapshot CurrentContents() => new([.. tables], [.. views], [CurrentContentsStep()]);

    private InputStep CurrentContentsStep() =>
        new([.. tables.SelectMany(t => contents[t.Id].Rows.Select(row => new TableChange(t.Id, row, 1)))]);
}
