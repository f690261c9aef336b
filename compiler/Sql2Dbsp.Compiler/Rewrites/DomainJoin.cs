using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// The dependent join D ⋈ P of a correlated subquery plan P with its domain D (the distinct values of the enclosing
/// row's columns that P references), pushed down through P until no node depends on the enclosing row any more
/// ("Unnesting Arbitrary Queries", Neumann and Kemper, 2015). The result has D's columns followed by P's columns, and
/// for every d ∈ D: σ_{D=d}(result) = {d} × P[outer row := d].
/// <para>
/// References to the enclosing row (<see cref="OuterColumnExpr"/> of depth 1) become references to D's columns;
/// deeper references move one level closer, since the subquery is now part of the enclosing query.
/// </para>
/// </summary>
internal sealed class DomainJoin
{
    private readonly LogicalPlan domain;
    private readonly ImmutableArray<int> correlated;
    private readonly SourceSpan span;

    /// <param name="domain">D: one column per correlated column, distinct rows.</param>
    /// <param name="correlated">The enclosing row's columns that D holds, in D's column order.</param>
    /// <param name="span">The subquery, for errors about what cannot be decorrelated.</param>
    public DomainJoin(LogicalPlan domain, ImmutableArray<int> correlated, SourceSpan span)
    {
        this.domain = domain;
        this.correlated = correlated;
        this.span = span;
    }

    private int K => correlated.Length;

    /// <summary>D ⋈ <paramref name="plan"/>: D's columns, then <paramref name="plan"/>'s.</summary>
    public LogicalPlan Apply(LogicalPlan plan)
    {
        if (!PlanMapping.References(plan, 1))
            return Plans.Join(domain, Detach(plan), JoinType.Inner, null);
        switch (plan)
        {
            case FilterPlan f:
                {
                    var input = Apply(f.Input);
                    return new FilterPlan(input, Shift(f.Predicate, i => K + i));
                }
            case ProjectPlan p:
                {
                    var input = Apply(p.Input);
                    var exprs = DomainColumns(0).Concat(p.Expressions.Select(e => Shift(e, i => K + i))).ToImmutableArray();
                    return new ProjectPlan(input, exprs, [.. DomainSchema, .. p.Columns]);
                }
            case DistinctPlan d:
                return new DistinctPlan(Apply(d.Input));
            case AggregatePlan a:
                return ApplyAggregate(a);
            case JoinPlan j:
                return ApplyJoin(j);
            case UnionAllPlan u:
                return new UnionAllPlan([.. u.Inputs.Select(Apply)], [.. DomainSchema, .. u.Columns]);
            case SetOpPlan s:
                return new SetOpPlan(s.Kind, s.All, Apply(s.Left), Apply(s.Right));
            case ValuesPlan v:
                {
                    var rows = v.Rows.Select(r => (LogicalPlan)new ProjectPlan(domain,
                        [.. DomainColumns(0), .. r.Select(e => Shift(e, _ => throw new InternalCompilerError("VALUES reads no columns")))],
                        [.. DomainSchema, .. v.Columns])).ToImmutableArray();
                    return rows.Length == 1 ? rows[0] : new UnionAllPlan(rows, [.. DomainSchema, .. v.Columns]);
                }
            case TopKPlan:
                throw CompilationError.Unsupported("ORDER BY with LIMIT or OFFSET inside a correlated subquery", span);
            case WindowRankPlan:
                throw CompilationError.Unsupported("ROW_NUMBER, RANK and DENSE_RANK inside a correlated subquery", span);
            default:
                throw new InternalCompilerError($"cannot decorrelate through {plan.GetType().Name}", span);
        }
    }

    /// <summary>
    /// GROUP BY gains D's columns as keys. A global aggregate has one row for every d, also when P[d] is empty:
    /// D ⟕ (aggregate by D), with COUNT's NULL (no group) turned into 0.
    /// </summary>
    private LogicalPlan ApplyAggregate(AggregatePlan a)
    {
        var input = Apply(a.Input);
        var keys = DomainColumns(0).Concat(a.Keys.Select(e => Shift(e, i => K + i))).ToImmutableArray();
        var aggregates = a.Aggregates.Select(c => c.MapInputs(e => Shift(e, i => K + i))).ToImmutableArray();
        var grouped = new AggregatePlan(input, keys, aggregates, [.. DomainSchema, .. a.Columns]);
        if (!a.Keys.IsEmpty) return grouped;

        var joined = Plans.Join(domain, grouped, JoinType.Left, MatchDomain(0, K));
        var outputs = DomainColumns(0).ToList();
        for (int i = 0; i < a.Aggregates.Length; i++)
        {
            var column = Plans.Column(joined, 2 * K + i);
            var type = a.Aggregates[i].ResultType;
            outputs.Add(a.Aggregates[i].Kind is AggregateKind.Count or AggregateKind.CountStar
                ? Plans.Coalesce(column, new LiteralExpr(0L, type))
                : Binding.Binder.Coerce(column, type.AsNullable()));
        }
        return new ProjectPlan(joined, [.. outputs], [.. DomainSchema, .. a.Columns.Select((c, i) => c with { Type = outputs[K + i].Type })]);
    }

    /// <summary>
    /// Joins: only the side that depends on the enclosing row needs D when D's columns survive the join unchanged
    /// (an inner join, or the preserved side of a left join); otherwise both sides get D and the condition matches them.
    /// </summary>
    private LogicalPlan ApplyJoin(JoinPlan j)
    {
        int nl = j.Left.Arity;
        bool leftDepends = PlanMapping.References(j.Left, 1);
        bool rightDepends = PlanMapping.References(j.Right, 1);

        if (!rightDepends && j.Type is JoinType.Inner or JoinType.Left or JoinType.Semi or JoinType.Anti)
        {
            // (D ⋈ L) ⋈ R: left columns move right by K, right columns by K as well.
            var left = Apply(j.Left);
            var condition = j.Condition is null ? null : Shift(j.Condition, i => K + i);
            return Plans.Join(left, Detach(j.Right), j.Type, condition);
        }
        if (!leftDepends && j.Type == JoinType.Inner)
        {
            // L ⋈ (D ⋈ R), then D's columns moved to the front.
            var right = Apply(j.Right);
            var condition = j.Condition is null ? null : Shift(j.Condition, i => i < nl ? i : K + i, outerBase: nl);
            var joined = Plans.Join(Detach(j.Left), right, JoinType.Inner, condition);
            var order = DomainColumns(nl).Concat(Plans.Columns(j.Left)).Concat(Plans.Columns(j.Right, nl + K));
            return Reorder(joined, order, j.Columns);
        }
        {
            // (D ⋈ L) ⋈ (D ⋈ R) on the original condition and D = D (NULL matching NULL).
            var left = Apply(j.Left);
            var right = Apply(j.Right);
            var condition = j.Condition is null ? null : Shift(j.Condition, i => i < nl ? K + i : 2 * K + i);
            var match = MatchDomain(0, K + nl);
            var joined = Plans.Join(left, right, j.Type, condition is null ? match : Binding.Binder.And(condition, match));
            if (j.Type is JoinType.Semi or JoinType.Anti) return joined;
            // A row padded on the left has D only on the right; elsewhere both sides agree.
            var domainColumns = Enumerable.Range(0, K).Select(i => Binding.Binder.Coerce(j.Type is JoinType.Right or JoinType.Full
                ? Plans.Coalesce(Plans.Column(joined, i), Plans.Column(joined, K + nl + i))
                : Plans.Column(joined, i), domain.Schema[i].Type));
            var leftColumns = Enumerable.Range(K, nl).Select(i => (Expr)Plans.Column(joined, i));
            var rightColumns = Enumerable.Range(2 * K + nl, j.Right.Arity).Select(i => (Expr)Plans.Column(joined, i));
            return Reorder(joined, domainColumns.Concat(leftColumns).Concat(rightColumns), j.Columns);
        }
    }

    private ProjectPlan Reorder(LogicalPlan input, IEnumerable<Expr> order, ImmutableArray<PlanColumn> columns) =>
        new(input, [.. order], [.. DomainSchema, .. columns]);

    private IEnumerable<PlanColumn> DomainSchema => domain.Schema;

    /// <summary>References to D's columns when they start at <paramref name="offset"/> of the row.</summary>
    private IEnumerable<Expr> DomainColumns(int offset) => Plans.Columns(domain, offset);

    /// <summary>D's columns at <paramref name="left"/> match those at <paramref name="right"/> (NULL matches NULL).</summary>
    private Expr MatchDomain(int left, int right) =>
        Plans.AndAll(Enumerable.Range(0, K).Select(i => Plans.IsNotDistinctFrom(
            new ColumnExpr(0, left + i, domain.Schema[i].Type), new ColumnExpr(0, right + i, domain.Schema[i].Type))))!;

    /// <summary>
    /// An expression of a node moved under D ⋈: its own columns move by <paramref name="column"/>; the enclosing
    /// row's columns become D's columns (at <paramref name="outerBase"/>); deeper references move one level closer.
    /// </summary>
    private Expr Shift(Expr e, Func<int, int> column, int outerBase = 0) => ReferenceMapper.Map(e,
        c => c with { Index = column(c.Index) },
        o => o.Depth == 1 ? new ColumnExpr(0, outerBase + DomainIndex(o), o.Type) : o with { Depth = o.Depth - 1 });

    private int DomainIndex(OuterColumnExpr o)
    {
        int i = correlated.IndexOf(o.Index);
        return i >= 0 ? i : throw new InternalCompilerError($"outer column {o.Index} is not in the subquery's domain", span);
    }

    /// <summary>A subtree that does not depend on the enclosing row: only its deeper references move one level closer.</summary>
    private static LogicalPlan Detach(LogicalPlan plan) =>
        PlanMapping.MapOuterReferences(plan, o => o.Depth == 1
            ? throw new InternalCompilerError("a detached subtree references the enclosing row")
            : o with { Depth = o.Depth - 1 });
}
