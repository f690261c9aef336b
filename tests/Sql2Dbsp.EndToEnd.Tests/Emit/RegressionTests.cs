using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.EndToEnd.Tests.Emit;

/// <summary>Programs that once produced C# that did not compile or compiled with warnings; each runs and is checked.</summary>
public class RegressionTests
{
    private static Runtime.Circuits.Circuit Build(string sql)
    {
        var source = new SourceText(sql, "regression.sql");
        var result = SqlCompiler.Compile(source);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var factory = GeneratedPrograms.Load(new EmitRequest("Regression", result.Incremental!, result.Reference!, source.Location));
        return factory.BuildIncremental();
    }

    [Fact]
    public void NotNullStringOperandsGiveNotNullResults()
    {
        var c = Build("""
            CREATE TABLE t (s VARCHAR NOT NULL, n VARCHAR NOT NULL);
            CREATE VIEW v AS SELECT s, s < 'm' AS early, s LIKE 'a%' AS a, CHAR_LENGTH(s) AS len, POSITION('b' IN s) AS b,
              CAST(n AS INT) AS i, 'B' < 'a' AS upper_first FROM t WHERE s = 'abc' OR s > 'x';
            """);
        GeneratedPrograms.Insert(c, "t", "abc", "42");
        GeneratedPrograms.Insert(c, "t", "zz", "-7");
        GeneratedPrograms.Insert(c, "t", "mmm", "1");
        c.Step();
        Assert.Equal(["('abc', True, True, 3, 2, 42, True) x1", "('zz', False, False, 2, 0, -7, True) x1"], GeneratedPrograms.Read(c, "v"));
    }

    [Fact]
    public void ConstantViewsOfTheSameShapeStayApart()
    {
        var c = Build("""
            CREATE VIEW a AS SELECT 1 NOT IN (2) AS x, 'p' AS s;
            CREATE VIEW b AS SELECT 1 IN (2) AS x, 'q' AS s;
            CREATE VIEW c AS VALUES (1, 'x'), (2, 'y');
            CREATE VIEW d AS VALUES (1, 'x'), (3, 'y');
            """);
        c.Step();
        Assert.Equal(["(True, 'p') x1"], GeneratedPrograms.Read(c, "a"));
        Assert.Equal(["(False, 'q') x1"], GeneratedPrograms.Read(c, "b"));
        Assert.Equal(["(1, 'x') x1", "(2, 'y') x1"], GeneratedPrograms.Read(c, "c"));
        Assert.Equal(["(1, 'x') x1", "(3, 'y') x1"], GeneratedPrograms.Read(c, "d"));
    }

    /// <summary>Stateful operators over different constants must get different persistent ids.</summary>
    [Fact]
    public void DistinctOverDifferentConstantsHasDistinctIds()
    {
        var c = Build("""
            CREATE VIEW v1 (c1) AS SELECT DISTINCT 5;
            CREATE VIEW v2 (c1) AS SELECT DISTINCT 7;
            """);
        c.Step();
        Assert.Equal(["(5) x1"], GeneratedPrograms.Read(c, "v1"));
        Assert.Equal(["(7) x1"], GeneratedPrograms.Read(c, "v2"));
    }

    /// <summary>Folding drops the NULL branch; the CASE stays nullable and the C# conditional must be too.</summary>
    [Fact]
    public void NullableCaseWhoseNullBranchWasFoldedAway()
    {
        var c = Build("""
            CREATE TABLE t (a INT NOT NULL);
            CREATE VIEW v AS SELECT -(CASE WHEN a > 1 THEN 71 WHEN 54 + -31 = 16 THEN NULL ELSE 43 END) AS x,
              -69 / CASE -47 WHEN -COALESCE(-CASE 16 WHEN a THEN 71 WHEN 54 + -31 THEN NULL ELSE 43 END, 8) THEN NULL WHEN 7 THEN NULL ELSE 99 END AS y
              FROM t;
            """);
        GeneratedPrograms.Insert(c, "t", 5);
        GeneratedPrograms.Insert(c, "t", 0);
        c.Step();
        Assert.Equal(["(-43, 0) x1", "(-71, 0) x1"], GeneratedPrograms.Read(c, "v"));
    }

    [Fact]
    public void ExtractSecondAndEpochKeepTheFraction()
    {
        var c = Build("""
            CREATE TABLE t (ts TIMESTAMP NOT NULL);
            CREATE VIEW v AS SELECT EXTRACT(SECOND FROM ts) AS s, EXTRACT(EPOCH FROM ts) AS e, EXTRACT(MINUTE FROM ts) AS m FROM t;
            """);
        GeneratedPrograms.Insert(c, "t", new DateTime(1970, 1, 1, 0, 1, 2, 500, DateTimeKind.Utc));
        c.Step();
        Assert.Equal(["(2.500000, 62.500000, 1) x1"], GeneratedPrograms.Read(c, "v"));
    }

    [Fact]
    public void NotInOverNotNullColumnCompilesWithoutWarnings()
    {
        var c = Build("""
            CREATE TABLE a (x INT NOT NULL);
            CREATE TABLE b (y INT NOT NULL);
            CREATE VIEW v AS SELECT x, x NOT IN (SELECT y FROM b) AS missing FROM a;
            """);
        GeneratedPrograms.Insert(c, "a", 1);
        GeneratedPrograms.Insert(c, "a", 2);
        GeneratedPrograms.Insert(c, "b", 2);
        c.Step();
        Assert.Equal(["(1, True) x1", "(2, False) x1"], GeneratedPrograms.Read(c, "v"));
    }
}
