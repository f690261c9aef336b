using System.Collections.Immutable;
using System.Text;
using Sql2Dbsp.Compiler.Syntax;

namespace Sql2Dbsp.Compiler.Tests.Parsing;

/// <summary>
/// Prints an AST as a compact S-expression without spans, so tests can state a tree's shape in one line:
/// <c>a OR b AND c</c> prints as <c>(or a (and b c))</c>. (Records with <see cref="ImmutableArray{T}"/> members
/// compare arrays by reference, so structural equality of two separately built trees needs a printer anyway.)
/// </summary>
internal static class AstPrinter
{
    public static string Print(SyntaxNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, SyntaxNode? node)
    {
        switch (node)
        {
            case null: sb.Append("<null>"); break;

            // ---- names and types
            case Identifier id: sb.Append(id.Quoted ? $"\"{id.Text}\"" : id.Text); break;
            case QualifiedName q: sb.Append(string.Join(".", q.Parts.Select(p => Print(p)))); break;
            case TypeName t:
                sb.Append(t.Name);
                if (t.Arguments.Length > 0) sb.Append('(').Append(string.Join(",", t.Arguments)).Append(')');
                if (t.IntervalStart is not null) sb.Append(' ').Append(t.IntervalStart);
                if (t.IntervalEnd is not null) sb.Append(" TO ").Append(t.IntervalEnd);
                break;
            case Property p: sb.Append('(').Append(Quote(p.Key)).Append(" = ").Append(Quote(p.Value)).Append(')'); break;

            // ---- literals
            case NumericLiteral n: sb.Append(n.Text); break;
            case StringLiteral s: sb.Append(Quote(s.Value)); break;
            case BinaryLiteral b: sb.Append("X'").Append(b.Hex).Append('\''); break;
            case BooleanLiteral b: sb.Append(b.Value ? "TRUE" : "FALSE"); break;
            case NullLiteral: sb.Append("NULL"); break;
            case TypedLiteral t: sb.Append(t.TypeName).Append(' ').Append(Quote(t.Value)); break;
            case IntervalLiteral i:
                sb.Append("(interval ").Append(i.Negative ? "-" : "").Append(Quote(i.Value)).Append(' ').Append(i.StartUnit);
                if (i.EndUnit is not null) sb.Append(" TO ").Append(i.EndUnit);
                sb.Append(')');
                break;

            // ---- expressions
            case ColumnReference c: sb.Append(string.Join(".", c.Parts.Select(p => Print(p)))); break;
            case UnaryExpression u: List(sb, u.Operator switch { UnaryOperator.Plus => "+", UnaryOperator.Minus => "-", _ => "not" }, u.Operand); break;
            case BinaryExpression b: List(sb, Symbol(b.Operator), b.Left, b.Right); break;
            case IsNullExpression i: List(sb, i.Negated ? "is-not-null" : "is-null", i.Operand); break;
            case IsTruthExpression i:
                List(sb, (i.Negated ? "is-not-" : "is-") + (i.Value switch { true => "true", false => "false", null => "unknown" }), i.Operand);
                break;
            case IsDistinctFromExpression d: List(sb, d.Negated ? "is-not-distinct-from" : "is-distinct-from", d.Left, d.Right); break;
            case BetweenExpression b: List(sb, (b.Negated ? "not-between" : "between") + (b.Symmetric ? "-symmetric" : ""), b.Operand, b.Low, b.High); break;
            case InListExpression i:
                sb.Append('(').Append(i.Negated ? "not-in " : "in ");
                Write(sb, i.Operand);
                sb.Append(" (");
                Join(sb, i.List);
                sb.Append("))");
                break;
            case InSubqueryExpression i: List(sb, i.Negated ? "not-in" : "in", i.Operand, i.Query); break;
            case ExistsExpression e: List(sb, "exists", e.Query); break;
            case ScalarSubquery s: List(sb, "subquery", s.Query); break;
            case QuantifiedComparison q: List(sb, Symbol(q.Operator) + (q.Quantifier == Quantifier.All ? " all" : " any"), q.Operand, q.Query); break;
            case CaseExpression c:
                sb.Append("(case");
                if (c.Operand is not null) { sb.Append(' '); Write(sb, c.Operand); }
                foreach (var w in c.Whens) { sb.Append(' '); List(sb, "when", w.When, w.Then); }
                if (c.Else is not null) { sb.Append(' '); List(sb, "else", c.Else); }
                sb.Append(')');
                break;
            case CastExpression c: List(sb, "cast", c.Operand, c.Type); break;
            case LikeExpression l:
                sb.Append('(').Append(l.Negated ? "not-" : "").Append(l.CaseInsensitive ? "ilike " : "like ");
                Write(sb, l.Operand);
                sb.Append(' ');
                Write(sb, l.Pattern);
                if (l.Escape is not null) { sb.Append(" escape "); Write(sb, l.Escape); }
                sb.Append(')');
                break;
            case ExtractExpression e: sb.Append("(extract ").Append(e.Field).Append(' '); Write(sb, e.Operand); sb.Append(')'); break;
            case TrimExpression t:
                sb.Append("(trim ").Append(t.Mode.ToString().ToLowerInvariant());
                if (t.Characters is not null) { sb.Append(' '); Write(sb, t.Characters); }
                sb.Append(' ');
                Write(sb, t.Operand);
                sb.Append(')');
                break;
            case FunctionCall f:
                sb.Append('(');
                Write(sb, f.Name);
                if (f.Star) sb.Append(" *");
                if (f.Distinct) sb.Append(" distinct");
                foreach (var a in f.Arguments) { sb.Append(' '); Write(sb, a); }
                if (f.Filter is not null) { sb.Append(' '); List(sb, "filter", f.Filter); }
                if (f.Over is not null) { sb.Append(' '); Write(sb, f.Over); }
                sb.Append(')');
                break;
            case WindowSpecification w:
                sb.Append("(over");
                if (w.PartitionBy.Length > 0) { sb.Append(" (partition-by "); Join(sb, w.PartitionBy); sb.Append(')'); }
                if (w.OrderBy.Length > 0) { sb.Append(" (order-by "); Join(sb, w.OrderBy); sb.Append(')'); }
                if (w.Frame is not null) sb.Append(" \"").Append(w.Frame).Append('"');
                sb.Append(')');
                break;
            case RowExpression r: sb.Append("(row "); Join(sb, r.Elements); sb.Append(')'); break;

            // ---- queries
            case Query q:
                sb.Append("(query");
                if (q.With.Length > 0) { sb.Append(q.Recursive ? " (with-recursive " : " (with "); Join(sb, q.With); sb.Append(')'); }
                sb.Append(' ');
                Write(sb, q.Body);
                if (q.OrderBy.Length > 0) { sb.Append(" (order-by "); Join(sb, q.OrderBy); sb.Append(')'); }
                if (q.Limit is not null) { sb.Append(' '); List(sb, "limit", q.Limit); }
                if (q.Offset is not null) { sb.Append(' '); List(sb, "offset", q.Offset); }
                sb.Append(')');
                break;
            case CommonTableExpression c:
                sb.Append('(');
                Write(sb, c.Name);
                if (c.Columns.Length > 0) { sb.Append(" ("); Join(sb, c.Columns); sb.Append(')'); }
                sb.Append(' ');
                Write(sb, c.Query);
                sb.Append(')');
                break;
            case Select s:
                sb.Append(s.Distinct ? "(select-distinct (" : "(select (");
                Join(sb, s.Items);
                sb.Append(')');
                if (s.From.Length > 0) { sb.Append(" (from "); Join(sb, s.From); sb.Append(')'); }
                if (s.Where is not null) { sb.Append(' '); List(sb, "where", s.Where); }
                if (s.GroupBy.Length > 0) { sb.Append(" (group-by "); Join(sb, s.GroupBy); sb.Append(')'); }
                if (s.Having is not null) { sb.Append(' '); List(sb, "having", s.Having); }
                sb.Append(')');
                break;
            case SetOperation s: List(sb, s.Operator.ToString().ToLowerInvariant() + (s.All ? "-all" : ""), s.Left, s.Right); break;
            case Values v:
                sb.Append("(values");
                foreach (var row in v.Rows) { sb.Append(" ("); Join(sb, row); sb.Append(')'); }
                sb.Append(')');
                break;
            case StarItem s:
                if (s.Qualifier is not null) { Write(sb, s.Qualifier); sb.Append('.'); }
                sb.Append('*');
                break;
            case ExpressionItem e:
                if (e.Alias is null) Write(sb, e.Expression);
                else List(sb, "as", e.Expression, e.Alias);
                break;
            case OrderItem o:
                if (!o.Descending && o.NullsFirst is null) { Write(sb, o.Expression); break; }
                sb.Append('(').Append(o.Descending ? "desc " : "asc ");
                Write(sb, o.Expression);
                if (o.NullsFirst is not null) sb.Append(o.NullsFirst.Value ? " nulls-first" : " nulls-last");
                sb.Append(')');
                break;
            case NamedTable t:
                if (t.Alias is null && t.ColumnAliases.Length == 0) { Write(sb, t.Name); break; }
                sb.Append("(as ");
                Write(sb, t.Name);
                Alias(sb, t.Alias, t.ColumnAliases);
                sb.Append(')');
                break;
            case DerivedTable d:
                sb.Append("(derived ");
                Write(sb, d.Query);
                Alias(sb, d.Alias, d.ColumnAliases);
                sb.Append(')');
                break;
            case JoinedTable j:
                sb.Append('(').Append(j.Natural ? "natural-" : "").Append(j.Kind.ToString().ToLowerInvariant()).Append("-join ");
                Write(sb, j.Left);
                sb.Append(' ');
                Write(sb, j.Right);
                if (j.On is not null) { sb.Append(' '); List(sb, "on", j.On); }
                if (j.Using.Length > 0) { sb.Append(" (using "); Join(sb, j.Using); sb.Append(')'); }
                sb.Append(')');
                break;

            // ---- statements
            case QueryStatement q: Write(sb, q.Query); break;
            case CreateTable t:
                sb.Append("(create-table ");
                Write(sb, t.Name);
                sb.Append(" (");
                Join(sb, t.Columns);
                sb.Append(')');
                if (t.PrimaryKey.Length > 0) { sb.Append(" (primary-key "); Join(sb, t.PrimaryKey); sb.Append(')'); }
                if (t.Properties.Length > 0) { sb.Append(" (with "); Join(sb, t.Properties); sb.Append(')'); }
                sb.Append(')');
                break;
            case ColumnDefinition c:
                sb.Append('(');
                Write(sb, c.Name);
                sb.Append(' ');
                Write(sb, c.Type);
                if (c.NotNull) sb.Append(" not-null");
                if (c.PrimaryKey) sb.Append(" primary-key");
                if (c.Default is not null) { sb.Append(' '); List(sb, "default", c.Default); }
                sb.Append(')');
                break;
            case CreateView v:
                sb.Append("(create-view ");
                if (v.Kind != ViewKind.Default) sb.Append(v.Kind.ToString().ToLowerInvariant()).Append(' ');
                Write(sb, v.Name);
                if (v.ColumnNames.Length > 0) { sb.Append(" ("); Join(sb, v.ColumnNames); sb.Append(')'); }
                if (v.Properties.Length > 0) { sb.Append(" (with "); Join(sb, v.Properties); sb.Append(')'); }
                sb.Append(' ');
                Write(sb, v.Query);
                sb.Append(')');
                break;
            case DeclareRecursiveView d: sb.Append("(declare-recursive-view "); Write(sb, d.Name); sb.Append(" ("); Join(sb, d.Columns); sb.Append("))"); break;
            case CreateIndex i:
                sb.Append("(create-index ");
                Write(sb, i.Name);
                sb.Append(' ');
                Write(sb, i.Table);
                sb.Append(" (");
                Join(sb, i.Columns);
                sb.Append("))");
                break;
            case DropStatement d:
                sb.Append("(drop-").Append(d.Kind.ToString().ToLowerInvariant()).Append(d.IfExists ? "-if-exists " : " ");
                Write(sb, d.Name);
                sb.Append(')');
                break;
            case InsertStatement i:
                sb.Append("(insert ");
                Write(sb, i.Table);
                if (i.Columns.Length > 0) { sb.Append(" ("); Join(sb, i.Columns); sb.Append(')'); }
                sb.Append(' ');
                Write(sb, i.Source);
                sb.Append(')');
                break;
            case DeleteStatement d:
                sb.Append("(delete ");
                Write(sb, d.Table);
                if (d.Alias is not null) { sb.Append(' '); List(sb, "as", d.Alias); }
                if (d.Where is not null) { sb.Append(' '); List(sb, "where", d.Where); }
                sb.Append(')');
                break;
            case UpdateStatement u:
                sb.Append("(update ");
                Write(sb, u.Table);
                if (u.Alias is not null) { sb.Append(' '); List(sb, "as", u.Alias); }
                sb.Append(" (set");
                foreach (var a in u.Assignments) { sb.Append(' '); List(sb, "=", a.Column, a.Value); }
                sb.Append(')');
                if (u.Where is not null) { sb.Append(' '); List(sb, "where", u.Where); }
                sb.Append(')');
                break;
            default:
                throw new NotSupportedException($"AstPrinter does not know {node.GetType().Name}");
        }
    }

    private static void Alias(StringBuilder sb, Identifier? alias, ImmutableArray<Identifier> columns)
    {
        if (alias is not null) { sb.Append(' '); Write(sb, alias); }
        if (columns.Length > 0) { sb.Append(" ("); Join(sb, columns); sb.Append(')'); }
    }

    private static void List(StringBuilder sb, string head, params SyntaxNode?[] items)
    {
        sb.Append('(').Append(head);
        foreach (var item in items) { sb.Append(' '); Write(sb, item); }
        sb.Append(')');
    }

    private static void Join<T>(StringBuilder sb, ImmutableArray<T> items) where T : SyntaxNode
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            Write(sb, items[i]);
        }
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Concat => "||",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "and",
        BinaryOperator.Or => "or",
        _ => op.ToString(),
    };
}
