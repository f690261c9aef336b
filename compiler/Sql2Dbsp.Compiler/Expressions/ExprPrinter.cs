using System.Globalization;
using System.Text;

namespace Sql2Dbsp.Compiler.Expressions;

/// <summary>
/// Prints expressions for explain output and canonical operator text. Column references print as <c>$input.index</c>
/// (<c>$i</c> for input 0); literals and casts carry their types so that equal text means equal expressions.
/// </summary>
public static class ExprPrinter
{
    public static string Print(Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Expr e)
    {
        switch (e)
        {
            case ColumnExpr c:
                sb.Append('$');
                if (c.Input != 0) sb.Append(c.Input).Append('.');
                sb.Append(c.Index);
                break;
            case LiteralExpr l:
                AppendLiteral(sb, l);
                break;
            case CallExpr call:
                sb.Append(call.Function).Append('(');
                for (int i = 0; i < call.Arguments.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, call.Arguments[i]);
                }
                sb.Append(')');
                if (call.Type.Nullable) sb.Append('?');
                break;
            case CastExpr cast:
                sb.Append("cast(");
                Append(sb, cast.Operand);
                sb.Append(" as ").Append(cast.Type).Append(')');
                break;
            case CaseExpr k:
                sb.Append("case");
                foreach (var b in k.Branches)
                {
                    sb.Append(" when ");
                    Append(sb, b.When);
                    sb.Append(" then ");
                    Append(sb, b.Then);
                }
                sb.Append(" else ");
                Append(sb, k.Else);
                sb.Append(" end");
                break;
            default:
                sb.Append(e.ToString());
                break;
        }
    }

    private static void AppendLiteral(StringBuilder sb, LiteralExpr l)
    {
        switch (l.Value)
        {
            case null: sb.Append("null"); break;
            case string s: sb.Append('\'').Append(s.Replace("'", "''")).Append('\''); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case byte[] bytes: sb.Append("x'").Append(Convert.ToHexString(bytes)).Append('\''); break;
            case IFormattable f: sb.Append(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: sb.Append(l.Value); break;
        }
        sb.Append(':').Append(l.Type);
    }
}
