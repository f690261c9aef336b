using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Logical;

public enum SubqueryKind { Scalar, Exists, In }

/// <summary>
/// A subquery inside an expression, before decorrelation. <see cref="Operand"/> is the left side of IN. The plan may
/// contain <see cref="OuterColumnExpr"/> references to the enclosing query's row. Decorrelation replaces every
/// subquery with joins; none reaches lowering.
/// </summary>
public sealed record SubqueryExpr(SubqueryKind Kind, LogicalPlan Plan, Expr? Operand, SqlType Type) : Expr(Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitOther(this);
    public bool Equals(SubqueryExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A column of an enclosing query's row, seen from inside a subquery. <see cref="Depth"/> 1 is the immediately
/// enclosing query; <see cref="Index"/> is the column of that query's input row.
/// </summary>
public sealed record OuterColumnExpr(int Depth, int Index, SqlType Type) : Expr(Type)
{
    public override TResult Accept<TResult>(ExprVisitor<TResult> visitor) => visitor.VisitOther(this);
}
