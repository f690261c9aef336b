using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests.Strings;

/// <summary>CHAR(n), CONCAT and string-literal conversions against PostgreSQL 15's answers (issue 11).</summary>
public class StringSemanticsTests
{
    private static Pipeline Run(string sql, Action<Pipeline> load)
    {
        var program = SqlProgram.Compile(sql);
        Assert.True(program.Success, program.RenderDiagnostics());
        var p = program.CreatePipeline();
        load(p);
        p.Step();
        return p;
    }

    private static object?[] Single(Pipeline p, string view) => Assert.Single(p.Output(view).Contents);

    [Fact]
    public void CharComparisonsIgnoreTrailingSpaces()
    {
        var p = Run("""
            CREATE TABLE t (c CHAR(10) NOT NULL, v VARCHAR(10));
            CREATE MATERIALIZED VIEW eq AS SELECT COUNT(*) AS n FROM t WHERE c = 'FURNITURE';
            CREATE MATERIALIZED VIEW ne AS SELECT COUNT(*) AS n FROM t WHERE c <> 'FURNITURE';
            CREATE MATERIALIZED VIEW padded AS SELECT COUNT(*) AS n FROM t WHERE c = 'FURNITURE  ';
            CREATE MATERIALIZED VIEW inlist AS SELECT COUNT(*) AS n FROM t WHERE c IN ('FURNITURE', 'X');
            CREATE MATERIALIZED VIEW withvarchar AS SELECT COUNT(*) AS n FROM t WHERE c = v;
            CREATE MATERIALIZED VIEW castvarchar AS SELECT COUNT(*) AS n FROM t WHERE CAST(c AS VARCHAR) = v;
            CREATE MATERIALIZED VIEW lengths AS SELECT c, CHAR_LENGTH(c) AS len, '[' || c || ']' AS cat, CONCAT('[', c, ']') AS fn,
              c LIKE '%TURE' AS l1, c LIKE 'FURNITURE%' AS l2 FROM t WHERE v = 'FURNITURE';
            """, p =>
        {
            p.Input("t").Insert("FURNITURE", "FURNITURE");
            p.Input("t").Insert("AB", "AB  ");
        });
        Assert.Equal(1L, Single(p, "eq")[0]);
        Assert.Equal(1L, Single(p, "ne")[0]);
        Assert.Equal(1L, Single(p, "padded")[0]);
        Assert.Equal(1L, Single(p, "inlist")[0]);
        Assert.Equal(2L, Single(p, "withvarchar")[0]);
        Assert.Equal(1L, Single(p, "castvarchar")[0]);
        Assert.Equal(["FURNITURE ", 9, "[FURNITURE]", "[FURNITURE ]", false, true], Single(p, "lengths"));
    }

    [Fact]
    public void CharKeysGroupJoinAndSortIgnoringPadding()
    {
        var p = Run("""
            CREATE TABLE a (k CHAR(5) NOT NULL, x INT NOT NULL);
            CREATE TABLE b (k VARCHAR(8) NOT NULL, y INT NOT NULL);
            CREATE TABLE c (k CHAR(8) NOT NULL);
            CREATE MATERIALIZED VIEW g AS SELECT k, COUNT(*) AS n FROM a GROUP BY k;
            CREATE MATERIALIZED VIEW d AS SELECT DISTINCT k FROM a;
            CREATE MATERIALIZED VIEW j AS SELECT a.x, b.y FROM a JOIN b ON a.k = b.k;
            CREATE MATERIALIZED VIEW jc AS SELECT a.x FROM a JOIN c ON a.k = c.k;
            CREATE MATERIALIZED VIEW o AS SELECT k FROM a ORDER BY k LIMIT 1;
            """, p =>
        {
            p.Input("a").Insert("R", 1);
            p.Input("a").Insert("R  ", 2);
            p.Input("a").Insert("A", 3);
            p.Input("b").Insert("R", 10);
            p.Input("b").Insert("R ", 20);
            p.Input("c").Insert("R");
        });
        var groups = p.Output("g").Contents.Select(r => ((string)r[0]!, (long)r[1]!)).OrderBy(x => x.Item1).ToArray();
        Assert.Equal([("A    ", 1L), ("R    ", 2L)], groups);
        Assert.Equal(2, p.Output("d").Contents.Count);
        // VARCHAR 'R ' keeps its trailing space: it is compared as CHAR (PostgreSQL resolves bpchar = varchar to bpchar).
        Assert.Equal(4, p.Output("j").Contents.Count);
        Assert.Equal(2, p.Output("jc").Contents.Count);
        Assert.Equal("A    ", Single(p, "o")[0]);
    }

    [Fact]
    public void CharValuesMeetingOtherStringsKeepTheirOwnPadding()
    {
        // PostgreSQL 15: the common type of CHAR(3) with CHAR(5), VARCHAR or a literal is bpchar (first type wins), whose
        // values keep the padding each had; its comparisons, grouping and set operations ignore that padding.
        var p = Run("""
            CREATE TABLE t (id INT NOT NULL, c3 CHAR(3), c5 CHAR(5), v VARCHAR(5));
            CREATE MATERIALIZED VIEW co AS SELECT id, COALESCE(c3, 'zz') AS x, COALESCE(c3, c5) AS y, COALESCE(v, c3) AS z FROM t;
            CREATE MATERIALIZED VIEW ua AS SELECT c3 AS x FROM t UNION ALL SELECT c5 FROM t;
            CREATE MATERIALIZED VIEW u AS SELECT c3 AS x FROM t UNION SELECT c5 FROM t;
            CREATE MATERIALIZED VIEW g AS SELECT COALESCE(c5, c3) AS k, COUNT(*) AS n FROM t GROUP BY COALESCE(c5, c3);
            CREATE MATERIALIZED VIEW i AS SELECT c5 AS x FROM t INTERSECT SELECT c3 FROM t;
            """, p =>
        {
            p.Input("t").Insert(1, "a", "a", "a");
            p.Input("t").Insert(2, null, "b", "b  ");
            p.Input("t").Insert(3, "b", null, null);
        });
        // The column's values in ordinal order, NULL first, joined with '|' (so the padding is visible).
        string Column(string view, int column) =>
            string.Join("|", p.Output(view).Contents.Select(r => (string?)r[column]).Order(StringComparer.Ordinal).Select(v => v ?? "NULL"));
        Assert.Equal("a  |b  |zz", Column("co", 1));
        Assert.Equal("a  |b  |b    ", Column("co", 2));
        Assert.Equal("a|b|b  ", Column("co", 3));
        Assert.Equal("NULL|NULL|a  |a    |b  |b    ", Column("ua", 0));
        Assert.Equal("NULL|a|b", string.Join("|", Column("u", 0).Split('|').Select(x => x.TrimEnd())));
        Assert.Equal([1L, 2L], p.Output("g").Contents.OrderBy(r => (string?)r[0], StringComparer.Ordinal).Select(r => r[1]));
        // A group shows its least padded member ('b  ' of 'b    ' and 'b  '), and follows deletions.
        Assert.Equal("a    |b  ", Column("g", 0));
        p.Input("t").Delete(1, "a", "a", "a");
        p.Input("t").Insert(4, "a", null, null);
        p.Input("t").Insert(5, null, "a", null);
        p.Step();
        Assert.Equal("a  |b  ", Column("g", 0));
        p.Input("t").Delete(4, "a", null, null);
        p.Step();
        Assert.Equal("a    |b  ", Column("g", 0));
        Assert.Equal("NULL|b    ", Column("i", 0));
    }

    [Fact]
    public void TpchStyleCharFlagsAndSegments()
    {
        var p = Run("""
            CREATE TABLE customer (c_custkey INT NOT NULL, c_mktsegment CHAR(10) NOT NULL);
            CREATE TABLE part (p_partkey INT NOT NULL, p_type VARCHAR(25) NOT NULL, p_container CHAR(10) NOT NULL);
            CREATE TABLE lineitem (l_partkey INT NOT NULL, l_custkey INT NOT NULL, l_returnflag CHAR(1) NOT NULL,
              l_linestatus CHAR(1) NOT NULL, l_shipmode CHAR(10) NOT NULL, l_quantity INT NOT NULL);
            CREATE MATERIALIZED VIEW q1 AS SELECT l_returnflag, l_linestatus, SUM(l_quantity) AS qty, COUNT(*) AS n
              FROM lineitem GROUP BY l_returnflag, l_linestatus;
            CREATE MATERIALIZED VIEW q AS SELECT SUM(l_quantity) AS qty
              FROM lineitem JOIN customer ON l_custkey = c_custkey JOIN part ON l_partkey = p_partkey
              WHERE c_mktsegment = 'BUILDING' AND l_shipmode IN ('MAIL', 'SHIP') AND p_type LIKE '%BRASS'
                AND p_container IN ('SM CASE', 'SM BOX') AND l_returnflag = 'R';
            """, p =>
        {
            p.Input("customer").Insert(1, "BUILDING");
            p.Input("customer").Insert(2, "MACHINERY");
            p.Input("part").Insert(10, "SMALL PLATED BRASS", "SM CASE");
            p.Input("part").Insert(20, "LARGE BRUSHED STEEL", "LG BOX");
            p.Input("lineitem").Insert(10, 1, "R", "F", "MAIL", 5);
            p.Input("lineitem").Insert(10, 2, "N", "O", "SHIP", 7);
            p.Input("lineitem").Insert(20, 1, "R", "F", "AIR", 11);
            p.Input("lineitem").Insert(20, 1, "A", "F", "MAIL", 13);
        });
        // PostgreSQL 15: A|F|13|1, N|O|7|1, R|F|16|2 and 5.
        var q1 = p.Output("q1").Contents.Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["A|F|13|1", "N|O|7|1", "R|F|16|2"], q1);
        Assert.Equal(5L, Single(p, "q")[0]);
    }

    [Fact]
    public void InsertIntoCharPadsOnOutputAndTruncatesLongValues()
    {
        var p = Run("""
            CREATE TABLE t (c CHAR(3));
            CREATE MATERIALIZED VIEW v AS SELECT c, CAST(c AS VARCHAR) || '|' AS s FROM t;
            """, p =>
        {
            p.Input("t").Insert("ab");
            p.Input("t").Insert("abcdef");
            p.Input("t").Insert(new object?[] { null });
        });
        var rows = p.Output("v").Contents.OrderBy(r => (string?)r[0]).ToArray();
        Assert.Equal([null, null], rows[0]);
        Assert.Equal(["ab ", "ab|"], rows[1]);
        Assert.Equal(["abc", "abc|"], rows[2]);
    }

    [Fact]
    public void ConcatSkipsNullsAndIsNeverNull()
    {
        var p = Run("""
            CREATE TABLE t (a VARCHAR, b INT);
            CREATE MATERIALIZED VIEW v AS SELECT CONCAT('x', a) AS c1, CONCAT(a, b) AS c2, CONCAT('x', NULL) AS c3, 'x' || a AS c4 FROM t;
            """, p => p.Input("t").Insert(null, null));
        Assert.Equal(["x", "", "x", null], Single(p, "v"));
    }

    [Fact]
    public void ValidStringLiteralsAreConvertedAtCompileTime()
    {
        var p = Run("""
            CREATE TABLE t (i INT NOT NULL, d DATE NOT NULL, b BOOLEAN NOT NULL, ts TIMESTAMP NOT NULL, tm TIME NOT NULL);
            CREATE MATERIALIZED VIEW v AS SELECT i + '1' AS j FROM t WHERE i = '5' AND i IN ('5', ' 6 ') AND d = '1998-12-01' AND b = 'true'
              AND ts = '2024-01-31 10:00:00.5' AND tm > '12:30:00.1234566' AND tm < '12:30:00.1234568';
            """, p => p.Input("t").Insert(5, new DateOnly(1998, 12, 1), true, new DateTime(2024, 1, 31, 10, 0, 0, 500, DateTimeKind.Unspecified),
                new TimeOnly(12, 30, 0).Add(TimeSpan.FromTicks(1234567))));
        Assert.Equal([6], Single(p, "v"));
    }

    [Fact]
    public void UnaryPlusIsIdentityOnStrings()
    {
        var p = Run("""
            CREATE TABLE t (a VARCHAR);
            CREATE MATERIALIZED VIEW v AS SELECT +a AS x, +'lit' AS y FROM t;
            """, p => p.Input("t").Insert("s"));
        Assert.Equal(["s", "lit"], Single(p, "v"));
    }
}
