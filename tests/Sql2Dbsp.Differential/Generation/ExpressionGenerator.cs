using System.Globalization;

namespace Sql2Dbsp.Differential.Generation;

/// <summary>
/// Generates typed scalar expressions and conditions over a <see cref="Scope"/>. What it leaves out on purpose
/// (because our documented dialect differs from PostgreSQL's, or because either engine would fail) is listed in
/// docs/conformance.md: division by zero and integer overflow (divisors are non-zero literals, values small), ROUND and
/// casts of DOUBLE (PostgreSQL rounds half to even), DECIMAL division (result scales differ), float literals (NUMERIC
/// in PostgreSQL: written as casts), EXTRACT's type (NUMERIC in PostgreSQL: cast to BIGINT there).
/// </summary>
internal sealed class ExpressionGenerator(Random random, Feature avoid)
{
    private static readonly string[] LikePatterns = ["a%", "%b%", "_", "%a", "a_%", "%", "A%", "% %", "ab"];
    private static readonly string[] DateFields = ["YEAR", "MONTH", "DAY", "QUARTER", "DOW", "DOY"];

    public bool Allowed(Feature f) => !avoid.HasFlag(f);

    private bool Chance(int percent) => random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A value class that has at least one column in scope (so expressions read data), else INT.</summary>
    public ValueClass AnyClass(Scope scope)
    {
        var classes = scope.Columns.Where(c => c.Column.Name != "id").Select(c => c.Class).Distinct().ToList();
        return classes.Count == 0 ? ValueClass.Int : Pick(classes);
    }

    /// <summary>A literal of the class, drawn from the data's own value pools so comparisons hit rows.</summary>
    public Dual Literal(ValueClass c, Scope scope)
    {
        var typed = scope.ColumnsOf(c);
        var type = typed.Count > 0 ? Pick(typed).Column.Type : c switch
        {
            ValueClass.Int => ColumnType.Int,
            ValueClass.Decimal => ColumnType.Decimal(8, 2),
            ValueClass.Double => ColumnType.Double,
            ValueClass.String => ColumnType.Varchar(8),
            ValueClass.Date => ColumnType.Date,
            _ => ColumnType.Boolean,
        };
        // A string literal typed CHAR-like would compare padded; keep the literal itself free of that question.
        return Literals.Sql(Pick(DataGenerator.AllValues(type)));
    }

    /// <summary>A column of the class if there is one (mostly), else a literal.</summary>
    private Dual Leaf(ValueClass c, Scope scope)
    {
        var columns = scope.ColumnsOf(c);
        return columns.Count > 0 && Chance(80) ? Pick(columns).Sql : Literal(c, scope);
    }

    public Dual Expr(ValueClass c, Scope scope, int depth)
    {
        if (depth <= 0 || Chance(40)) return Leaf(c, scope);
        int d = depth - 1;
        switch (random.Next(3))
        {
            case 0:
                return "CASE WHEN " + Condition(scope, d) + " THEN " + Expr(c, scope, d) + " ELSE " + Expr(c, scope, d) + " END";
            case 1 when c != ValueClass.Boolean:
                return Dual.Call("COALESCE", Expr(c, scope, d), Literal(c, scope));
        }
        return c switch
        {
            ValueClass.Int => IntExpr(scope, d),
            ValueClass.Decimal => DecimalExpr(scope, d),
            ValueClass.Double => DoubleExpr(scope, d),
            ValueClass.String => StringExpr(scope, d),
            ValueClass.Date => DateExpr(scope, d),
            _ => Condition(scope, d),
        };
    }

    private Dual IntExpr(Scope scope, int d)
    {
        Dual a = Expr(ValueClass.Int, scope, d);
        switch (random.Next(12))
        {
            case 0: return (a + " + " + Expr(ValueClass.Int, scope, d)).Paren();
            case 1: return (a + " - " + Expr(ValueClass.Int, scope, d)).Paren();
            case 2: return (a + " * " + Pick(new[] { "2", "(-3)", "0" })).Paren();
            case 3: return Dual.Call("ABS", a);
            case 4: return ("-" + a).Paren();
            case 5: return (a + " % " + Pick(new[] { "3", "(-2)", "7" })).Paren();
            case 6: return (a + " / " + Pick(new[] { "2", "(-3)", "4" })).Paren();
            case 7: return Dual.Call("CHAR_LENGTH", Expr(ValueClass.String, scope, d));
            case 8:
            {
                // EXTRACT is a BIGINT here but NUMERIC in PostgreSQL (so `/` would divide differently).
                Dual extract = (Dual)"EXTRACT(" + Pick(DateFields) + " FROM " + Expr(ValueClass.Date, scope, d) + ")";
                return new Dual(extract.Ours, $"CAST({extract.Pg} AS BIGINT)");
            }
            case 9: return (Expr(ValueClass.Date, scope, d) + " - " + Expr(ValueClass.Date, scope, d)).Paren();
            case 10: return (Dual)"POSITION(" + Literal(ValueClass.String, scope) + " IN " + Expr(ValueClass.String, scope, d) + ")";
            default:
                if (Allowed(Feature.DecimalRounding)) return (Dual)"CAST(" + Expr(ValueClass.Decimal, scope, d) + " AS INT)";
                return a;
        }
    }

    private Dual DecimalExpr(Scope scope, int d)
    {
        Dual a = Expr(ValueClass.Decimal, scope, d);
        switch (random.Next(9))
        {
            case 0: return (a + " + " + Expr(Chance(50) ? ValueClass.Decimal : ValueClass.Int, scope, d)).Paren();
            case 1: return (a + " - " + Expr(Chance(50) ? ValueClass.Decimal : ValueClass.Int, scope, d)).Paren();
            case 2:
                return Allowed(Feature.WideDecimal)
                    ? (a + " * " + Expr(ValueClass.Decimal, scope, d)).Paren()
                    : (a + " * " + Pick(new[] { "2", "(-1)" })).Paren();
            case 3: return Dual.Call("ROUND", a, random.Next(0, 3).ToString(CultureInfo.InvariantCulture));
            case 4: return Dual.Call("ABS", a);
            case 5: return ("-" + a).Paren();
            case 6: return (Dual)"CAST(" + Expr(ValueClass.Int, scope, d) + " AS DECIMAL(12, 2))";
            case 7 when Allowed(Feature.DecimalRounding): return (Dual)"CAST(" + a + " AS DECIMAL(18, 1))";
            default: return Dual.Call(Chance(50) ? "FLOOR" : "CEIL", a);
        }
    }

    private Dual DoubleExpr(Scope scope, int d)
    {
        Dual a = Expr(ValueClass.Double, scope, d);
        switch (random.Next(8))
        {
            case 0: return (a + " + " + Expr(ValueClass.Double, scope, d)).Paren();
            case 1: return (a + " - " + Expr(ValueClass.Double, scope, d)).Paren();
            case 2: return (a + " * " + Expr(ValueClass.Double, scope, d)).Paren();
            case 3: return Dual.Call("ABS", a);
            case 4: return (Dual)"CAST(" + Expr(Chance(50) ? ValueClass.Int : ValueClass.Decimal, scope, d) + " AS DOUBLE PRECISION)";
            case 5: return Dual.Call("SQRT", Dual.Call("ABS", a));
            case 6: return Dual.Call(Chance(50) ? "FLOOR" : "CEIL", a);
            default: return ("-" + a).Paren();
        }
    }

    private Dual StringExpr(Scope scope, int d)
    {
        Dual a = Expr(ValueClass.String, scope, d);
        switch (random.Next(11))
        {
            case 0: return Dual.Call("UPPER", a);
            case 1: return Dual.Call("LOWER", a);
            case 2: return (Dual)"SUBSTRING(" + a + " FROM " + random.Next(1, 3).ToString(CultureInfo.InvariantCulture) + " FOR " + random.Next(0, 3).ToString(CultureInfo.InvariantCulture) + ")";
            case 3: return Dual.Call("TRIM", a);
            case 4: return (a + " || " + Expr(ValueClass.String, scope, d)).Paren();
            case 5 when Allowed(Feature.Concat): return Dual.Call("CONCAT", a, Expr(ValueClass.String, scope, d));
            case 6: return Dual.Call("REPLACE", a, "'a'", "'xy'");
            case 7: return Dual.Call("LEFT", a, random.Next(0, 3).ToString(CultureInfo.InvariantCulture));
            case 8: return Dual.Call("RIGHT", a, random.Next(0, 3).ToString(CultureInfo.InvariantCulture));
            case 9: return (Dual)"CAST(" + Expr(ValueClass.Int, scope, d) + " AS VARCHAR)";
            default: return a;
        }
    }

    private Dual DateExpr(Scope scope, int d)
    {
        Dual a = Expr(ValueClass.Date, scope, d);
        string days = random.Next(1, 400).ToString(CultureInfo.InvariantCulture);
        // DATE ± INTERVAL is a TIMESTAMP in both dialects; the cast brings it back to a DATE.
        return (Dual)"CAST((" + a + (Chance(50) ? " + " : " - ") + "INTERVAL '" + days + "' DAY) AS DATE)";
    }

    /// <summary>A boolean condition (three-valued).</summary>
    public Dual Condition(Scope scope, int depth)
    {
        if (depth > 0 && Chance(35))
        {
            int d = depth - 1;
            return random.Next(3) switch
            {
                0 => (Condition(scope, d) + " AND " + Condition(scope, d)).Paren(),
                1 => (Condition(scope, d) + " OR " + Condition(scope, d)).Paren(),
                _ => ("NOT " + Condition(scope, d)).Paren(),
            };
        }
        var c = AnyClass(scope);
        int e = Math.Max(0, depth - 1);
        switch (random.Next(10))
        {
            case 0:
            case 1:
                return Comparison(c, scope, e);
            case 2:
                return (Expr(c, scope, e) + " IS " + (Chance(50) ? "" : "NOT ") + "NULL").Paren();
            case 3 when c != ValueClass.Boolean:
                return (Expr(c, scope, e) + (Chance(70) ? " BETWEEN " : " NOT BETWEEN ") + Literal(c, scope) + " AND " + Literal(c, scope)).Paren();
            case 4 when c != ValueClass.Boolean:
            {
                var items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Literal(c, scope)).ToList();
                if (Chance(15)) items.Add("NULL");
                return (Expr(c, scope, e) + (Chance(70) ? " IN (" : " NOT IN (") + Dual.Join(", ", items) + "))").Paren();
            }
            case 5:
                return (Expr(ValueClass.String, scope, e) + (Chance(75) ? " LIKE '" : " NOT LIKE '") + Pick(LikePatterns) + "'").Paren();
            case 6:
                return (Expr(c, scope, e) + (Chance(50) ? " IS DISTINCT FROM " : " IS NOT DISTINCT FROM ") + Expr(c, scope, e)).Paren();
            case 7:
            {
                var bools = scope.ColumnsOf(ValueClass.Boolean);
                if (bools.Count == 0) return Comparison(c, scope, e);
                var b = Pick(bools).Sql;
                return Pick(new Dual[] { b, "NOT " + b, b + " IS TRUE", b + " IS NOT FALSE", b + " IS UNKNOWN" }).Paren();
            }
            case 8 when Allowed(Feature.LiteralConversion):
                return LiteralConversion(scope, e);
            default:
                return Comparison(c, scope, e);
        }
    }

    private static readonly string[] ComparisonOperators = ["=", "<>", "<", "<=", ">", ">="];

    private Dual Comparison(ValueClass c, Scope scope, int depth)
    {
        // Numbers compare across classes (INT with DECIMAL, DOUBLE); the others with their own class.
        var right = c is ValueClass.Int or ValueClass.Decimal && Chance(30) ? (c == ValueClass.Int ? ValueClass.Decimal : ValueClass.Int) : c;
        var rhs = Chance(50) ? Literal(right, scope) : Expr(right, scope, depth);
        return (Expr(c, scope, depth) + " " + Pick(ComparisonOperators) + " " + rhs).Paren();
    }

    /// <summary>String literals converted to the type of the other side, explicitly or implicitly.</summary>
    private Dual LiteralConversion(Scope scope, int depth)
    {
        string op = Pick(ComparisonOperators);
        switch (random.Next(3))
        {
            case 0:
                return (Expr(ValueClass.Int, scope, depth) + $" {op} CAST('{Pick(new[] { "3", "-1", "42", " 7" })}' AS INT)").Paren();
            case 1:
                return (Expr(ValueClass.Decimal, scope, depth) + $" {op} CAST('{Pick(new[] { "1.5", "-3.75", "0", "12.250" })}' AS DECIMAL(8, 2))").Paren();
            default:
                return (Expr(ValueClass.Date, scope, depth) + $" {op} '{Pick(new[] { "2024-01-01", "2024-02-29", "1999-06-15" })}'").Paren();
        }
    }
}
