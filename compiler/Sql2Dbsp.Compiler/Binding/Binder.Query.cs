using System.Collections.Immutable;
using System.Globalization;
using SortKey = Sql2Dbsp.Compiler.Circuit.SortKey;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>Binds any query expression. <paramref name="outer"/> is the enclosing scope for correlated references.</summary>
    private BoundQuery BindQuery(QueryExpression query, Scope? outer)
    {
        switch (query)
        {
            case Query q:
                {
                    if (q.Recursive)
                        throw Error(ErrorCodes.Unsupported, "not supported yet: WITH RECURSIVE", q.Span,
                            "declare the recursion with DECLARE RECURSIVE VIEW and ordinary views instead");
                    commonTables.Push(new Dictionary<string, BoundQuery>(StringComparer.OrdinalIgnoreCase));
                    try
                    {
                        foreach (var cte in q.With)
                        {
                            var bound = BindQuery(cte.Query, outer);
                            if (!cte.Columns.IsDefaultOrEmpty)
                            {
                                if (cte.Columns.Length != bound.Names.Length)
                                    throw Error(ErrorCodes.ColumnCountMismatch, $"'{cte.Name.Text}' names {cte.Columns.Length} column(s) but its query produces {bound.Names.Length}", cte.Name.Span);
                                bound = bound with { Names = [.. cte.Columns.Select(c => c.Text)] };
                            }
                            commonTables.Peek()[cte.Name.Text] = bound;
                        }
                        if (q.Body is Select select)
                            return BindSelect(select, outer, q.OrderBy, q.Limit, q.Offset);
                        var body = BindQuery(q.Body, outer);
                        return ApplyOrderAndLimit(body, q.OrderBy, q.Limit, q.Offset);
                    }
                    finally
                    {
                        commonTables.Pop();
                    }
                }
            case Select s:
                return BindSelect(s, outer, [], null, null);
            case SetOperation op:
                return BindSetOperation(op, outer);
            case Values v:
                return BindValues(v, outer);
            default:
                throw new InternalCompilerError($"unhandled query node {query.GetType().Name}", query.Span);
        }
    }

    private BoundQuery BindValues(Values v, Scope? outer)
    {
        if (v.Rows.IsDefaultOrEmpty) throw Error(ErrorCodes.InvalidStatement, "VALUES needs at least one row", v.Span);
        var scope = new Scope([], outer);
        var rows = v.Rows.Select(r => r.Select(e => BindExpr(e, new ExprContext(scope, null, "VALUES"))).ToList()).ToList();
        int arity = rows[0].Count;
        for (int i = 1; i < rows.Count; i++)
            if (rows[i].Count != arity)
                throw Error(ErrorCodes.ColumnCountMismatch, $"VALUES rows must all have {arity} column(s); row {i + 1} has {rows[i].Count}", v.Rows[i][0].Span);
        var types = new SqlType[arity];
        for (int c = 0; c < arity; c++)
        {
            int column = c;
            var t = CommonType([.. rows.Select(r => r[column])], (t, r) =>
                Error(ErrorCodes.TypeMismatch, $"VALUES column {column + 1} mixes {t.WithNullable(true)} and {rows[r][column].Type.WithNullable(true)}", v.Rows[r][column].Span));
            types[c] = Finalize(t);
        }
        var bound = rows.Select(r => r.Select((e, c) => Coerce(e, types[c])).ToImmutableArray()).ToImmutableArray();
        var names = Enumerable.Range(0, arity).Select(i => $"EXPR${i}").ToImmutableArray();
        var columns = names.Select((n, i) => new PlanColumn(n, types[i])).ToImmutableArray();
        if (bound.Any(r => r.Any(e => !IsClosed(e))))
            throw Error(ErrorCodes.Unsupported, "not supported yet: VALUES rows that reference columns of an enclosing query", v.Span);
        return new BoundQuery(new ValuesPlan(bound, columns), names);
    }

    private BoundQuery BindSetOperation(SetOperation op, Scope? outer)
    {
        var left = BindQuery(op.Left, outer);
        var right = BindQuery(op.Right, outer);
        if (left.Names.Length != right.Names.Length)
            throw Error(ErrorCodes.ColumnCountMismatch,
                $"each {op.Operator.ToString().ToUpperInvariant()} query must have the same number of columns: {left.Names.Length} vs {right.Names.Length}", op.Span);
        var types = new SqlType[left.Names.Length];
        for (int i = 0; i < types.Length; i++)
        {
            var lt = left.Plan.Schema[i].Type;
            var rt = right.Plan.Schema[i].Type;
            var common = TypeRules.Common(lt, rt)
                ?? throw Error(ErrorCodes.TypeMismatch, $"{op.Operator.ToString().ToUpperInvariant()} column {i + 1} types {lt.WithNullable(true)} and {rt.WithNullable(true)} cannot be matched", op.Span);
            // A string literal column is of unknown type in PostgreSQL: the other side's string type wins, without length.
            bool leftLiteral = IsStringLiteralColumn(left.Plan, i), rightLiteral = IsStringLiteralColumn(right.Plan, i);
            if (common.IsString && leftLiteral != rightLiteral)
                common = (leftLiteral ? rt : lt) with { Precision = -1, Nullable = common.Nullable };
            types[i] = Finalize(common);
        }
        var l = CoercePlan(left.Plan, types);
        var r = CoercePlan(right.Plan, types);
        var columns = left.Names.Select((n, i) => new PlanColumn(n, types[i])).ToImmutableArray();
        LogicalPlan plan = op.Operator switch
        {
            SetOperator.Union when op.All => new UnionAllPlan([l, r], columns),
            SetOperator.Union => new DistinctPlan(new UnionAllPlan([l, r], columns)),
            SetOperator.Intersect => new SetOpPlan(SetOpKind.Intersect, op.All, l, r) { Schema = columns },
            _ => new SetOpPlan(SetOpKind.Except, op.All, l, r) { Schema = columns },
        };
        return new BoundQuery(plan, left.Names);
    }

    private static bool IsStringLiteralColumn(LogicalPlan plan, int i) => plan is ProjectPlan p && IsUntypedLiteral(p.Expressions[i]);

    /// <summary>Adds casts so a plan's columns have exactly the given types.</summary>
    private static LogicalPlan CoercePlan(LogicalPlan plan, SqlType[] types)
    {
        bool same = true;
        for (int i = 0; i < types.Length; i++) same &= plan.Schema[i].Type == types[i];
        if (same) return plan;
        var exprs = types.Select((t, i) => Coerce(new ColumnExpr(0, i, plan.Schema[i].Type), t)).ToImmutableArray();
        return new ProjectPlan(plan, exprs, [.. plan.Schema.Select((c, i) => c with { Type = types[i] })]);
    }

    /// <summary>ORDER BY / LIMIT over a set operation or VALUES: keys are output columns (by name or ordinal).</summary>
    private BoundQuery ApplyOrderAndLimit(BoundQuery body, ImmutableArray<OrderItem> orderBy, Expression? limit, Expression? offset)
    {
        var keys = ImmutableArray.CreateBuilder<SortKey>();
        foreach (var item in orderBy)
        {
            int index = OutputOrdinal(item.Expression, body.Names)
                ?? throw Error(ErrorCodes.InvalidOrderBy, "ORDER BY of a set operation must name an output column or give its position", item.Expression.Span);
            keys.Add(MakeSortKey(new ColumnExpr(0, index, body.Plan.Schema[index].Type), item));
        }
        return FinishOrdering(body.Plan, body.Names, keys.ToImmutable(), limit, offset, hidden: 0);
    }

    /// <summary>The output column an ORDER BY / GROUP BY item names by position (<c>2</c>) or alias, if any.</summary>
    private int? OutputOrdinal(Expression e, ImmutableArray<string> names)
    {
        if (e is NumericLiteral n && long.TryParse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture, out long k))
        {
            if (k < 1 || k > names.Length)
                throw Error(ErrorCodes.InvalidOrderBy, $"position {k} is not in the select list (1..{names.Length})", e.Span);
            return (int)k - 1;
        }
        if (e is ColumnReference { Parts.Length: 1 } c)
        {
            int found = -1;
            for (int i = 0; i < names.Length; i++)
                if (c.Column.Matches(names[i]))
                {
                    if (found >= 0) return null;
                    found = i;
                }
            return found >= 0 ? found : null;
        }
        return null;
    }

    /// <summary>A sort key; NULLs sort as larger than any value unless the item says otherwise (PostgreSQL's default).</summary>
    private static SortKey MakeSortKey(Expr e, OrderItem item) =>
        new(e, item.Descending, item.NullsFirst ?? item.Descending);

    /// <summary>
    /// Applies LIMIT/OFFSET as a top-k over the sort keys, drops <paramref name="hidden"/> trailing helper columns,
    /// and records the ordering as metadata (a top-k's contents are a set too: clients that print rows sort them).
    /// </summary>
    private BoundQuery FinishOrdering(LogicalPlan plan, ImmutableArray<string> names, ImmutableArray<SortKey> keys, Expression? limit, Expression? offset, int hidden)
    {
        long lim = limit is null ? -1 : ConstantCount(limit, "LIMIT");
        long off = offset is null ? 0 : ConstantCount(offset, "OFFSET");
        if (limit is not null || offset is not null)
        {
            plan = new TopKPlan(plan, keys, lim, off);
            NoteRecursionBlocker(limit is null ? "OFFSET" : "LIMIT", (limit ?? offset)!.Span);
        }
        if (hidden == 0) return new BoundQuery(plan, names, keys);
        var ordered = plan;
        int visible = plan.Arity - hidden;
        plan = new ProjectPlan(plan,
            [.. Enumerable.Range(0, visible).Select(i => (Expr)new ColumnExpr(0, i, plan.Schema[i].Type))],
            [.. plan.Schema.Take(visible)]);
        return new BoundQuery(plan, names, keys) { OrderedPlan = ordered };
    }

    private long ConstantCount(Expression e, string clause)
    {
        var bound = BindExpr(e, new ExprContext(Scope.Empty, null, clause));
        if (bound is LiteralExpr { Value: long v } && v >= 0) return v;
        if (bound is CastExpr { Operand: LiteralExpr { Value: long w } } && w >= 0) return w;
        throw Error(ErrorCodes.InvalidLimit, $"{clause} must be a non-negative integer constant", e.Span);
    }

    private BoundQuery BindSelect(Select s, Scope? outer, ImmutableArray<OrderItem> orderBy, Expression? limit, Expression? offset)
    {
        var (plan, scope) = s.From.IsDefaultOrEmpty
            ? (new ValuesPlan([[]], []), new Scope([], outer))
            : BindFrom(s.From, outer);

        if (s.Where is not null)
        {
            var predicate = BindCondition(s.Where, new ExprContext(scope, null, "WHERE"));
            plan = new FilterPlan(plan, predicate);
        }

        // Expand the select list (stars) into (expression syntax, name) pairs.
        var items = new List<(Expression? Syntax, Expr? Bound, string Name)>();
        foreach (var item in s.Items)
        {
            if (item is StarItem star) items.AddRange(ExpandStar(star, scope).Select(c => ((Expression?)null, (Expr?)c.Expr, c.Name)));
            else if (item is ExpressionItem ei) items.Add((ei.Expression, null, ei.Alias?.Text ?? DeriveName(ei.Expression, items.Count)));
        }
        var names = items.Select(i => i.Name).ToImmutableArray();

        bool aggregated = !s.GroupBy.IsDefaultOrEmpty || s.Having is not null ||
            s.Items.OfType<ExpressionItem>().Any(i => ContainsAggregate(i.Expression)) ||
            orderBy.Any(o => ContainsAggregate(o.Expression));

        var exprs = new List<Expr>();
        var orderKeys = ImmutableArray.CreateBuilder<SortKey>();
        int hidden = 0;
        if (aggregated)
        {
            var keys = new List<Expr>();
            foreach (var g in s.GroupBy)
            {
                int? ordinal = g is NumericLiteral ? OutputOrdinal(g, names) : null;
                Expr key;
                if (ordinal is int k && items[k].Syntax is { } syntax) key = BindExpr(syntax, new ExprContext(scope, null, "GROUP BY"));
                else if (ordinal is int k2) key = items[k2].Bound!;
                else if (g is ColumnReference { Parts.Length: 1 } cr && !Resolves(cr, scope) && OutputOrdinal(g, names) is int a && items[a].Syntax is { } aliased)
                    key = BindExpr(aliased, new ExprContext(scope, null, "GROUP BY"));
                else key = BindExpr(g, new ExprContext(scope, null, "GROUP BY"));
                if (!keys.Contains(key)) keys.Add(key);
            }
            var collector = new AggregateCollector();
            var ctx = new ExprContext(scope, collector, "SELECT");
            var rawItems = items.Select(i => i.Bound ?? BindExpr(i.Syntax!, ctx)).ToList();
            Expr? having = s.Having is null ? null : BindCondition(s.Having, ctx with { Clause = "HAVING" });
            var rawOrder = orderBy.Select(o => OutputOrdinal(o.Expression, names) is int idx ? null : BindExpr(o.Expression, ctx with { Clause = "ORDER BY" })).ToList();

            var keyColumns = keys.Select((k, i) => new PlanColumn($"KEY${i}", k.Type));
            var aggColumns = collector.Calls.Select((c, i) => new PlanColumn($"AGG${i}", c.ResultType));
            plan = new AggregatePlan(plan, [.. keys], [.. collector.Calls], [.. keyColumns, .. aggColumns]);
            var regroup = new Regrouper(keys, this);
            exprs.AddRange(rawItems.Select(regroup.Rewrite));
            if (having is not null) plan = new FilterPlan(plan, regroup.Rewrite(having));
            for (int i = 0; i < orderBy.Length; i++)
                AddOrderKey(orderBy[i], rawOrder[i] is null ? null : regroup.Rewrite(rawOrder[i]!));
        }
        else
        {
            var ctx = new ExprContext(scope, null, "SELECT");
            plan = BindWindowRanks(items, plan, scope);
            exprs.AddRange(items.Select(i => i.Bound ?? BindExpr(i.Syntax!, ctx)));
            foreach (var o in orderBy)
                AddOrderKey(o, OutputOrdinal(o.Expression, names) is int ? null : BindExpr(o.Expression, ctx with { Clause = "ORDER BY" }));
        }

        void AddOrderKey(OrderItem item, Expr? bound)
        {
            int index = bound is null ? OutputOrdinal(item.Expression, names)!.Value : exprs.IndexOf(bound);
            if (index < 0)
            {
                if (s.Distinct)
                    throw Error(ErrorCodes.InvalidOrderBy, "for SELECT DISTINCT, ORDER BY expressions must appear in the select list", item.Expression.Span);
                exprs.Add(bound!);
                index = exprs.Count - 1;
                hidden++;
            }
            orderKeys.Add(MakeSortKey(new ColumnExpr(0, index, Finalize(exprs[index].Type)), item));
        }

        var finalExprs = exprs.Select(e => Coerce(e, Finalize(e.Type))).ToImmutableArray();
        var columns = finalExprs.Select((e, i) => new PlanColumn(i < names.Length ? names[i] : $"HIDDEN${i}", e.Type)).ToImmutableArray();
        plan = new ProjectPlan(plan, finalExprs, columns);
        if (s.Distinct) plan = new DistinctPlan(plan);
        return FinishOrdering(plan, names, orderKeys.ToImmutable(), limit, offset, hidden);
    }

    private bool Resolves(ColumnReference c, Scope scope) => FindColumn(c, scope, out _, out _) is not null;

    private IEnumerable<(Expr Expr, string Name)> ExpandStar(StarItem star, Scope scope)
    {
        var matches = scope.Columns.Where(c => !c.HiddenFromStar && !c.QualifiedOnly &&
            (star.Qualifier is null || c.Relation is not null && star.Qualifier.Last.Matches(c.Relation, c.RelationQuoted))).ToList();
        if (star.Qualifier is not null && matches.Count == 0 &&
            !scope.Columns.Any(c => c.Relation is not null && star.Qualifier.Last.Matches(c.Relation, c.RelationQuoted)))
            throw Error(ErrorCodes.UnknownTable, $"unknown table '{star.Qualifier}' in '{star.Qualifier}.*'", star.Qualifier.Span);
        if (star.Qualifier is not null)
            matches = [.. scope.Columns.Where(c => c.Relation is not null && star.Qualifier.Last.Matches(c.Relation, c.RelationQuoted) && !c.HiddenFromStar)];
        if (star.Qualifier is null && matches.Count == 0)
            throw Error(ErrorCodes.InvalidStatement, "SELECT * needs a FROM clause with at least one column", star.Span);
        return matches.Select(c => ((Expr)new ColumnExpr(0, c.Index, c.Type) { Span = star.Span }, c.Name));
    }

    private static string DeriveName(Expression e, int position) => e switch
    {
        ColumnReference c => c.Column.Text,
        CastExpression cast => DeriveName(cast.Operand, position),
        _ => $"EXPR${position}",
    };

    /// <summary>Resolves the type of an expression that has only NULL literals to a concrete one.</summary>
    private static SqlType Finalize(SqlType t) => t.IsNullLiteral ? SqlType.Integer(true) : t;

    /// <summary>
    /// After aggregation, rewrites an expression over the FROM row into one over the aggregate output: group keys
    /// become key columns, aggregate placeholders become aggregate columns, and any other column is an error.
    /// </summary>
    private sealed class Regrouper(List<Expr> keys, Binder binder)
    {
        public Expr Rewrite(Expr e)
        {
            int k = keys.IndexOf(e);
            if (k >= 0) return new ColumnExpr(0, k, keys[k].Type) { Span = e.Span };
            switch (e)
            {
                case AggregateRefExpr a:
                    return new ColumnExpr(0, keys.Count + a.Index, a.Type) { Span = e.Span };
                case ColumnExpr c:
                    throw binder.Error(ErrorCodes.NotGrouped,
                        $"column '{binder.Text(c.Span)}' must appear in the GROUP BY clause or be used in an aggregate function", c.Span);
                case LiteralExpr:
                    return e;
                case CallExpr call:
                    {
                        var args = call.Arguments.Select(Rewrite).ToImmutableArray();
                        return call with { Arguments = args };
                    }
                case CastExpr cast:
                    return cast with { Operand = Rewrite(cast.Operand) };
                case CaseExpr kase:
                    return kase with
                    {
                        Branches = [.. kase.Branches.Select(b => new CaseBranch(Rewrite(b.When), Rewrite(b.Then)))],
                        Else = Rewrite(kase.Else),
                    };
                case SubqueryExpr sub:
                    if (OuterReferences.Any(sub.Plan, 1))
                        throw binder.Error(ErrorCodes.Unsupported, "not supported yet: a correlated subquery inside an aggregated query", sub.Span);
                    return sub.Operand is null ? sub : sub with { Operand = Rewrite(sub.Operand) };
                default:
                    return e;
            }
        }
    }
}
