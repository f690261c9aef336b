using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using static Sql2Dbsp.Compiler.Tests.Parsing.ParsingTestHelpers;

namespace Sql2Dbsp.Compiler.Tests.Parsing;

public sealed class ExpressionParsingTests
{
    [Theory]
    [InlineData("a OR b AND c", "(or a (and b c))")]
    [InlineData("a AND b OR c", "(or (and a b) c)")]
    [InlineData("a OR b OR c", "(or (or a b) c)")]
    [InlineData("NOT a = b", "(not (= a b))")]
    [InlineData("NOT a AND b", "(and (not a) b)")]
    [InlineData("NOT NOT a", "(not (not a))")]
    [InlineData("- 2 * 3", "(* (- 2) 3)")]
    [InlineData("-2 * 3", "(* (- 2) 3)")]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("1 - 2 - 3", "(- (- 1 2) 3)")]
    [InlineData("6 / 3 % 2", "(% (/ 6 3) 2)")]
    [InlineData("(1 + 2) * 3", "(* (+ 1 2) 3)")]
    [InlineData("a || b = c", "(= (|| a b) c)")]
    [InlineData("a || b + c", "(|| a (+ b c))")]
    [InlineData("a + b = c * d", "(= (+ a b) (* c d))")]
    [InlineData("a < b AND c >= d", "(and (< a b) (>= c d))")]
    [InlineData("a <> b OR a != b", "(or (<> a b) (<> a b))")]
    [InlineData("a <= b", "(<= a b)")]
    [InlineData("a > b", "(> a b)")]
    [InlineData("- + - col", "(- (+ (- col)))")]
    [InlineData("+ col", "(+ col)")]
    [InlineData("NOT - - 5 IN (1, 2)", "(not (in (- (- 5)) (1 2)))")]
    [InlineData("((((a))))", "a")]
    [InlineData("-x::INT", "(- (cast x INT))")]
    [InlineData("x::VARCHAR::INT", "(cast (cast x VARCHAR) INT)")]
    [InlineData("a = b IS NULL", "(is-null (= a b))")]
    [InlineData("x BETWEEN 1 AND 2 AND y", "(and (between x 1 2) y)")]
    [InlineData("a + 1 BETWEEN b - 1 AND c * 2", "(between (+ a 1) (- b 1) (* c 2))")]
    public void Precedence(string sql, string expected) => Assert.Equal(expected, PrintExpression(sql));

    [Theory]
    [InlineData("x IS NULL", "(is-null x)")]
    [InlineData("x IS NOT NULL", "(is-not-null x)")]
    [InlineData("x IS TRUE", "(is-true x)")]
    [InlineData("x IS NOT FALSE", "(is-not-false x)")]
    [InlineData("x IS UNKNOWN", "(is-unknown x)")]
    [InlineData("x IS NOT UNKNOWN", "(is-not-unknown x)")]
    [InlineData("x IS DISTINCT FROM y", "(is-distinct-from x y)")]
    [InlineData("x IS NOT DISTINCT FROM y + 1", "(is-not-distinct-from x (+ y 1))")]
    [InlineData("x NOT BETWEEN a AND b", "(not-between x a b)")]
    [InlineData("x BETWEEN SYMMETRIC 5 AND 1", "(between-symmetric x 5 1)")]
    [InlineData("x BETWEEN ASYMMETRIC 1 AND 5", "(between x 1 5)")]
    [InlineData("x IN (1, 2, 3)", "(in x (1 2 3))")]
    [InlineData("x NOT IN ('a')", "(not-in x ('a'))")]
    [InlineData("x IN ()", "(in x ())")]
    [InlineData("x IN (SELECT y FROM t)", "(in x (select (y) (from t)))")]
    [InlineData("x NOT IN (SELECT y FROM t)", "(not-in x (select (y) (from t)))")]
    [InlineData("(a, b) IN (SELECT c, d FROM t)", "(in (row a b) (select (c d) (from t)))")]
    [InlineData("name LIKE 'a%'", "(like name 'a%')")]
    [InlineData("name NOT LIKE 'a!%' ESCAPE '!'", "(not-like name 'a!%' escape '!')")]
    [InlineData("name ILIKE 'A%'", "(ilike name 'A%')")]
    [InlineData("name NOT ILIKE 'A%'", "(not-ilike name 'A%')")]
    [InlineData("x > ALL (SELECT y FROM t)", "(> all x (select (y) (from t)))")]
    [InlineData("x = ANY (SELECT y FROM t)", "(= any x (select (y) (from t)))")]
    [InlineData("x <> SOME (SELECT y FROM t)", "(<> any x (select (y) (from t)))")]
    [InlineData("EXISTS (SELECT * FROM t)", "(exists (select (*) (from t)))")]
    [InlineData("NOT EXISTS (SELECT 1)", "(not (exists (select (1))))")]
    [InlineData("(SELECT MAX(a) FROM t)", "(subquery (select ((MAX a)) (from t)))")]
    [InlineData("(SELECT 1) + 1", "(+ (subquery (select (1))) 1)")]
    [InlineData("(1, 'a', NULL)", "(row 1 'a' NULL)")]
    public void Predicates(string sql, string expected) => Assert.Equal(expected, PrintExpression(sql));

    [Theory]
    [InlineData("42", "42")]
    [InlineData("4.20", "4.20")]
    [InlineData(".5", ".5")]
    [InlineData("5.", "5.")]
    [InlineData("1e10", "1e10")]
    [InlineData("1.5E-3", "1.5E-3")]
    [InlineData("'it''s'", "'it''s'")]
    [InlineData("''", "''")]
    [InlineData("X'0A1b'", "X'0A1b'")]
    [InlineData("x'303132'", "X'303132'")]
    [InlineData("TRUE", "TRUE")]
    [InlineData("false", "FALSE")]
    [InlineData("NULL", "NULL")]
    [InlineData("DATE '2024-01-01'", "DATE '2024-01-01'")]
    [InlineData("time '12:00:00'", "TIME '12:00:00'")]
    [InlineData("TIMESTAMP '2024-01-01 12:00:00'", "TIMESTAMP '2024-01-01 12:00:00'")]
    [InlineData("INTERVAL '1' HOUR", "(interval '1' HOUR)")]
    [InlineData("INTERVAL '1-2' YEAR TO MONTH", "(interval '1-2' YEAR TO MONTH)")]
    [InlineData("interval '3' days", "(interval '3' DAY)")]
    [InlineData("INTERVAL -'1 02:00' DAY TO MINUTES", "(interval -'1 02:00' DAY TO MINUTE)")]
    [InlineData("INTERVAL '-1' SECOND", "(interval '-1' SECOND)")]
    [InlineData("INTERVAL 5 MINUTE", "(interval '5' MINUTE)")]
    public void Literals(string sql, string expected) => Assert.Equal(expected, PrintExpression(sql));

    [Fact]
    public void StringLiteralValueHasQuotesRemovedAndDoubledQuotesCollapsed()
    {
        var literal = Assert.IsType<StringLiteral>(ParseExpression("'it''s'"));
        Assert.Equal("it's", literal.Value);
    }

    [Fact]
    public void LeadingMinusIsAUnaryOperatorOverAnUnsignedLiteral()
    {
        var unary = Assert.IsType<UnaryExpression>(ParseExpression("-42"));
        Assert.Equal(UnaryOperator.Minus, unary.Operator);
        Assert.Equal("42", Assert.IsType<NumericLiteral>(unary.Operand).Text);
    }

    [Theory]
    [InlineData("CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END", "(case (when (> a 0) 'pos') (when (< a 0) 'neg') (else 'zero'))")]
    [InlineData("CASE a WHEN 1 THEN 'one' END", "(case a (when 1 'one'))")]
    [InlineData("CASE a + 1 WHEN b THEN c ELSE d END", "(case (+ a 1) (when b c) (else d))")]
    [InlineData("CAST(x AS BIGINT)", "(cast x BIGINT)")]
    [InlineData("CAST(x AS DECIMAL(10, 2))", "(cast x DECIMAL(10,2))")]
    [InlineData("CAST(x AS SIGNED)", "(cast x SIGNED)")]
    [InlineData("CAST(NULL AS INTEGER) / - 0", "(/ (cast NULL INTEGER) (- 0))")]
    [InlineData("x::DOUBLE PRECISION", "(cast x DOUBLE)")]
    [InlineData("EXTRACT(YEAR FROM d)", "(extract YEAR d)")]
    [InlineData("extract(dow from d)", "(extract DOW d)")]
    [InlineData("SUBSTRING(s FROM 2 FOR 3)", "(SUBSTRING s 2 3)")]
    [InlineData("SUBSTRING(s FROM 2)", "(SUBSTRING s 2)")]
    [InlineData("substring(s, 2, 3)", "(substring s 2 3)")]
    [InlineData("SUBSTRING(s FOR 3)", "(SUBSTRING s 1 3)")]
    [InlineData("POSITION('b' IN s)", "(POSITION 'b' s)")]
    [InlineData("TRIM(s)", "(trim both s)")]
    [InlineData("TRIM(BOTH FROM s)", "(trim both s)")]
    [InlineData("TRIM(LEADING 'x' FROM s)", "(trim leading 'x' s)")]
    [InlineData("TRIM(TRAILING FROM s)", "(trim trailing s)")]
    [InlineData("TRIM(' ' FROM s)", "(trim both ' ' s)")]
    [InlineData("NULLIF(a, 0)", "(NULLIF a 0)")]
    [InlineData("COALESCE(a, b, 0)", "(COALESCE a b 0)")]
    [InlineData("abs(- col1)", "(abs (- col1))")]
    public void SpecialForms(string sql, string expected) => Assert.Equal(expected, PrintExpression(sql));

    [Theory]
    [InlineData("COUNT(*)", "(COUNT *)")]
    [InlineData("COUNT ( * )", "(COUNT *)")]
    [InlineData("COUNT(DISTINCT a)", "(COUNT distinct a)")]
    [InlineData("COUNT(ALL a)", "(COUNT a)")]
    [InlineData("now()", "(now)")]
    [InlineData("f(a, b + 1)", "(f a (+ b 1))")]
    [InlineData("LEFT(s, 3)", "(LEFT s 3)")]
    [InlineData("right(s, 3)", "(right s 3)")]
    [InlineData("MOD(a, 2)", "(MOD a 2)")]
    [InlineData("year(d)", "(year d)")]
    [InlineData("\"My Func\"(a)", "(\"My Func\" a)")]
    [InlineData("SUM(x) FILTER (WHERE x > 0)", "(SUM x (filter (> x 0)))")]
    [InlineData("CURRENT_DATE", "(CURRENT_DATE)")]
    [InlineData("CURRENT_TIME", "(CURRENT_TIME)")]
    [InlineData("current_timestamp", "(current_timestamp)")]
    [InlineData("LOCALTIMESTAMP", "(LOCALTIMESTAMP)")]
    [InlineData("ROW_NUMBER() OVER ()", "(ROW_NUMBER (over))")]
    [InlineData("SUM(x) OVER (PARTITION BY a, b ORDER BY c DESC)", "(SUM x (over (partition-by a b) (order-by (desc c))))")]
    [InlineData("SUM(x) OVER (ORDER BY ts RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW)",
        "(SUM x (over (order-by ts) \"RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW\"))")]
    [InlineData("AVG(x) OVER (ROWS UNBOUNDED PRECEDING)", "(AVG x (over \"ROWS UNBOUNDED PRECEDING\"))")]
    public void FunctionCalls(string sql, string expected) => Assert.Equal(expected, PrintExpression(sql));

    [Theory]
    [InlineData("a", "a")]
    [InlineData("t.a", "t.a")]
    [InlineData("s.t.a", "s.t.a")]
    [InlineData("\"Mixed Case\"", "\"Mixed Case\"")]
    [InlineData("\"a\"\"b\"", "\"a\"b\"")]
    [InlineData("`back`", "\"back\"")]
    [InlineData("col$1", "col$1")]
    [InlineData("_x", "_x")]
    [InlineData("été + 名前", "(+ été 名前)")]
    [InlineData("set + index + table + view + key + rows + unknown", "(+ (+ (+ (+ (+ (+ set index) table) view) key) rows) unknown)")]
    [InlineData("name + value + date + time + year + key + text + first + last + count + sum",
        "(+ (+ (+ (+ (+ (+ (+ (+ (+ (+ name value) date) time) year) key) text) first) last) count) sum)")]
    [InlineData("timestamp + interval + position + trim + substring + extract + filter + over",
        "(+ (+ (+ (+ (+ (+ (+ timestamp interval) position) trim) substring) extract) filter) over)")]
    public void Identifiers(string sql, string expected) => Assert.Equal(expected, PrintExpression(sql));

    [Fact]
    public void QuotedIdentifiersAreMarkedQuotedWithQuotesRemoved()
    {
        var column = Assert.IsType<ColumnReference>(ParseExpression("t.\"Col\"\"X\""));
        Assert.False(column.Parts[0].Quoted);
        Assert.True(column.Column.Quoted);
        Assert.Equal("Col\"X", column.Column.Text);
        Assert.Equal("t", column.Parts[0].Text);
    }

    [Fact]
    public void UnquotedIdentifiersKeepTheirSpelling()
    {
        var column = Assert.IsType<ColumnReference>(ParseExpression("MyCol"));
        Assert.Equal("MyCol", column.Column.Text);
        Assert.False(column.Column.Quoted);
    }

    [Fact]
    public void SpansCoverTheSourceOfEachNode()
    {
        var source = new SourceText("SELECT (a + b) * -c FROM t");
        var select = Assert.IsType<Select>(Assert.IsType<QueryStatement>(ParseStatement(source.Text)).Query);
        var multiply = Assert.IsType<BinaryExpression>(Assert.IsType<ExpressionItem>(select.Items[0]).Expression);
        Assert.Equal("(a + b) * -c", source.Slice(multiply.Span));
        Assert.Equal("*", source.Slice(multiply.OperatorSpan));
        Assert.Equal("a + b", source.Slice(multiply.Left.Span));
        Assert.Equal("-c", source.Slice(multiply.Right.Span));
        Assert.Equal("c", source.Slice(((UnaryExpression)multiply.Right).Operand.Span));
        Assert.Equal(new SourceSpan(7, 12), multiply.Span);
    }

    [Fact]
    public void SpansOfPredicatesCallsAndCasts()
    {
        const string sql = "SELECT x NOT BETWEEN 1 AND 2, COUNT(DISTINCT y) FILTER (WHERE y > 0), CAST(z AS INT), t.col FROM t";
        var source = new SourceText(sql);
        var select = Assert.IsType<Select>(Assert.IsType<QueryStatement>(ParseStatement(sql)).Query);
        string Item(int i) => source.Slice(Assert.IsType<ExpressionItem>(select.Items[i]).Expression.Span);
        Assert.Equal("x NOT BETWEEN 1 AND 2", Item(0));
        Assert.Equal("COUNT(DISTINCT y) FILTER (WHERE y > 0)", Item(1));
        Assert.Equal("CAST(z AS INT)", Item(2));
        Assert.Equal("t.col", Item(3));
        var call = Assert.IsType<FunctionCall>(Assert.IsType<ExpressionItem>(select.Items[1]).Expression);
        Assert.Equal("COUNT", source.Slice(call.Name.Span));
        var cast = Assert.IsType<CastExpression>(Assert.IsType<ExpressionItem>(select.Items[2]).Expression);
        Assert.Equal("INT", source.Slice(cast.Type.Span));
    }
}
