namespace Sql2Dbsp.Compiler.Expressions;

/// <summary>Visitor over the scalar IR. Subclasses in the binder add subquery and outer-reference nodes.</summary>
public abstract class ExprVisitor<TResult>
{
    public abstract TResult VisitColumn(ColumnExpr e);
    public abstract TResult VisitLiteral(LiteralExpr e);
    public abstract TResult VisitCall(CallExpr e);
    public abstract TResult VisitCast(CastExpr e);
    public abstract TResult VisitCase(CaseExpr e);
    public virtual TResult VisitOther(Expr e) => throw new Diagnostics.InternalCompilerError($"unexpected expression node {e.GetType().Name}", e.Span);
}

/// <summary>Rewrites an expression bottom-up, rebuilding only the nodes whose children changed.</summary>
public class ExprRewriter : ExprVisitor<Expr>
{
    public Expr Rewrite(Expr e) => e.Accept(this);

    public override Expr VisitColumn(ColumnExpr e) => e;
    public override Expr VisitLiteral(LiteralExpr e) => e;

    public override Expr VisitCall(CallExpr e)
    {
        var args = RewriteAll(e.Arguments);
        return args == e.Arguments ? e : e with { Arguments = args };
    }

    public override Expr VisitCast(CastExpr e)
    {
        var operand = Rewrite(e.Operand);
        return ReferenceEquals(operand, e.Operand) ? e : e with { Operand = operand };
    }

    public override Expr VisitCase(CaseExpr e)
    {
        bool changed = false;
        var branches = System.Collections.Immutable.ImmutableArray.CreateBuilder<CaseBranch>(e.Branches.Length);
        foreach (var b in e.Branches)
        {
            var w = Rewrite(b.When);
            var t = Rewrite(b.Then);
            changed |= !ReferenceEquals(w, b.When) || !ReferenceEquals(t, b.Then);
            branches.Add(ReferenceEquals(w, b.When) && ReferenceEquals(t, b.Then) ? b : new CaseBranch(w, t));
        }
        var els = Rewrite(e.Else);
        changed |= !ReferenceEquals(els, e.Else);
        return changed ? e with { Branches = branches.MoveToImmutable(), Else = els } : e;
    }

    public override Expr VisitOther(Expr e) => e;

    public System.Collections.Immutable.ImmutableArray<Expr> RewriteAll(System.Collections.Immutable.ImmutableArray<Expr> list)
    {
        System.Collections.Immutable.ImmutableArray<Expr>.Builder? builder = null;
        for (int i = 0; i < list.Length; i++)
        {
            var r = Rewrite(list[i]);
            if (builder is null && !ReferenceEquals(r, list[i]))
            {
                builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<Expr>(list.Length);
                for (int j = 0; j < i; j++) builder.Add(list[j]);
            }
            builder?.Add(r);
        }
        return builder is null ? list : builder.MoveToImmutable();
    }
}

/// <summary>Rewrites column references with a mapping function (used to re-base expressions on other inputs).</summary>
public sealed class ColumnMapper(Func<ColumnExpr, Expr> map) : ExprRewriter
{
    public override Expr VisitColumn(ColumnExpr e) => map(e);
}

/// <summary>Collects the column references of an expression.</summary>
public static class ExprAnalysis
{
    public static void CollectColumns(Expr e, List<ColumnExpr> into) => new Collector(into).Rewrite(e);

    public static bool References(Expr e, Func<ColumnExpr, bool> predicate)
    {
        var list = new List<ColumnExpr>();
        CollectColumns(e, list);
        foreach (var c in list) if (predicate(c)) return true;
        return false;
    }

    private sealed class Collector(List<ColumnExpr> into) : ExprRewriter
    {
        public override Expr VisitColumn(ColumnExpr e) { into.Add(e); return e; }
    }
}
