using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>Binds a FROM list: comma-separated items become cross joins (predicate pushdown turns them into equi-joins).</summary>
    private (LogicalPlan Plan, Scope Scope) BindFrom(ImmutableArray<TableReference> from, Scope? outer)
    {
        var (plan, columns) = BindTableReference(from[0], outer);
        for (int i = 1; i < from.Length; i++)
        {
            var (right, rightColumns) = BindTableReference(from[i], outer);
            (plan, columns) = CrossJoin(plan, columns, right, rightColumns);
        }
        CheckDuplicateAliases(columns, from);
        return (plan, new Scope(columns, outer));
    }

    /// <summary>Two FROM items may not introduce the same relation name (use aliases, as in <c>t, t AS u</c>).</summary>
    private void CheckDuplicateAliases(List<ScopeColumn> columns, ImmutableArray<TableReference> from)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (c.Relation is null) continue;
            string relation = Catalog.SqlCatalog.Identity(c.Relation, c.RelationQuoted);
            if (first.TryGetValue(relation, out int firstIndex) && HasGap(columns, relation, firstIndex, c.Index))
                throw Error(ErrorCodes.DuplicateAlias, $"table name '{c.Relation}' is specified more than once", from[^1].Span,
                    "give each occurrence a different alias");
            first.TryAdd(relation, c.Index);
        }
    }

    /// <summary>True when another relation's column sits between two columns of the relation with identity <paramref name="relation"/>.</summary>
    private static bool HasGap(List<ScopeColumn> columns, string relation, int from, int to) =>
        columns.Any(o => o.Index > from && o.Index < to && o.Relation is not null && Catalog.SqlCatalog.Identity(o.Relation, o.RelationQuoted) != relation);

    private static (LogicalPlan, List<ScopeColumn>) CrossJoin(LogicalPlan left, List<ScopeColumn> leftColumns, LogicalPlan right, List<ScopeColumn> rightColumns)
    {
        var plan = new JoinPlan(left, right, JoinType.Inner, null, JoinPlan.OutputColumns(left, right, JoinType.Inner));
        return (plan, [.. leftColumns, .. Shift(rightColumns, left.Arity)]);
    }

    private static IEnumerable<ScopeColumn> Shift(IEnumerable<ScopeColumn> columns, int by) => columns.Select(c => c with { Index = c.Index + by });

    private (LogicalPlan Plan, List<ScopeColumn> Columns) BindTableReference(TableReference reference, Scope? outer)
    {
        switch (reference)
        {
            case NamedTable t: return BindNamedTable(t);
            case DerivedTable d:
                {
                    var bound = BindQuery(d.Query, outer);
                    var names = bound.Names;
                    if (!d.ColumnAliases.IsDefaultOrEmpty)
                    {
                        if (d.ColumnAliases.Length != names.Length)
                            throw Error(ErrorCodes.ColumnCountMismatch, $"alias list has {d.ColumnAliases.Length} column(s) but the subquery produces {names.Length}", d.Span);
                        names = [.. d.ColumnAliases.Select(a => a.Text)];
                    }
                    var columns = names.Select((n, i) => new ScopeColumn(d.Alias?.Text, d.Alias?.Quoted ?? false, n, false, i, bound.Plan.Schema[i].Type)).ToList();
                    return (bound.Plan, columns);
                }
            case JoinedTable j: return BindJoin(j, outer);
            case TableFunctionCall f: return BindTableFunction(f);
            default: throw new InternalCompilerError($"unhandled FROM item {reference.GetType().Name}", reference.Span);
        }
    }

    private (LogicalPlan, List<ScopeColumn>) BindNamedTable(NamedTable t)
    {
        var name = t.Name.Last;
        string alias = t.Alias?.Text ?? name.Text;
        bool aliasQuoted = t.Alias?.Quoted ?? name.Quoted;
        LogicalPlan plan;
        List<(string Name, bool Quoted, SqlType Type)> cols;
        if (t.Name.Parts.Length == 1 && FindCommonTable(name) is { } cte)
        {
            plan = cte.Plan;
            cols = [.. cte.Names.Select((n, i) => (n, false, cte.Plan.Schema[i].Type))];
        }
        else if (catalog.FindTable(name.Text, name.Quoted) is { } table)
        {
            cols = [.. table.Columns.Select(c => (c.Name, c.Quoted, c.Type))];
            plan = new ScanPlan(table.Identity, false, [.. table.Columns.Select(c => new PlanColumn(c.Name, c.Type))]);
        }
        else if (catalog.FindView(name.Text, name.Quoted) is { } view)
        {
            cols = [.. view.Columns.Select(c => (c.Name, c.Quoted, c.Type))];
            plan = new ScanPlan(view.Identity, true, [.. view.Columns.Select(c => new PlanColumn(c.Name, c.Type))]);
        }
        else if (t.Name.Parts.Length == 1 && ScanDeclared(name) is { } declared)
        {
            (plan, cols) = declared;
        }
        else
        {
            throw Error(ErrorCodes.UnknownTable, $"unknown table or view '{t.Name}'", t.Name.Span);
        }
        if (!t.ColumnAliases.IsDefaultOrEmpty)
        {
            if (t.ColumnAliases.Length > cols.Count)
                throw Error(ErrorCodes.ColumnCountMismatch, $"'{alias}' has {cols.Count} column(s) but {t.ColumnAliases.Length} alias(es) were given", t.Span);
            for (int i = 0; i < t.ColumnAliases.Length; i++) cols[i] = (t.ColumnAliases[i].Text, t.ColumnAliases[i].Quoted, cols[i].Type);
        }
        return (plan, cols.Select((c, i) => new ScopeColumn(alias, aliasQuoted, c.Name, c.Quoted, i, c.Type)).ToList());
    }

    private BoundQuery? FindCommonTable(Identifier name)
    {
        foreach (var level in commonTables)
            if (level.TryGetValue(name.Text, out var q)) return q;
        return null;
    }

    private (LogicalPlan, List<ScopeColumn>) BindJoin(JoinedTable j, Scope? outer)
    {
        var (left, leftColumns) = BindTableReference(j.Left, outer);
        var (right, rightColumns) = BindTableReference(j.Right, outer);
        var rightShifted = Shift(rightColumns, left.Arity).ToList();
        var type = j.Kind switch
        {
            JoinKind.Left => JoinType.Left,
            JoinKind.Right => JoinType.Right,
            JoinKind.Full => JoinType.Full,
            _ => JoinType.Inner,
        };

        // USING / NATURAL: equality on the named columns, which then appear once.
        var usingNames = new List<Identifier>();
        if (j.Natural)
        {
            foreach (var lc in leftColumns)
                if (rightColumns.Any(rc => SqlTypes.NameEquals(rc, lc)) && !usingNames.Any(u => u.Matches(lc.Name, lc.Quoted)))
                    usingNames.Add(new Identifier(lc.Name, lc.Quoted, j.Span));
        }
        else if (!j.Using.IsDefaultOrEmpty) usingNames.AddRange(j.Using);

        Expr? condition = null;
        var pairs = new List<(ScopeColumn L, ScopeColumn R)>();
        foreach (var u in usingNames)
        {
            var l = leftColumns.Where(c => u.Matches(c.Name, c.Quoted) && !c.QualifiedOnly).ToList();
            var r = rightShifted.Where(c => u.Matches(c.Name, c.Quoted) && !c.QualifiedOnly).ToList();
            if (l.Count != 1 || r.Count != 1)
                throw Error(l.Count > 1 || r.Count > 1 ? ErrorCodes.AmbiguousColumn : ErrorCodes.UnknownColumn,
                    $"column '{u.Text}' of USING must appear exactly once on each side of the join", u.Span);
            pairs.Add((l[0], r[0]));
            var eq = Compare(BinaryOperator.Equal, new ColumnExpr(0, l[0].Index, l[0].Type), new ColumnExpr(0, r[0].Index, r[0].Type), u.Span);
            condition = condition is null ? eq : And(condition, eq);
        }
        if (j.On is not null)
        {
            var scope = new Scope([.. leftColumns, .. rightShifted], outer);
            var on = BindCondition(j.On, new ExprContext(scope, null, "ON"));
            condition = condition is null ? on : And(condition, on);
        }
        if (j.Kind == JoinKind.Cross && condition is not null)
            throw Error(ErrorCodes.InvalidStatement, "CROSS JOIN cannot have a join condition", j.Span);

        var plan = new JoinPlan(left, right, type, condition, JoinPlan.OutputColumns(left, right, type));
        var columns = new List<ScopeColumn>();
        foreach (var c in leftColumns.Concat(rightShifted)) columns.Add(c with { Type = plan.Schema[c.Index].Type });
        if (pairs.Count == 0) return (plan, columns);

        // Merged USING columns come first (COALESCE for FULL joins, the preserved side otherwise); the originals stay
        // reachable by qualified name only.
        var exprs = new List<Expr>();
        var merged = new List<ScopeColumn>();
        foreach (var (l, r) in pairs)
        {
            var lt = plan.Schema[l.Index].Type;
            var rt = plan.Schema[r.Index].Type;
            var common = TypeRules.Common(lt, rt) ?? lt;
            Expr lx = Coerce(new ColumnExpr(0, l.Index, lt), common), rx = Coerce(new ColumnExpr(0, r.Index, rt), common);
            Expr value = type switch
            {
                JoinType.Full => Coalesce(lx, rx),
                JoinType.Right => rx,
                _ => lx,
            };
            merged.Add(new ScopeColumn(null, false, l.Name, l.Quoted, exprs.Count, value.Type));
            exprs.Add(value);
        }
        int offset = exprs.Count;
        foreach (var c in columns) exprs.Add(new ColumnExpr(0, c.Index, c.Type));
        var result = new List<ScopeColumn>(merged);
        foreach (var c in columns)
        {
            bool isUsing = pairs.Any(p => p.L.Index == c.Index || p.R.Index == c.Index);
            result.Add(c with { Index = c.Index + offset, QualifiedOnly = isUsing, HiddenFromStar = isUsing });
        }
        var project = new ProjectPlan(plan, [.. exprs],
            [.. merged.Select(m => new PlanColumn(m.Name, m.Type)), .. plan.Schema]);
        return (project, result);
    }

    private static Expr Coalesce(Expr a, Expr b) =>
        new CaseExpr([new CaseBranch(new CallExpr(Functions.IsNotNull.Name, [a], SqlType.Boolean()), a)], b, a.Type.WithNullable(b.Type.Nullable));
}

internal static class SqlTypes
{
    public static bool NameEquals(ScopeColumn a, ScopeColumn b) => Catalog.SqlCatalog.NamesMatch(a.Name, a.Quoted, b.Name, b.Quoted);
}
