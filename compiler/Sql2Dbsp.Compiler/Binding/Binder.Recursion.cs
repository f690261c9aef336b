using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>
/// Recursive views: <c>DECLARE RECURSIVE VIEW v (col TYPE, ...)</c> makes <c>v</c> readable before its
/// <c>CREATE VIEW</c>, so views can refer to themselves and to each other. Once every statement is bound, the views
/// that reach themselves through such references form recursive groups (strongly connected components), which the
/// lowering turns into fixed-point circuits; constructs that cannot be evaluated inside a recursion are reported at
/// their span.
/// </summary>
internal sealed partial class Binder
{
    private sealed record Declaration(Identifier Name, ImmutableArray<ColumnInfo> Columns, SourceSpan Span)
    {
        public bool Defined { get; set; }
    }

    private readonly List<Declaration> declarations = [];

    /// <summary>Per view, the constructs it uses that a recursive view cannot (reported if the view turns out recursive).</summary>
    private readonly Dictionary<string, List<(string Construct, SourceSpan Span)>> recursionBlockers = new(StringComparer.Ordinal);

    private void BindDeclareRecursiveView(DeclareRecursiveView r)
    {
        if (faultTolerance != FaultToleranceModel.None)
            diagnostics.Add(Diagnostic.Error(ErrorCodes.NotAllowedUnderFaultTolerance,
                $"recursive view '{r.Name.Text}' is not allowed when fault_tolerance.model is {faultTolerance.ConfigName()}", r.Span,
                "a recursive view cannot be replayed deterministically after a crash; compile without fault tolerance, or rewrite the view without recursion"));
        if (catalog.Exists(r.Name.Text, r.Name.Quoted) || FindDeclaration(r.Name.Text, r.Name.Quoted) is not null)
        {
            diagnostics.Error(ErrorCodes.DuplicateTable, $"a table or view named '{r.Name.Text}' already exists", r.Name.Span);
            return;
        }
        var columns = ImmutableArray.CreateBuilder<ColumnInfo>();
        foreach (var c in r.Columns)
        {
            if (columns.Any(existing => SqlCatalog.NamesMatch(existing.Name, existing.Quoted, c.Name.Text, c.Name.Quoted)))
                throw Error(ErrorCodes.DuplicateColumn, $"column '{c.Name.Text}' is declared twice in recursive view '{r.Name.Text}'", c.Name.Span);
            if (c.PrimaryKey || c.Default is not null)
                throw Error(ErrorCodes.Unsupported, "a recursive view's columns take a name, a type and NOT NULL only", c.Name.Span);
            var type = TypeRules.FromName(c.Type, nullable: !c.NotNull, out var error)
                ?? throw Error(ErrorCodes.TypeMismatch, error!, c.Type.Span);
            columns.Add(new ColumnInfo(c.Name.Text, c.Name.Quoted, type, c.Name.Span));
        }
        declarations.Add(new Declaration(r.Name, columns.ToImmutable(), r.Span));
    }

    private Declaration? FindDeclaration(string name, bool quoted) =>
        declarations.FirstOrDefault(d => SqlCatalog.SameRelation(d.Name.Text, d.Name.Quoted, name, quoted));

    /// <summary>A reference to a declared recursive view that is not defined yet: a scan with the declared columns.</summary>
    private (LogicalPlan Plan, List<(string Name, bool Quoted, SqlType Type)> Columns)? ScanDeclared(Identifier name)
    {
        if (FindDeclaration(name.Text, name.Quoted) is not { } d) return null;
        return (new ScanPlan(SqlCatalog.Identity(d.Name.Text, d.Name.Quoted), true, [.. d.Columns.Select(c => new PlanColumn(c.Name, c.Type))]),
            [.. d.Columns.Select(c => (c.Name, c.Quoted, c.Type))]);
    }

    /// <summary>
    /// The definition of a declared view must produce its declared columns: same count, and types equal or widening
    /// implicitly (NOT NULL to nullable, a narrower number); the declared names win.
    /// </summary>
    private (LogicalPlan Plan, ImmutableArray<string> Names) MatchDeclaration(CreateView v, LogicalPlan plan)
    {
        var d = FindDeclaration(v.Name.Text, v.Name.Quoted)!;
        if (plan.Arity != d.Columns.Length)
            throw Error(ErrorCodes.ColumnCountMismatch,
                $"recursive view '{v.Name.Text}' is declared with {d.Columns.Length} column(s) but its query produces {plan.Arity}", v.Name.Span,
                $"declared at {source.Location(d.Span)}");
        var types = new SqlType[plan.Arity];
        for (int i = 0; i < plan.Arity; i++)
        {
            SqlType actual = plan.Schema[i].Type, declared = d.Columns[i].Type;
            types[i] = declared;
            if (actual == declared) continue;
            bool widens = (declared.Nullable || !actual.Nullable) && TypeRules.Common(actual, declared) is { } common && common.WithNullable(declared.Nullable) == declared;
            if (!widens)
                throw Error(ErrorCodes.TypeMismatch,
                    $"column {i + 1} ('{d.Columns[i].Name}') of recursive view '{v.Name.Text}' is declared {declared} but the query produces {actual}", v.Name.Span,
                    actual.Nullable && !declared.Nullable ? "declare the column without NOT NULL, or filter out the NULLs" : $"CAST the expression to {declared}");
        }
        return (CoercePlan(plan, types), [.. d.Columns.Select(c => c.Name)]);
    }

    /// <summary>Notes a construct of the view being bound that cannot be used inside a recursion.</summary>
    private void NoteRecursionBlocker(string construct, SourceSpan span)
    {
        if (currentView is null) return;
        if (!recursionBlockers.TryGetValue(currentView, out var list)) recursionBlockers[currentView] = list = [];
        list.Add((construct, span));
    }

    /// <summary>
    /// After the last statement: every declaration must be defined; the recursive groups are the strongly connected
    /// components of the view graph that contain a cycle; their views are checked for constructs recursion cannot use.
    /// </summary>
    private void ResolveRecursion()
    {
        // Without a declaration no view can read one that is not defined before it, so nothing can be recursive.
        if (declarations.Count == 0) return;
        foreach (var d in declarations.Where(d => !d.Defined))
            diagnostics.Error(ErrorCodes.UnknownView, $"recursive view '{d.Name.Text}' is declared but never defined", d.Span,
                $"define it with CREATE VIEW {d.Name.Text} AS ...");
        foreach (var group in ViewGraph.RecursiveGroups(catalog.Views))
        {
            foreach (var view in group)
            {
                if (faultTolerance != FaultToleranceModel.None)
                    diagnostics.Add(Diagnostic.Error(ErrorCodes.NotAllowedUnderFaultTolerance,
                        $"view '{view.Name}' is recursive, which is not allowed when fault_tolerance.model is {faultTolerance.ConfigName()}", view.Span,
                        "a recursive view cannot be replayed deterministically after a crash; compile without fault tolerance, or rewrite the view without recursion"));
                foreach (var (construct, span) in recursionBlockers.GetValueOrDefault(view.Name) ?? [])
                    diagnostics.Error(ErrorCodes.Unsupported,
                        $"{construct} cannot be used in view '{view.Name}', which is recursive (through {string.Join(", ", group.Select(g => $"'{g.Name}'"))})", span,
                        "compute it in a view that reads the recursive views instead of inside the recursion");
            }
            catalog.AddRecursiveGroup([.. group.Select(v => v.Identity)]);
        }
    }
}
