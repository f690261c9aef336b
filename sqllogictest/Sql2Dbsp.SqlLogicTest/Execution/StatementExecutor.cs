using System.Collections.Immutable;
using System.Text;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Parsing;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// Executes the SQL of a <c>statement</c> record against the runner's <see cref="Database"/>. Statements are parsed
/// with the compiler's parser; DDL is checked by the compiler's front end against the current tables and views;
/// INSERT, UPDATE and DELETE compute their rows through the engine (a view over the current contents), except plain
/// literal <c>VALUES</c> rows, which are converted directly. Values are converted to the column types with the
/// runtime's conversions, so invalid data fails the statement as it would fail a table input. Like
/// <c>sqlite3_exec</c>, several statements run in order and the first error stops the rest.
/// </summary>
internal sealed class StatementExecutor(Database db, ViewEvaluator evaluator)
{
    /// <summary>Executes <paramref name="sql"/>; returns the error, or null when every statement succeeded.</summary>
    public ExecutionError? Execute(string sql, CancellationToken cancel = default)
    {
        var source = new SourceText(ProgramText.TrimStatement(sql), "statement");
        var diagnostics = new DiagnosticBag();
        var script = SqlScriptParser.Parse(source, diagnostics);
        if (diagnostics.HasErrors) return CompileError(diagnostics.ToImmutable(), source);
        if (script.Statements.IsEmpty) return Error("the record holds no SQL statement");
        foreach (var statement in script.Statements)
        {
            try
            {
                if (Execute(statement, source, cancel) is { } error) return error;
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                return new ExecutionError(FailureStage.Runtime, null, e.Message, e.ToString());
            }
        }
        return null;
    }

    private ExecutionError? Execute(Statement statement, SourceText source, CancellationToken cancel) => statement switch
    {
        CreateTable t => CreateTable(t, source),
        CreateView v => CreateView(v, source),
        CreateIndex i => CreateIndex(i, source),
        DropStatement d => Drop(d),
        InsertStatement i => Insert(i, source, cancel),
        DeleteStatement d => Delete(d, source, cancel),
        UpdateStatement u => Update(u, source, cancel),
        QueryStatement q => Evaluate(new ViewQuery(source.Slice(q.Span), null), cancel) as ExecutionError,
        _ => Error($"statement not supported by the engine: {statement.GetType().Name}"),
    };

    private ExecutionError? CreateTable(CreateTable t, SourceText source)
    {
        string declaration = source.Slice(t.Span);
        var (error, catalog) = CheckWithFrontEnd(declaration);
        if (error is not null) return error;
        var info = catalog!.FindTable(t.Name.Text, t.Name.Quoted)!;
        db.AddTable(declaration, info);
        return null;
    }

    private ExecutionError? CreateView(CreateView v, SourceText source)
    {
        // Everything from the name on (name, column names, WITH, AS query) is kept; the view becomes LOCAL.
        string local = "CREATE LOCAL VIEW " + source.Text[v.Name.Span.Offset..v.Span.End];
        var (error, _) = CheckWithFrontEnd(local);
        if (error is not null) return error;
        db.AddView(new ViewDefinition(v.Name.Text, v.Name.Quoted, local));
        return null;
    }

    private ExecutionError? CreateIndex(CreateIndex i, SourceText source)
    {
        var (error, _) = CheckWithFrontEnd(source.Slice(i.Span));
        if (error is not null) return error;
        return db.AddIndex(i.Name.Text, i.Table.Last.Text) ? null : Error($"index '{i.Name.Text}' already exists");
    }

    private ExecutionError? Drop(DropStatement d)
    {
        var name = d.Name.Last;
        switch (d.Kind)
        {
            case DropKind.Table:
                if (db.FindTable(name.Text, name.Quoted) is { } table) db.DropTable(table);
                else if (!d.IfExists) return Error($"unknown table '{d.Name}'", ErrorCodes.UnknownTable);
                return null;
            case DropKind.View:
                if (db.FindView(name.Text, name.Quoted) is { } view) db.DropView(view);
                else if (!d.IfExists) return Error($"unknown view '{d.Name}'", ErrorCodes.UnknownView);
                return null;
            default:
                return db.DropIndex(name.Text) || d.IfExists ? null : Error($"unknown index '{d.Name}'");
        }
    }

    private ExecutionError? Insert(InsertStatement insert, SourceText source, CancellationToken cancel)
    {
        if (Target(insert.Table) is not { } table) return TargetError(insert.Table, "insert into");
        var columns = table.Info.Columns;
        var targets = new List<int>();
        foreach (var c in insert.Columns.IsDefaultOrEmpty ? [] : insert.Columns)
        {
            int index = ColumnIndex(table.Info, c);
            if (index < 0) return Error($"table '{table.Name}' has no column '{c.Text}'", ErrorCodes.UnknownColumn);
            if (targets.Contains(index)) return Error($"column '{c.Text}' is assigned twice");
            targets.Add(index);
        }
        if (targets.Count == 0) targets.AddRange(Enumerable.Range(0, columns.Length));

        var values = LiteralRows(insert.Source);
        if (values is null)
        {
            var outcome = Evaluate(new ViewQuery(source.Slice(insert.Source.Span), targets.Count), cancel);
            if (outcome is not QueryRows rows) return (ExecutionError)outcome;
            values = [.. rows.Rows];
        }

        var changes = new List<(object?[] Row, long Weight)>();
        foreach (var v in values)
        {
            if (v.Length != targets.Count)
                return Error($"INSERT has {v.Length} expression(s) but {targets.Count} target column(s)", ErrorCodes.ColumnCountMismatch);
            var full = new object?[columns.Length];
            for (int i = 0; i < targets.Count; i++) full[targets[i]] = v[i];
            changes.Add((ColumnConversion.ConvertRow(table.Info, full), 1));
        }
        return Apply(table, changes);
    }

    private ExecutionError? Delete(DeleteStatement delete, SourceText source, CancellationToken cancel)
    {
        if (Target(delete.Table) is not { } table) return TargetError(delete.Table, "delete from");
        List<object?[]> doomed;
        if (delete.Where is null) doomed = [.. db.ContentsOf(table).Rows];
        else
        {
            string sql = $"SELECT * FROM {source.Slice(delete.Table.Span)}{Alias(delete.Alias, source)} WHERE {source.Slice(delete.Where.Span)}";
            var outcome = Evaluate(new ViewQuery(sql, table.Info.Columns.Length), cancel);
            if (outcome is not QueryRows rows) return (ExecutionError)outcome;
            doomed = [.. rows.Rows];
        }
        return Apply(table, [.. doomed.Select(r => (r, -1L))]);
    }

    /// <summary>
    /// One view returns each matching row followed by its new values (<c>SELECT *, e1, ..., ek FROM t WHERE c</c>), so
    /// every SET expression is evaluated by the engine on the old row, as SQL requires.
    /// </summary>
    private ExecutionError? Update(UpdateStatement update, SourceText source, CancellationToken cancel)
    {
        if (Target(update.Table) is not { } table) return TargetError(update.Table, "update");
        int n = table.Info.Columns.Length;
        var assigned = new List<int>();
        foreach (var a in update.Assignments)
        {
            int index = ColumnIndex(table.Info, a.Column);
            if (index < 0) return Error($"table '{table.Name}' has no column '{a.Column.Text}'", ErrorCodes.UnknownColumn);
            if (assigned.Contains(index)) return Error($"column '{a.Column.Text}' is assigned twice");
            assigned.Add(index);
        }
        var sql = new StringBuilder("SELECT *");
        foreach (var a in update.Assignments) sql.Append(", ").Append(source.Slice(a.Value.Span));
        sql.Append(" FROM ").Append(source.Slice(update.Table.Span)).Append(Alias(update.Alias, source));
        if (update.Where is not null) sql.Append(" WHERE ").Append(source.Slice(update.Where.Span));
        var outcome = Evaluate(new ViewQuery(sql.ToString(), n + assigned.Count), cancel);
        if (outcome is not QueryRows rows) return (ExecutionError)outcome;

        var changes = new List<(object?[] Row, long Weight)>();
        foreach (var row in rows.Rows)
        {
            var old = row[..n];
            var updated = (object?[])old.Clone();
            for (int j = 0; j < assigned.Count; j++) updated[assigned[j]] = row[n + j];
            changes.Add((old, -1));
            changes.Add((ColumnConversion.ConvertRow(table.Info, updated), 1));
        }
        return Apply(table, changes);
    }

    private ExecutionError? Apply(TableDefinition table, List<(object?[] Row, long Weight)> changes)
    {
        if (db.ContentsOf(table).DuplicateKey(changes) is { } key)
            return Error($"duplicate primary key {key} in table '{table.Name}'");
        db.Apply(table, changes);
        return null;
    }

    /// <summary>Evaluates a query over the current contents (one step).</summary>
    private QueryOutcome Evaluate(ViewQuery query, CancellationToken cancel) => evaluator.Evaluate(db.CurrentContents(), [query], cancel)[0];

    /// <summary>The rows of a <c>VALUES</c> list made only of literals; null when the engine must evaluate it.</summary>
    private static List<object?[]>? LiteralRows(QueryExpression source)
    {
        if (source is not Values values) return null;
        var rows = new List<object?[]>(values.Rows.Length);
        foreach (var row in values.Rows)
        {
            var r = new object?[row.Length];
            for (int i = 0; i < row.Length; i++)
                if (!LiteralValues.TryGetValue(row[i], out r[i])) return null;
            rows.Add(r);
        }
        return rows;
    }

    /// <summary>
    /// Compiles the database's declarations followed by <paramref name="statement"/> with the front end; only errors in
    /// the statement count (a file view broken by an earlier DROP is the file's business, as in SQLite).
    /// </summary>
    private (ExecutionError? Error, SqlCatalog? Catalog) CheckWithFrontEnd(string statement)
    {
        var sb = new StringBuilder("-- sqllogictest statement check\n");
        foreach (var t in db.Tables) sb.Append(t.Declaration).Append("\n;\n");
        foreach (var v in db.Views) sb.Append(v.LocalDeclaration).Append("\n;\n");
        int start = sb.Length;
        sb.Append(statement).Append("\n;\n");
        var result = SqlCompiler.Compile(new SourceText(sb.ToString()));
        var errors = result.Diagnostics.Where(d => d.IsError && (d.Span.IsNone || d.Span.Offset >= start)).ToImmutableArray();
        if (errors.IsEmpty) return (null, result.Catalog);
        var shifted = errors.Select(d => d with { Span = d.Span.IsNone ? d.Span : new SourceSpan(d.Span.Offset - start, d.Span.Length), Notes = [] });
        return (CompileError([.. shifted], new SourceText(statement, "statement")), null);
    }

    private TableDefinition? Target(QualifiedName name) => db.FindTable(name.Last.Text, name.Last.Quoted);

    private ExecutionError TargetError(QualifiedName name, string verb) =>
        db.FindView(name.Last.Text, name.Last.Quoted) is not null
            ? Error($"cannot {verb} view '{name}'")
            : Error($"unknown table '{name}'", ErrorCodes.UnknownTable);

    private static int ColumnIndex(TableInfo table, Identifier column)
    {
        for (int i = 0; i < table.Columns.Length; i++)
            if (SqlCatalog.NamesMatch(table.Columns[i].Name, table.Columns[i].Quoted, column.Text, column.Quoted)) return i;
        return -1;
    }

    private static string Alias(Identifier? alias, SourceText source) => alias is null ? "" : " AS " + source.Slice(alias.Span);

    private static ExecutionError Error(string message, string? code = null) => new(FailureStage.Statement, code, message, message);

    private static ExecutionError CompileError(ImmutableArray<Diagnostic> diagnostics, SourceText source)
    {
        var first = diagnostics.First(d => d.IsError);
        return new ExecutionError(FailureStage.Compile, first.Code, ViewEvaluator.FirstLine(first.Message), DiagnosticRenderer.ToText(diagnostics, source));
    }
}
