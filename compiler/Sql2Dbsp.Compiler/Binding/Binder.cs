using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>
/// A bound query: its plan, its output column names, and the ORDER BY that does not change its contents. Keys are
/// columns of <see cref="OrderedPlan"/> when the ORDER BY reads values the query does not output, else of <see cref="Plan"/>.
/// </summary>
internal sealed record BoundQuery(LogicalPlan Plan, ImmutableArray<string> Names, ImmutableArray<SortKey> Ordering)
{
    public BoundQuery(LogicalPlan plan, ImmutableArray<string> names) : this(plan, names, ImmutableArray<SortKey>.Empty) { }

    /// <summary><see cref="Plan"/> before the values only ORDER BY reads were dropped (they follow its columns).</summary>
    public LogicalPlan? OrderedPlan { get; init; }
}

/// <summary>
/// Resolves names and types: turns the AST of a program into a catalog of tables and views with logical plans.
/// Errors are collected; a statement that fails to bind is skipped and binding goes on with the next one.
/// Split by node kind: statements here, queries, FROM clauses, expressions and functions in their own files.
/// </summary>
internal sealed partial class Binder(SourceText source, DiagnosticBag diagnostics, FaultToleranceModel faultTolerance = FaultToleranceModel.None,
    bool orderingOutputs = false)
{
    private readonly SqlCatalog catalog = new();
    private string? currentView;
    private readonly Stack<Dictionary<string, BoundQuery>> commonTables = new();

    public SqlCatalog Bind(SqlScript script)
    {
        foreach (var statement in script.Statements)
        {
            try
            {
                BindStatement(statement);
            }
            catch (CompilationError e)
            {
                diagnostics.Add(e.Diagnostic);
            }
        }
        ResolveRecursion();
        return catalog;
    }

    private void BindStatement(Statement statement)
    {
        switch (statement)
        {
            case CreateTable t: BindCreateTable(t); break;
            case CreateView v: BindCreateView(v); break;
            case CreateIndex i:
                if (!catalog.Exists(i.Table.Last.Text, i.Table.Last.Quoted))
                    diagnostics.Error(ErrorCodes.UnknownTable, $"unknown table '{i.Table}'", i.Table.Span);
                break;
            case DropStatement d: BindDrop(d); break;
            case SetStatement s: BindSet(s); break;
            case DeclareRecursiveView r: BindDeclareRecursiveView(r); break;
            case LatenessStatement l: BindLatenessStatement(l); break;
            case InsertStatement or DeleteStatement or UpdateStatement:
                diagnostics.Add(Diagnostic.Error(ErrorCodes.Unsupported,
                    "not supported yet: INSERT, UPDATE and DELETE statements inside a program", statement.Span,
                    "push changes through the table's input handle, or use a connector"));
                break;
            default:
                throw new InternalCompilerError($"unhandled statement {statement.GetType().Name}", statement.Span);
        }
    }

    private void BindCreateTable(CreateTable t)
    {
        if (catalog.Exists(t.Name.Text, t.Name.Quoted) || FindDeclaration(t.Name.Text, t.Name.Quoted) is not null)
        {
            diagnostics.Error(ErrorCodes.DuplicateTable, $"a table or view named '{t.Name.Text}' already exists", t.Name.Span);
            return;
        }
        var primaryKeyNames = t.PrimaryKey.Concat(t.Columns.Where(c => c.PrimaryKey).Select(c => c.Name)).ToList();
        var columns = ImmutableArray.CreateBuilder<ColumnInfo>();
        foreach (var c in t.Columns)
        {
            if (columns.Any(existing => SqlCatalog.NamesMatch(existing.Name, existing.Quoted, c.Name.Text, c.Name.Quoted)))
            {
                diagnostics.Error(ErrorCodes.DuplicateColumn, $"column '{c.Name.Text}' is declared twice in table '{t.Name.Text}'", c.Name.Span);
                continue;
            }
            bool inKey = primaryKeyNames.Any(k => k.Matches(c.Name.Text, c.Name.Quoted));
            var type = TypeRules.FromName(c.Type, nullable: !(c.NotNull || inKey), out var error);
            if (type is null)
            {
                diagnostics.Error(ErrorCodes.TypeMismatch, error!, c.Type.Span);
                type = SqlType.Error;
            }
            if (c.Default is not null)
            {
                var dflt = BindExpr(c.Default, new ExprContext(Scope.Empty, null, "DEFAULT"));
                if (TypeRules.Common(dflt.Type, type) is null)
                    diagnostics.Error(ErrorCodes.TypeMismatch, $"DEFAULT value of type {dflt.Type.WithNullable(true)} does not match column type {type}", c.Default.Span);
            }
            var column = new ColumnInfo(c.Name.Text, c.Name.Quoted, type, c.Name.Span);
            if (c.Lateness is not null) column = WithLateness(column, c, columns);
            columns.Add(column);
        }
        var key = ImmutableArray.CreateBuilder<int>();
        foreach (var k in t.PrimaryKey)
        {
            int index = -1;
            for (int i = 0; i < columns.Count && index < 0; i++)
                if (SqlCatalog.NamesMatch(columns[i].Name, columns[i].Quoted, k.Text, k.Quoted)) index = i;
            if (index < 0) diagnostics.Error(ErrorCodes.UnknownColumn, $"primary key column '{k.Text}' is not a column of table '{t.Name.Text}'", k.Span);
            else key.Add(index);
        }
        for (int i = 0; i < t.Columns.Length && i < columns.Count; i++)
            if (t.Columns[i].PrimaryKey && !key.Contains(i)) key.Add(i);
        catalog.AddTable(new TableInfo(t.Name.Text, t.Name.Quoted, columns.ToImmutable(), key.ToImmutable(), t.Properties, t.Span));
    }

    private void BindCreateView(CreateView v)
    {
        if (catalog.Exists(v.Name.Text, v.Name.Quoted))
        {
            diagnostics.Error(ErrorCodes.DuplicateTable, $"a table or view named '{v.Name.Text}' already exists", v.Name.Span);
            return;
        }
        int errorsBefore = diagnostics.Count;
        currentView = v.Name.Text;
        var declaration = FindDeclaration(v.Name.Text, v.Name.Quoted);
        if (declaration is not null) declaration.Defined = true;
        var query = BindQuery(v.Query, outer: null);
        if (diagnostics.HasErrors && diagnostics.Count > errorsBefore) return;
        var names = query.Names;
        var plan = query.Plan;
        if (declaration is not null) (plan, names) = MatchDeclaration(v, plan);
        else if (!v.ColumnNames.IsDefaultOrEmpty)
        {
            if (v.ColumnNames.Length != names.Length)
            {
                diagnostics.Error(ErrorCodes.ColumnCountMismatch,
                    $"view '{v.Name.Text}' declares {v.ColumnNames.Length} column name(s) but its query produces {names.Length}", v.Name.Span);
                return;
            }
            names = [.. v.ColumnNames.Select(c => c.Text)];
        }
        var columns = names.Select((n, i) => new ColumnInfo(n, false, plan.Schema[i].Type, SourceSpan.None)).ToImmutableArray();
        var view = new ViewInfo(v.Name.Text, v.Name.Quoted, columns, v.Kind, v.Properties, plan, v.Span);
        if (query.OrderedPlan is null) view = view with { Ordering = query.Ordering };
        else if (orderingOutputs && declaration is null && v.Kind != ViewKind.Local) view = WithOrderingSource(view, query);
        catalog.AddView(view);
    }

    /// <summary>
    /// Adds the companion output of a view whose ORDER BY reads values it does not output: the view's rows with those
    /// values appended (same name, for error messages; its own identity). The view becomes a projection of it.
    /// </summary>
    private ViewInfo WithOrderingSource(ViewInfo view, BoundQuery query)
    {
        var ordered = query.OrderedPlan!;
        string identity = view.Identity + "$order";
        var hidden = ordered.Schema.Skip(view.Columns.Length).Select(c => new ColumnInfo(c.Name, true, c.Type, SourceSpan.None));
        catalog.AddView(new ViewInfo(view.Name, view.Quoted, [.. view.Columns, .. hidden], view.Kind, [], ordered, view.Span) { Identity = identity });
        var scan = new ScanPlan(identity, true, ordered.Schema);
        var plan = new ProjectPlan(scan, [.. view.Plan.Schema.Select((c, i) => (Expr)new ColumnExpr(0, i, c.Type))], view.Plan.Schema);
        return view with { Plan = plan, Ordering = query.Ordering, OrderingSource = identity };
    }

    private void BindDrop(DropStatement d)
    {
        var name = d.Name.Last;
        switch (d.Kind)
        {
            case DropKind.Table:
                var table = catalog.FindTable(name.Text, name.Quoted);
                if (table is null)
                {
                    if (!d.IfExists) diagnostics.Error(ErrorCodes.UnknownTable, $"unknown table '{d.Name}'", d.Name.Span);
                }
                else if (!InUse(table.Identity, table.Name, isView: false, d)) catalog.RemoveTable(table);
                break;
            case DropKind.View:
                var view = catalog.FindView(name.Text, name.Quoted);
                if (view is null)
                {
                    if (!d.IfExists) diagnostics.Error(ErrorCodes.UnknownView, $"unknown view '{d.Name}'", d.Name.Span);
                }
                else if (!InUse(view.Identity, view.Name, isView: true, d)) catalog.RemoveView(view);
                break;
        }
    }

    /// <summary>Reports, and returns true, when a view still reads the relation a DROP removes.</summary>
    private bool InUse(string relation, string name, bool isView, DropStatement d)
    {
        var user = catalog.Views.FirstOrDefault(v => Reads(v.Plan, relation, isView));
        if (user is null) return false;
        diagnostics.Error(ErrorCodes.DropInUse, $"cannot drop {(isView ? "view" : "table")} '{name}': view '{user.Name}' depends on it", d.Span,
            $"drop view '{user.Name}' first");
        return true;
    }

    private static bool Reads(LogicalPlan plan, string relation, bool isView) =>
        ViewGraph.Scans(plan).Any(s => s.IsView == isView && s.Relation == relation);

    /// <summary>The clock makes a view depend on when it runs, which a fault-tolerant replay cannot reproduce.</summary>
    private void CheckClockAllowed(string function, SourceSpan span)
    {
        if (faultTolerance == FaultToleranceModel.None) return;
        throw Error(ErrorCodes.NotAllowedUnderFaultTolerance,
            $"{function}() is not allowed in view '{currentView}' when fault_tolerance.model is {faultTolerance.ConfigName()}", span,
            "the clock cannot be replayed deterministically after a crash; compile without fault tolerance, or pass the time in as a table column");
    }

    private CompilationError Error(string code, string message, SourceSpan span, params string[] help) =>
        CompilationError.User(code, message, span, help);

    private string Text(SourceSpan span) => source.Slice(span);
}
