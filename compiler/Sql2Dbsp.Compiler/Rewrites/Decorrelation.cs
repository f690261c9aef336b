using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Binding;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Replaces every IN / EXISTS / scalar subquery by joins, so lowering never sees a subquery.
/// <para>
/// A subquery's value is computed for all rows of the node's input X at once. Its correlated columns C (the columns of
/// X it reads) give the domain D = distinct(π_C X); <see cref="DomainJoin"/> evaluates the subquery for every d ∈ D as
/// one plan R with D's columns in front, and X joins R on C = D (NULL matching NULL):
/// </para>
/// <list type="bullet">
/// <item>EXISTS: X ⟕ distinct(π_{D, TRUE} R); the value is "a partner was found".</item>
/// <item>scalar: X ⟕ γ_D(COUNT(*), MIN(v)) R; more than one row is a runtime error. A subquery that is a global
/// aggregate has exactly one row per d, so X ⋈ R on C = D needs neither the check nor the outer join.</item>
/// <item>x IN: X ⟕ distinct(π_{D, s, TRUE} σ_{s NOT NULL} R) on C = D ∧ x = s, and X ⟕ γ_D(COUNT(*),
/// COUNT(*) FILTER (s IS NULL)) R; TRUE on a match, NULL when R[d] is not empty and x or some s is NULL, else FALSE.</item>
/// </list>
/// In a WHERE conjunct, EXISTS and x IN become a semi join X ⋉ R and NOT EXISTS an anti join (only TRUE rows pass, so
/// the NULL cases need no distinction). Nested subqueries are decorrelated first, innermost outwards.
/// </summary>
internal static class Decorrelation
{
    public static LogicalPlan Rewrite(LogicalPlan plan)
    {
        var children = plan.Children.Select(Rewrite).ToImmutableArray();
        if (!PlanMapping.SameNodes(children, plan.Children)) plan = plan.WithChildren(children);
        if (!PlanExpressions.Of(plan).Any(ContainsSubquery)) return plan;
        switch (plan)
        {
            case FilterPlan f:
                return RewriteFilter(f.Input, f.Predicate);
            case JoinPlan { Type: JoinType.Inner } j:
                return RewriteFilter(j with { Condition = null }, j.Condition!);
            case ProjectPlan p:
                {
                    var extension = new Extension(p.Input);
                    var exprs = p.Expressions.Select(extension.Replace).ToImmutableArray();
                    return new ProjectPlan(extension.Plan, exprs, p.Columns);
                }
            case AggregatePlan a:
                {
                    var extension = new Extension(a.Input);
                    var keys = a.Keys.Select(extension.Replace).ToImmutableArray();
                    var aggregates = a.Aggregates.Select(c => c.MapInputs(extension.Replace)).ToImmutableArray();
                    return a with { Input = extension.Plan, Keys = keys, Aggregates = aggregates };
                }
            case TopKPlan t:
                {
                    var extension = new Extension(t.Input);
                    var order = t.Order.Select(k => k with { Expression = extension.Replace(k.Expression) }).ToImmutableArray();
                    return Plans.Prefix(t with { Input = extension.Plan, Order = order, Schema = extension.Plan.Schema }, t.Arity);
                }
            case ValuesPlan v:
                {
                    var unit = new ValuesPlan([[]], []);
                    var rows = v.Rows.Select(r => Rewrite(new ProjectPlan(unit, r, v.Columns))).ToImmutableArray();
                    return rows.Length == 1 ? rows[0] : new UnionAllPlan(rows, v.Columns);
                }
            default:
                throw CompilationError.Unsupported("subqueries in the ON condition of an outer join",
                    FirstSubquery(PlanExpressions.Of(plan))?.Span ?? default);
        }
    }

    /// <summary>WHERE: EXISTS, NOT EXISTS and IN conjuncts become semi and anti joins; the rest is computed.</summary>
    private static LogicalPlan RewriteFilter(LogicalPlan input, Expr predicate)
    {
        int arity = input.Arity;
        var rest = new List<Expr>();
        var x = input;
        foreach (var conjunct in Plans.Conjuncts(predicate))
        {
            switch (conjunct)
            {
                case SubqueryExpr { Kind: SubqueryKind.Exists } s:
                    x = SemiJoin(x, s, JoinType.Semi);
                    break;
                case CallExpr { Function: "not", Arguments: [SubqueryExpr { Kind: SubqueryKind.Exists } s] }:
                    x = SemiJoin(x, s, JoinType.Anti);
                    break;
                case SubqueryExpr { Kind: SubqueryKind.In } s when !ContainsSubquery(s.Operand!):
                    x = SemiJoin(x, s, JoinType.Semi);
                    break;
                default:
                    rest.Add(conjunct);
                    break;
            }
        }
        if (rest.Count == 0) return x;
        var extension = new Extension(x);
        var conjuncts = rest.Select(extension.Replace).ToList();
        return Plans.Prefix(Plans.Filter(extension.Plan, conjuncts), arity);
    }

    /// <summary>X ⋉ R (or X ▷ R) on C = D, and x = s for IN. X's columns are kept as they are.</summary>
    private static LogicalPlan SemiJoin(LogicalPlan x, SubqueryExpr s, JoinType type)
    {
        int n = x.Arity;
        var input = x;
        Expr? operand = null;
        if (s.Operand is not null)
        {
            // The operand must be a column of the joined row: compute it first when it is an expression.
            if (s.Operand is ColumnExpr { Input: 0 } c) operand = c;
            else
            {
                input = Plans.Project(x, Plans.Columns(x).Append(s.Operand));
                operand = Plans.Column(input, n);
            }
        }
        var (r, correlated) = Evaluate(x, s);
        int right = input.Arity;
        var conditions = Match(x, correlated, right).ToList();
        if (operand is not null) conditions.Add(Plans.Equal(operand, new ColumnExpr(0, right + correlated.Length, r.Schema[correlated.Length].Type)));
        return Plans.Prefix(Plans.Join(input, r, type, Plans.AndAll(conditions)), n);
    }

    /// <summary>
    /// The subquery decorrelated against X: R with D's columns first (none when it is not correlated), and the
    /// correlated columns of X in D's order.
    /// </summary>
    private static (LogicalPlan R, ImmutableArray<int> Correlated) Evaluate(LogicalPlan x, SubqueryExpr s)
    {
        var plan = Rewrite(s.Plan);
        var correlated = OuterReferences.Collect(plan, 1).ToImmutableArray();
        if (correlated.IsEmpty)
            return (PlanMapping.MapOuterReferences(plan, o => o with { Depth = o.Depth - 1 }), correlated);
        var domain = new DistinctPlan(Plans.Project(x, correlated.Select(c => (Expr)Plans.Column(x, c))));
        return (new DomainJoin(domain, correlated, s.Span).Apply(plan), correlated);
    }

    /// <summary>C = D (NULL matching NULL), with X's columns first in the row and D's starting at <paramref name="right"/>.</summary>
    private static IEnumerable<Expr> Match(LogicalPlan x, ImmutableArray<int> correlated, int right) =>
        correlated.Select((c, i) => Plans.IsNotDistinctFrom(Plans.Column(x, c), new ColumnExpr(0, right + i, x.Schema[c].Type)));

    /// <summary>
    /// X with columns appended that hold subquery values; <see cref="Replace"/> turns an expression over X into one
    /// over <see cref="Plan"/>, whose first columns are X's.
    /// </summary>
    private sealed class Extension(LogicalPlan x)
    {
        private readonly LogicalPlan original = x;

        public LogicalPlan Plan { get; private set; } = x;

        public Expr Replace(Expr e) => new Replacer(this).Rewrite(e);

        private sealed class Replacer(Extension owner) : ExprRewriter
        {
            public override Expr VisitOther(Expr e) => e switch
            {
                SubqueryExpr s => owner.Value(s, s.Operand is null ? null : Rewrite(s.Operand)),
                NowExpr now => owner.Value(new SubqueryExpr(SubqueryKind.Scalar, ClockInput.Scan, null, ClockInput.Type) { Span = now.Span }, null),
                _ => e,
            };
        }

        private Expr Value(SubqueryExpr s, Expr? operand)
        {
            var (r, correlated) = Evaluate(original, s);
            int n = Plan.Arity, k = correlated.Length;
            Expr? Matching(int right) => Plans.AndAll(Match(original, correlated, right));
            switch (s.Kind)
            {
                case SubqueryKind.Exists:
                    {
                        var marked = new DistinctPlan(Plans.Project(r, Plans.Columns(r).Take(k).Append(LiteralExpr.Bool(true))));
                        Plan = Plans.Join(Plan, marked, JoinType.Left, Matching(n));
                        return Plans.IsNotNull(Plans.Column(Plan, n + k));
                    }
                case SubqueryKind.Scalar when ExactlyOneRow(s.Plan):
                    Plan = Plans.Join(Plan, r, JoinType.Inner, Matching(n));
                    return Binder.Coerce(Plans.Column(Plan, n + k), s.Type);
                case SubqueryKind.Scalar:
                    {
                        var value = Plans.Column(r, k);
                        var grouped = new AggregatePlan(r, [.. Plans.Columns(r).Take(k)],
                            [new AggregateCall(AggregateKind.CountStar, false, null, null, SqlType.BigInt()),
                             new AggregateCall(AggregateKind.Min, false, value, null, value.Type.AsNullable())],
                            [.. r.Schema.Take(k), new PlanColumn("$count", SqlType.BigInt()), new PlanColumn("$value", value.Type.AsNullable())]);
                        Plan = Plans.Join(Plan, grouped, k == 0 ? JoinType.Inner : JoinType.Left, Matching(n));
                        return Plans.Call(Functions.SingleValue, s.Type, Plans.Column(Plan, n + k), Plans.Column(Plan, n + k + 1));
                    }
                case SubqueryKind.In:
                    return InValue(r, k, operand!, Matching);
                default:
                    throw new InternalCompilerError($"unknown subquery kind {s.Kind}", s.Span);
            }
        }

        private Expr InValue(LogicalPlan r, int k, Expr operand, Func<int, Expr?> matching)
        {
            // The operand becomes a column so it can be a join key.
            int x = Plan.Arity;
            Plan = Plans.Project(Plan, Plans.Columns(Plan).Append(operand));
            var item = Plans.Column(r, k);
            var x0 = Plans.Column(Plan, x);

            var matches = new DistinctPlan(Plans.Project(new FilterPlan(r, Plans.IsNotNull(item)),
                Plans.Columns(r).Take(k).Append(item).Append(LiteralExpr.Bool(true))));
            int m = Plan.Arity;
            var equal = Plans.Equal(x0, new ColumnExpr(0, m + k, item.Type));
            Plan = Plans.Join(Plan, matches, JoinType.Left, matching(m) is { } match ? Binder.And(match, equal) : equal);
            var marker = Plans.Column(Plan, m + k + 1);

            var counts = new AggregatePlan(r, [.. Plans.Columns(r).Take(k)],
                [new AggregateCall(AggregateKind.CountStar, false, null, null, SqlType.BigInt()),
                 new AggregateCall(AggregateKind.CountStar, false, null, Plans.IsNull(item), SqlType.BigInt())],
                [.. r.Schema.Take(k), new PlanColumn("$count", SqlType.BigInt()), new PlanColumn("$nulls", SqlType.BigInt())]);
            int g = Plan.Arity;
            Plan = Plans.Join(Plan, counts, k == 0 ? JoinType.Inner : JoinType.Left, matching(g));
            var count = Plans.Column(Plan, g + k);
            var nulls = Plans.Column(Plan, g + k + 1);

            var zero = new LiteralExpr(0L, SqlType.BigInt());
            var unknown = Binder.And(
                Plans.Call(Functions.Greater, SqlType.Boolean(count.Type.Nullable), count, zero),
                Plans.Or(Plans.IsNull(x0), Plans.Call(Functions.Greater, SqlType.Boolean(nulls.Type.Nullable), nulls, zero)));
            var type = SqlType.Boolean(true);
            return new CaseExpr(
                [new CaseBranch(Plans.IsNotNull(marker), new LiteralExpr(true, type)), new CaseBranch(unknown, LiteralExpr.Null(type))],
                new LiteralExpr(false, type), type);
        }
    }

    /// <summary>Plans that return exactly one row whatever their input: a global aggregate, possibly projected.</summary>
    private static bool ExactlyOneRow(LogicalPlan plan) => plan switch
    {
        ScanPlan { Relation: ClockInput.Name } => true,
        AggregatePlan a => a.Keys.IsEmpty,
        ProjectPlan p => ExactlyOneRow(p.Input),
        ValuesPlan v => v.Rows.Length == 1,
        _ => false,
    };

    /// <summary>Whether an expression holds a subquery or NOW() (read from the clock input like a subquery).</summary>
    private static bool ContainsSubquery(Expr e) => FirstSubquery([e]) is not null;

    private static Expr? FirstSubquery(IEnumerable<Expr> exprs) =>
        exprs.SelectMany(ExprNodes.Of).FirstOrDefault(x => x is SubqueryExpr or NowExpr);
}
