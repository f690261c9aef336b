using System.Text;
using Sql2Dbsp.Compiler.Expressions;

namespace Sql2Dbsp.Compiler.Logical;

/// <summary>Prints a plan as an indented tree for explain output and tests.</summary>
public static class PlanPrinter
{
    public static string Print(LogicalPlan plan)
    {
        var sb = new StringBuilder();
        Append(sb, plan, 0);
        return sb.ToString();
    }

    public static string Print(Expr e) => e switch
    {
        SubqueryExpr s => $"{s.Kind.ToString().ToLowerInvariant()}({(s.Operand is null ? "" : Print(s.Operand) + ", ")}<subquery>)",
        OuterColumnExpr o => $"outer{o.Depth}.${o.Index}",
        _ => ExprPrinter.Print(e),
    };

    private static void Append(StringBuilder sb, LogicalPlan plan, int depth)
    {
        sb.Append(' ', depth * 2).Append(plan.Describe()).Append(" → (")
          .Append(string.Join(", ", plan.Schema.Select(c => $"{c.Name} {c.Type}"))).Append(")\n");
        foreach (var child in plan.Children) Append(sb, child, depth + 1);
    }
}
