using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sql2Dbsp.Differential.Generation;

/// <summary>
/// Generates one query over a <see cref="Database"/>'s tables: selections, joins of every kind, GROUP BY with HAVING,
/// global aggregates, DISTINCT, set operations, IN/EXISTS/scalar subqueries and ORDER BY ... LIMIT. Output columns
/// are named x1..xn.
/// </summary>
/// <remarks>
/// ORDER BY ... LIMIT always orders by every output column with explicit NULLS FIRST/LAST (our default NULL order is
/// the opposite of PostgreSQL's), so the chosen rows are determined and compare as a multiset. AVG over INT and
/// DECIMAL is an exact DECIMAL with scale max(s, 6) here; PostgreSQL's is compared after ROUND to that scale.
/// </remarks>
internal sealed partial class QueryGenerator
{
    private readonly Random random;
    private readonly ExpressionGenerator expressions;
    private readonly ImmutableArray<Table> tables;

    public QueryGenerator(Random random, Feature avoid, ImmutableArray<Table> tables)
    {
        this.random = random;
        this.tables = tables;
        expressions = new ExpressionGenerator(random, avoid);
    }

    private bool Chance(int percent) => random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public Query Generate(int index)
    {
        int shape = random.Next(100);
        return shape switch
        {
            < 15 => Select(index, "select", distinct: false),
            < 22 => Select(index, "distinct", distinct: true),
            < 40 => Join(index),
            < 58 => Aggregate(index),
            < 68 => SetOperation(index),
            < 82 => Subquery(index),
            _ => TopK(index),
        };
    }

    private Scope Single(string alias = "a") => new([(alias, Pick(tables))]);

    private static Dual SelectList(IReadOnlyList<Dual> items) =>
        Dual.Join(", ", items.Select((e, i) => e + " AS x" + (i + 1).ToString(CultureInfo.InvariantCulture)));

    private List<Dual> Expressions(Scope scope, int count, IReadOnlyList<ValueClass>? classes = null) =>
        [.. Enumerable.Range(0, count).Select(i => expressions.Expr(classes?[i] ?? expressions.AnyClass(scope), scope, 2))];

    private Dual Where(Scope scope) => Chance(70) ? " WHERE " + expressions.Condition(scope, 2) : "";

    private Query Select(int index, string shape, bool distinct)
    {
        var scope = Single();
        var items = Expressions(scope, random.Next(1, 4));
        var sql = (distinct ? "SELECT DISTINCT " : "SELECT ") + SelectList(items) + " FROM " + From(scope) + Where(scope);
        return new Query(index, sql, items.Count, shape);
    }

    private static Dual From(Scope scope) => Dual.Join(", ", scope.Items.Select(i => (Dual)(i.Table.Name + " " + i.Alias)));

    /// <summary>An equality between columns of the same class of two scopes, for join conditions.</summary>
    private Dual JoinKey(Scope left, Scope right)
    {
        var pairs = (from l in left.Columns from r in right.Columns where l.Class == r.Class && l.Class != ValueClass.Boolean select (l, r)).ToList();
        var (a, b) = Pick(pairs);
        return a.Sql + " = " + b.Sql;
    }

    private (Dual From, Scope Scope) JoinedFrom()
    {
        string[] kinds = ["JOIN", "INNER JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL JOIN", "LEFT OUTER JOIN", "FULL OUTER JOIN"];
        var first = Single("a");
        var second = Single("b");
        var scope = new Scope(first.Items.AddRange(second.Items));
        Dual on = JoinKey(first, second);
        if (Chance(30)) on = on + " AND " + expressions.Condition(scope, 1);
        Dual from = From(first) + " " + Pick(kinds) + " " + From(second) + " ON " + on;
        if (Chance(25))
        {
            var third = Single("c");
            var all = new Scope(scope.Items.AddRange(third.Items));
            from = from + " " + Pick(kinds) + " " + From(third) + " ON " + JoinKey(scope, third);
            scope = all;
        }
        return (from, scope);
    }

    private (Dual From, Scope Scope) FromItems(bool joined)
    {
        if (joined) return JoinedFrom();
        var scope = Single();
        return (From(scope), scope);
    }

    private Query Join(int index)
    {
        var (from, scope) = JoinedFrom();
        var items = Expressions(scope, random.Next(1, 5));
        return new Query(index, "SELECT " + SelectList(items) + " FROM " + from + Where(scope), items.Count, "join");
    }

    private Query Aggregate(int index)
    {
        var (from, scope) = FromItems(joined: Chance(35));
        // A constant key is an ordinal or an error in PostgreSQL's GROUP BY: every key reads a column.
        var keys = Chance(15) ? [] : Expressions(scope, random.Next(1, 3))
            .Select(k => ReadsColumn(k) ? k : (Dual)Pick(scope.Columns.ToList()).Sql).ToList();
        var aggregates = Enumerable.Range(0, random.Next(1, 4)).Select(_ => AggregateCall(scope)).ToList();
        var sql = "SELECT " + SelectList([.. keys, .. aggregates]) + " FROM " + from + Where(scope);
        if (keys.Count > 0)
        {
            sql = sql + " GROUP BY " + Dual.Join(", ", keys);
            if (Chance(40)) sql = sql + " HAVING " + Having(scope);
        }
        return new Query(index, sql, keys.Count + aggregates.Count, keys.Count > 0 ? "group-by" : "aggregate");
    }

    private static bool ReadsColumn(Dual expression) => ColumnReference().IsMatch(expression.Ours);

    [GeneratedRegex(@"\b[a-c]\.[a-z]")]
    private static partial Regex ColumnReference();

    private Dual Having(Scope scope) =>
        Chance(50)
            ? (Dual)"COUNT(*) " + Pick(new[] { ">", ">=", "=", "<" }) + " " + random.Next(0, 4).ToString(CultureInfo.InvariantCulture)
            : AggregateCall(scope) + " IS NOT NULL";

    /// <summary>An aggregate over an expression of the scope.</summary>
    private Dual AggregateCall(Scope scope)
    {
        string distinct = Chance(20) ? "DISTINCT " : "";
        switch (random.Next(6))
        {
            case 0: return "COUNT(*)";
            case 1: return "COUNT(" + distinct + expressions.Expr(expressions.AnyClass(scope), scope, 1) + ")";
            case 2:
            {
                var c = Pick(new[] { ValueClass.Int, ValueClass.Decimal, ValueClass.Double });
                return "SUM(" + distinct + expressions.Expr(c, scope, 1) + ")";
            }
            case 3:
            {
                // MIN/MAX of BOOLEAN do not exist in PostgreSQL.
                var c = Pick(new[] { ValueClass.Int, ValueClass.Decimal, ValueClass.Double, ValueClass.String, ValueClass.Date });
                return (Chance(50) ? "MIN(" : "MAX(") + distinct + expressions.Expr(c, scope, 1) + ")";
            }
            case 4:
                return "AVG(" + distinct + expressions.Expr(ValueClass.Double, scope, 1) + ")";
            default:
            {
                // AVG of an exact column: DECIMAL(28, max(s, 6)) here; PostgreSQL keeps more digits.
                var columns = scope.Columns.Where(c => c.Class is ValueClass.Int or ValueClass.Decimal).ToList();
                var column = Pick(columns);
                int scale = Math.Max(column.Column.Type.Scale, 6);
                return new Dual($"AVG({distinct}{column.Sql})", $"ROUND(AVG({distinct}{column.Sql}), {scale})");
            }
        }
    }

    private Query SetOperation(int index)
    {
        int arity = random.Next(1, 4);
        var left = Single("a");
        var classes = Enumerable.Range(0, arity).Select(_ => expressions.AnyClass(left)).ToList();
        var right = Single("b");
        Dual Side(Scope s, bool named)
        {
            var items = Expressions(s, arity, classes);
            var list = named ? SelectList(items) : Dual.Join(", ", items);
            return "SELECT " + list + " FROM " + From(s) + Where(s);
        }
        string op = Pick(new[] { "UNION", "UNION ALL", "INTERSECT", "INTERSECT ALL", "EXCEPT", "EXCEPT ALL" });
        return new Query(index, Side(left, true) + " " + op + " " + Side(right, false), arity, "set-operation");
    }

    private Query Subquery(int index)
    {
        var outer = Single("a");
        var inner = Single("b");
        var items = Expressions(outer, random.Next(1, 3));
        Dual condition;
        switch (random.Next(4))
        {
            case 0:
            {
                var c = expressions.AnyClass(outer);
                if (inner.ColumnsOf(c).Count == 0) c = ValueClass.Int;
                condition = expressions.Expr(c, outer, 1) + (Chance(70) ? " IN " : " NOT IN ") +
                            ("SELECT " + expressions.Expr(c, inner, 1) + " FROM " + From(inner) + Where(inner)).Paren();
                break;
            }
            case 1:
            {
                Dual correlation = JoinKey(inner, outer);
                if (Chance(40)) correlation = correlation + " AND " + expressions.Condition(inner, 1);
                condition = (Chance(70) ? "EXISTS " : "NOT EXISTS ") + ("SELECT 1 FROM " + From(inner) + " WHERE " + correlation).Paren();
                break;
            }
            case 2:
            {
                // A correlated scalar subquery in the select list: an aggregate, so it has at most one row.
                Dual correlation = JoinKey(inner, outer);
                items.Add(("SELECT " + AggregateCall(inner) + " FROM " + From(inner) + " WHERE " + correlation).Paren());
                condition = Chance(50) ? expressions.Condition(outer, 1) : "TRUE";
                break;
            }
            default:
            {
                var c = Pick(new[] { ValueClass.Int, ValueClass.Decimal, ValueClass.Date, ValueClass.String });
                if (outer.ColumnsOf(c).Count == 0 || inner.ColumnsOf(c).Count == 0) c = ValueClass.Int;
                condition = expressions.Expr(c, outer, 1) + " " + Pick(new[] { "<", ">=", "=", "<>" }) + " " +
                            ("SELECT " + (Chance(50) ? "MIN(" : "MAX(") + expressions.Expr(c, inner, 0) + ") FROM " + From(inner) + Where(inner)).Paren();
                break;
            }
        }
        return new Query(index, "SELECT " + SelectList(items) + " FROM " + From(outer) + " WHERE " + condition, items.Count, "subquery");
    }

    private Query TopK(int index)
    {
        var (from, scope) = FromItems(joined: Chance(30));
        var items = Expressions(scope, random.Next(1, 4));
        bool distinct = Chance(20);
        var order = Dual.Join(", ", Enumerable.Range(1, items.Count).Select(i =>
        {
            bool desc = expressions.Allowed(Feature.OrderDesc) && Chance(40);
            return (Dual)$"x{i}{(desc ? " DESC" : "")} NULLS {(Chance(50) ? "FIRST" : "LAST")}";
        }));
        var sql = (distinct ? "SELECT DISTINCT " : "SELECT ") + SelectList(items) + " FROM " + from + Where(scope) +
                  " ORDER BY " + order + " LIMIT " + random.Next(1, 6).ToString(CultureInfo.InvariantCulture);
        return new Query(index, sql, items.Count, "order-by-limit");
    }
}
