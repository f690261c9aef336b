using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using static Sql2Dbsp.Compiler.Tests.Parsing.ParsingTestHelpers;

namespace Sql2Dbsp.Compiler.Tests.Parsing;

public sealed class QueryParsingTests
{
    [Theory]
    [InlineData("SELECT 1", "(select (1))")]
    [InlineData("SELECT ALL a FROM t", "(select (a) (from t))")]
    [InlineData("SELECT DISTINCT a, b FROM t", "(select-distinct (a b) (from t))")]
    [InlineData("SELECT *, t.*, s.t.* FROM t", "(select (* t.* s.t.*) (from t))")]
    [InlineData("SELECT a AS x, b y, c AS \"Z\" FROM t", "(select ((as a x) (as b y) (as c \"Z\")) (from t))")]
    [InlineData("SELECT a value, b AS date FROM t", "(select ((as a value) (as b date)) (from t))")]
    [InlineData("SELECT a FROM t WHERE a > 1 GROUP BY a, b HAVING COUNT(*) > 2",
        "(select (a) (from t) (where (> a 1)) (group-by a b) (having (> (COUNT *) 2)))")]
    [InlineData("SELECT - col2 col0 FROM tab0 AS cor0 WHERE NOT ( 78 ) IS NULL",
        "(select ((as (- col2) col0)) (from (as tab0 cor0)) (where (not (is-null 78))))")]
    public void Selects(string sql, string expected) => Assert.Equal(expected, PrintQuery(sql));

    [Theory]
    [InlineData("SELECT 1 UNION SELECT 2", "(union (select (1)) (select (2)))")]
    [InlineData("SELECT 1 UNION ALL SELECT 2", "(union-all (select (1)) (select (2)))")]
    [InlineData("SELECT 1 UNION DISTINCT SELECT 2", "(union (select (1)) (select (2)))")]
    [InlineData("SELECT 1 EXCEPT SELECT 2 UNION SELECT 3", "(union (except (select (1)) (select (2))) (select (3)))")]
    [InlineData("SELECT 1 UNION SELECT 2 INTERSECT SELECT 3", "(union (select (1)) (intersect (select (2)) (select (3))))")]
    [InlineData("SELECT 1 INTERSECT SELECT 2 UNION SELECT 3", "(union (intersect (select (1)) (select (2))) (select (3)))")]
    [InlineData("SELECT 1 INTERSECT ALL SELECT 2 INTERSECT SELECT 3", "(intersect (intersect-all (select (1)) (select (2))) (select (3)))")]
    [InlineData("SELECT 1 EXCEPT ALL (SELECT 2 UNION SELECT 3)", "(except-all (select (1)) (union (select (2)) (select (3))))")]
    [InlineData("(SELECT 1)", "(select (1))")]
    [InlineData("((SELECT 1) UNION (SELECT 2))", "(union (select (1)) (select (2)))")]
    [InlineData("VALUES (1, 'a'), (2, 'b')", "(values (1 'a') (2 'b'))")]
    [InlineData("VALUES (1) UNION SELECT 2", "(union (values (1)) (select (2)))")]
    public void SetOperationsAndValues(string sql, string expected) => Assert.Equal(expected, PrintQuery(sql));

    [Theory]
    [InlineData("SELECT a FROM t ORDER BY a", "(query (select (a) (from t)) (order-by a))")]
    [InlineData("SELECT a FROM t ORDER BY a DESC, b ASC NULLS LAST, c NULLS FIRST",
        "(query (select (a) (from t)) (order-by (desc a) (asc b nulls-last) (asc c nulls-first)))")]
    [InlineData("SELECT a FROM t LIMIT 10", "(query (select (a) (from t)) (limit 10))")]
    [InlineData("SELECT a FROM t LIMIT 10 OFFSET 5", "(query (select (a) (from t)) (limit 10) (offset 5))")]
    [InlineData("SELECT a FROM t OFFSET 5 ROWS", "(query (select (a) (from t)) (offset 5))")]
    [InlineData("SELECT a FROM t OFFSET 5 LIMIT 10", "(query (select (a) (from t)) (limit 10) (offset 5))")]
    [InlineData("SELECT a FROM t OFFSET 5 ROWS FETCH NEXT 3 ROWS ONLY", "(query (select (a) (from t)) (limit 3) (offset 5))")]
    [InlineData("SELECT a FROM t FETCH FIRST 3 ROWS ONLY", "(query (select (a) (from t)) (limit 3))")]
    [InlineData("SELECT a FROM t FETCH FIRST ROW ONLY", "(query (select (a) (from t)) (limit 1))")]
    [InlineData("SELECT 1 UNION SELECT 2 ORDER BY 1 LIMIT 1", "(query (union (select (1)) (select (2))) (order-by 1) (limit 1))")]
    [InlineData("(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL SELECT b FROM u",
        "(union-all (query (select (a) (from t)) (order-by a) (limit 1)) (select (b) (from u)))")]
    [InlineData("WITH c AS (SELECT 1 AS x) SELECT x FROM c", "(query (with (c (select ((as 1 x))))) (select (x) (from c)))")]
    [InlineData("WITH c (x, y) AS (VALUES (1, 2)), d AS (SELECT * FROM c) SELECT * FROM d",
        "(query (with (c (x y) (values (1 2))) (d (select (*) (from c)))) (select (*) (from d)))")]
    [InlineData("WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r",
        "(query (with-recursive (r (n) (union-all (select (1)) (select ((+ n 1)) (from r) (where (< n 10)))))) (select (n) (from r)))")]
    public void QueryWrapper(string sql, string expected) => Assert.Equal(expected, PrintQuery(sql));

    [Fact]
    public void QueryWrapperOnlyWhenNeeded()
    {
        Assert.IsType<Select>(ParseQuery("SELECT a FROM t"));
        Assert.IsType<SetOperation>(ParseQuery("SELECT a FROM t UNION SELECT b FROM u"));
        Assert.IsType<Query>(ParseQuery("SELECT a FROM t ORDER BY a"));
    }

    [Fact]
    public void FetchFirstRowOnlyIsASynthesizedOne()
    {
        var query = Assert.IsType<Query>(ParseQuery("SELECT a FROM t FETCH FIRST ROW ONLY"));
        var limit = Assert.IsType<NumericLiteral>(query.Limit);
        Assert.Equal("1", limit.Text);
        Assert.True(limit.Span.IsNone);
    }

    [Theory]
    [InlineData("SELECT * FROM a, b AS x, c y", "(select (*) (from a (as b x) (as c y)))")]
    [InlineData("SELECT * FROM s.t", "(select (*) (from s.t))")]
    [InlineData("SELECT * FROM t AS x (a, b)", "(select (*) (from (as t x (a b))))")]
    [InlineData("SELECT * FROM a JOIN b ON a.id = b.id", "(select (*) (from (inner-join a b (on (= a.id b.id)))))")]
    [InlineData("SELECT * FROM a INNER JOIN b USING (id, k)", "(select (*) (from (inner-join a b (using id k))))")]
    [InlineData("SELECT * FROM a LEFT JOIN b ON TRUE", "(select (*) (from (left-join a b (on TRUE))))")]
    [InlineData("SELECT * FROM a LEFT OUTER JOIN b ON TRUE", "(select (*) (from (left-join a b (on TRUE))))")]
    [InlineData("SELECT * FROM a RIGHT JOIN b ON TRUE", "(select (*) (from (right-join a b (on TRUE))))")]
    [InlineData("SELECT * FROM a FULL OUTER JOIN b ON TRUE", "(select (*) (from (full-join a b (on TRUE))))")]
    [InlineData("SELECT * FROM a CROSS JOIN b", "(select (*) (from (cross-join a b)))")]
    [InlineData("SELECT * FROM a NATURAL JOIN b", "(select (*) (from (natural-inner-join a b)))")]
    [InlineData("SELECT * FROM a NATURAL LEFT JOIN b", "(select (*) (from (natural-left-join a b)))")]
    [InlineData("SELECT * FROM a NATURAL FULL OUTER JOIN b", "(select (*) (from (natural-full-join a b)))")]
    [InlineData("SELECT * FROM a JOIN b ON x JOIN c ON y", "(select (*) (from (inner-join (inner-join a b (on x)) c (on y))))")]
    [InlineData("SELECT * FROM a JOIN (b JOIN c ON y) ON x", "(select (*) (from (inner-join a (inner-join b c (on y)) (on x))))")]
    [InlineData("SELECT * FROM (a CROSS JOIN b), c", "(select (*) (from (cross-join a b) c))")]
    [InlineData("SELECT * FROM tab0 cor0 CROSS JOIN tab1 AS cor1", "(select (*) (from (cross-join (as tab0 cor0) (as tab1 cor1))))")]
    [InlineData("SELECT * FROM (SELECT 1) AS s", "(select (*) (from (derived (select (1)) s)))")]
    [InlineData("SELECT * FROM (SELECT 1 AS a) s (x)", "(select (*) (from (derived (select ((as 1 a))) s (x))))")]
    [InlineData("SELECT * FROM (SELECT 1)", "(select (*) (from (derived (select (1)))))")]
    [InlineData("SELECT * FROM (VALUES (1, 2), (3, 4)) AS t(a, b)", "(select (*) (from (derived (values (1 2) (3 4)) t (a b))))")]
    [InlineData("SELECT * FROM ((SELECT 1) AS s JOIN t ON TRUE)", "(select (*) (from (inner-join (derived (select (1)) s) t (on TRUE))))")]
    public void From(string sql, string expected) => Assert.Equal(expected, PrintQuery(sql));

    [Fact]
    public void QuerySpans()
    {
        const string sql = "SELECT a FROM t AS x JOIN u ON x.id = u.id UNION ALL (SELECT b FROM v) ORDER BY 1";
        var source = new SourceText(sql);
        var query = Assert.IsType<Query>(ParseQuery(sql));
        Assert.Equal(sql, source.Slice(query.Span));
        var union = Assert.IsType<SetOperation>(query.Body);
        Assert.Equal("SELECT a FROM t AS x JOIN u ON x.id = u.id UNION ALL (SELECT b FROM v)", source.Slice(union.Span));
        var left = Assert.IsType<Select>(union.Left);
        Assert.Equal("SELECT a FROM t AS x JOIN u ON x.id = u.id", source.Slice(left.Span));
        var join = Assert.IsType<JoinedTable>(left.From[0]);
        Assert.Equal("t AS x JOIN u ON x.id = u.id", source.Slice(join.Span));
        Assert.Equal("t AS x", source.Slice(join.Left.Span));
        Assert.Equal("SELECT b FROM v", source.Slice(union.Right.Span));
        Assert.Equal("1", source.Slice(query.OrderBy[0].Span));
    }
}
