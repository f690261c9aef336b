using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Logical;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Rewrites;

/// <summary>
/// Values of a CHAR without length (PostgreSQL's bpchar, the common type of CHAR values of different lengths or of CHAR
/// and VARCHAR) keep the trailing blanks each had, and rows that differ only there are different rows of a Z-set
/// (<c>UNION ALL</c> shows both). SQL's own equality ignores those blanks, so where rows are matched or deduplicated
/// by value — DISTINCT, UNION, GROUP BY keys, COUNT(DISTINCT), INTERSECT and EXCEPT — this rewrite makes the operator
/// compare the values without trailing blanks. A group shows its values with the padding of the least-padded member
/// (<c>MIN</c>; PostgreSQL shows whichever it read first).
/// </summary>
internal sealed class CharPaddingKeys : IPlanRewrite
{
    public string Name => "char-padding-keys";
    public bool Optional => false;

    /// <summary>Runs before decorrelation (whose DISTINCT domains must keep exact values), so subqueries are visited too.</summary>
    public LogicalPlan Apply(LogicalPlan plan)
    {
        var children = plan.Children;
        var rewritten = children.Select(Apply).ToImmutableArray();
        if (!PlanMapping.SameNodes(children, rewritten)) plan = plan.WithChildren(rewritten);
        plan = PlanMapping.MapExpressions(plan, new Subqueries(this).Rewrite);
        return plan switch
        {
            DistinctPlan d when d.Schema.Any(c => IsPadded(c.Type)) => Distinct(d.Input),
            AggregatePlan a when a.Keys.Any(k => IsPadded(k.Type)) || a.Aggregates.Any(IsDistinctOverPadded) => Aggregate(a),
            SetOpPlan s when s.Schema.Any(c => IsPadded(c.Type)) => SetOperation(s),
            _ => plan,
        };
    }

    private sealed class Subqueries(CharPaddingKeys rule) : ExprRewriter
    {
        public override Expr VisitOther(Expr e) =>
            e is SubqueryExpr s ? s with { Plan = rule.Apply(s.Plan), Operand = s.Operand is null ? null : Rewrite(s.Operand) } : e;
    }

    private static bool IsPadded(SqlType type) => type.Kind == SqlTypeKind.Char && type.Precision < 0;

    private static bool IsDistinctOverPadded(AggregateCall call) =>
        call is { Distinct: true, Kind: AggregateKind.Count, Argument: { } arg } && IsPadded(arg.Type);

    private static Expr Trimmed(Expr e) => Plans.Call(Functions.TrimPadding, SqlType.Varchar(e.Type.Nullable), e);

    /// <summary>DISTINCT as GROUP BY every column, which the aggregate rule then keys on the values without padding.</summary>
    private static LogicalPlan Distinct(LogicalPlan input)
    {
        var keys = Plans.Columns(input).ToImmutableArray();
        return Aggregate(new AggregatePlan(input, keys, [], input.Schema));
    }

    /// <summary>
    /// Keys of a CHAR without length are grouped without trailing blanks; each also gets a MIN of its values (appended
    /// after the aggregates) that stands for it in the output, which keeps its schema.
    /// </summary>
    private static LogicalPlan Aggregate(AggregatePlan a)
    {
        int k = a.Keys.Length, n = a.Aggregates.Length;
        var keys = a.Keys.Select(key => IsPadded(key.Type) ? Trimmed(key) : key).ToImmutableArray();
        var aggregates = a.Aggregates.Select(c => IsDistinctOverPadded(c) ? c with { Argument = Trimmed(c.Argument!) } : c).ToList();
        var output = new List<Expr>();
        for (int i = 0; i < k; i++)
        {
            if (!IsPadded(a.Keys[i].Type))
            {
                output.Add(new ColumnExpr(0, i, keys[i].Type));
                continue;
            }
            var type = a.Keys[i].Type.AsNullable();
            output.Add(Binding.Binder.Coerce(new ColumnExpr(0, k + aggregates.Count, type), a.Schema[i].Type));
            aggregates.Add(new AggregateCall(AggregateKind.Min, false, a.Keys[i], null, type));
        }
        for (int i = 0; i < n; i++) output.Add(new ColumnExpr(0, k + i, a.Schema[k + i].Type));
        var columns = keys.Select((key, i) => a.Schema[i] with { Type = key.Type })
            .Concat(aggregates.Select((c, i) => i < n ? a.Schema[k + i] : new PlanColumn($"$key{i - n}", c.ResultType)));
        var grouped = new AggregatePlan(a.Input, keys, [.. aggregates], [.. columns]);
        return new ProjectPlan(grouped, [.. output], a.Schema);
    }

    /// <summary>
    /// INTERSECT and EXCEPT match rows without trailing blanks: the rows of the left input that have (or lack) a match in
    /// the right one, deduplicated as DISTINCT is. With ALL, where the multiplicities count, the operation runs on both
    /// inputs without trailing blanks, and each resulting row takes the padding of the left input's least padded row of
    /// its value.
    /// </summary>
    private static LogicalPlan SetOperation(SetOpPlan s)
    {
        if (!s.All)
        {
            var join = Plans.Join(s.Left, s.Right, s.Kind == SetOpKind.Intersect ? JoinType.Semi : JoinType.Anti, SameValues(s.Left, s.Right));
            return Distinct(join);
        }
        LogicalPlan Unpadded(LogicalPlan p) =>
            Plans.Project(p, Plans.Columns(p).Select(c => IsPadded(c.Type) ? Binding.Binder.Coerce(Trimmed(c), c.Type) : c));
        var counted = s with { Left = Unpadded(s.Left), Right = Unpadded(s.Right) };
        var padded = Distinct(s.Left);
        var matched = Plans.Join(counted, padded, JoinType.Inner, SameValues(counted, padded));
        return Plans.Project(matched, Plans.Columns(matched).Skip(s.Left.Arity));
    }

    /// <summary>Row equality of two inputs of one row type (NULL equal to NULL), without trailing blanks where padded.</summary>
    private static Expr SameValues(LogicalPlan left, LogicalPlan right) =>
        Plans.AndAll(Enumerable.Range(0, left.Arity).Select(i =>
        {
            Expr l = Plans.Column(left, i), r = new ColumnExpr(0, left.Arity + i, right.Schema[i].Type);
            return IsPadded(l.Type) ? Plans.IsNotDistinctFrom(Trimmed(l), Trimmed(r)) : Plans.IsNotDistinctFrom(l, r);
        }))!;
}
