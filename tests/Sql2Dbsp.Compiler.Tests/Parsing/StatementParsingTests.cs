using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using static Sql2Dbsp.Compiler.Tests.Parsing.ParsingTestHelpers;

namespace Sql2Dbsp.Compiler.Tests.Parsing;

public sealed class StatementParsingTests
{
    [Theory]
    [InlineData("CREATE TABLE t (a INT)", "(create-table t ((a INT)))")]
    [InlineData("create table T1( x INTEGER, y VARCHAR(8) )", "(create-table T1 ((x INTEGER) (y VARCHAR(8))))")]
    [InlineData("CREATE TABLE t (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR NULL, price DECIMAL(10, 2) DEFAULT 0)",
        "(create-table t ((id BIGINT not-null primary-key) (name VARCHAR) (price DECIMAL(10,2) (default 0))))")]
    [InlineData("CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b))", "(create-table t ((a INT) (b INT)) (primary-key a b))")]
    [InlineData("CREATE TABLE t (a INT, CONSTRAINT pk PRIMARY KEY (a))", "(create-table t ((a INT)) (primary-key a))")]
    [InlineData("CREATE TABLE t (a INT DEFAULT 1 NOT NULL)", "(create-table t ((a INT not-null (default 1))))")]
    [InlineData("CREATE TABLE t (a TEXT UNIQUE, b INT REFERENCES u(id), UNIQUE (a), FOREIGN KEY (b) REFERENCES u (id))",
        "(create-table t ((a TEXT) (b INT)))")]
    [InlineData("CREATE TABLE \"T\" (\"Col\" INT)", "(create-table \"T\" ((\"Col\" INT)))")]
    [InlineData("CREATE TABLE t (name VARCHAR, value INT, key INT, date DATE, time TIME, year INT, text TEXT, first INT, count INT)",
        "(create-table t ((name VARCHAR) (value INT) (key INT) (date DATE) (time TIME) (year INT) (text TEXT) (first INT) (count INT)))")]
    public void CreateTable(string sql, string expected) => Assert.Equal(expected, PrintStatement(sql));

    [Theory]
    [InlineData("BOOLEAN", "BOOLEAN")]
    [InlineData("TINYINT", "TINYINT")]
    [InlineData("SMALLINT", "SMALLINT")]
    [InlineData("int", "INT")]
    [InlineData("INTEGER", "INTEGER")]
    [InlineData("BIGINT", "BIGINT")]
    [InlineData("DECIMAL(10,2)", "DECIMAL(10,2)")]
    [InlineData("NUMERIC(5)", "NUMERIC(5)")]
    [InlineData("DEC", "DEC")]
    [InlineData("REAL", "REAL")]
    [InlineData("DOUBLE", "DOUBLE")]
    [InlineData("DOUBLE PRECISION", "DOUBLE")]
    [InlineData("FLOAT", "FLOAT")]
    [InlineData("CHAR(3)", "CHAR(3)")]
    [InlineData("CHARACTER(3)", "CHARACTER(3)")]
    [InlineData("VARCHAR(20)", "VARCHAR(20)")]
    [InlineData("CHARACTER VARYING(20)", "VARCHAR(20)")]
    [InlineData("CHAR VARYING", "VARCHAR")]
    [InlineData("VARCHAR", "VARCHAR")]
    [InlineData("TEXT", "TEXT")]
    [InlineData("STRING", "STRING")]
    [InlineData("DATE", "DATE")]
    [InlineData("TIME", "TIME")]
    [InlineData("TIMESTAMP", "TIMESTAMP")]
    [InlineData("TIMESTAMP(3)", "TIMESTAMP(3)")]
    [InlineData("INTERVAL", "INTERVAL")]
    [InlineData("INTERVAL DAY", "INTERVAL DAY")]
    [InlineData("INTERVAL DAY TO SECOND", "INTERVAL DAY TO SECOND")]
    [InlineData("interval years to months", "INTERVAL YEAR TO MONTH")]
    [InlineData("VARBINARY", "VARBINARY")]
    [InlineData("BINARY(4)", "BINARY(4)")]
    [InlineData("BYTEA", "BYTEA")]
    public void ColumnTypes(string type, string expected) =>
        Assert.Equal($"(create-table t ((c {expected})))", PrintStatement($"CREATE TABLE t (c {type})"));

    [Fact]
    public void TableProperties()
    {
        const string sql = "CREATE TABLE t (a INT) WITH ('connectors' = '[{\"name\": \"it''s\"}]', 'materialized' = 'true')";
        var source = new SourceText(sql);
        var table = Assert.IsType<CreateTable>(ParseStatement(sql));
        Assert.Equal(2, table.Properties.Length);
        var connectors = table.Properties[0];
        Assert.Equal("connectors", connectors.Key);
        Assert.Equal("[{\"name\": \"it's\"}]", connectors.Value);
        Assert.Equal("'connectors'", source.Slice(connectors.KeySpan));
        Assert.Equal("'[{\"name\": \"it''s\"}]'", source.Slice(connectors.ValueSpan));
        Assert.Equal("'connectors' = '[{\"name\": \"it''s\"}]'", source.Slice(connectors.Span));
        Assert.Equal(("materialized", "true"), (table.Properties[1].Key, table.Properties[1].Value));
        Assert.Equal(sql, source.Slice(table.Span));
    }

    [Fact]
    public void ColumnDefinitionSpans()
    {
        const string sql = "CREATE TABLE t (id BIGINT NOT NULL, price DECIMAL(10, 2))";
        var source = new SourceText(sql);
        var table = Assert.IsType<CreateTable>(ParseStatement(sql));
        Assert.Equal("id BIGINT NOT NULL", source.Slice(table.Columns[0].Span));
        Assert.Equal("id", source.Slice(table.Columns[0].Name.Span));
        Assert.Equal("DECIMAL(10, 2)", source.Slice(table.Columns[1].Type.Span));
        Assert.Empty(table.Columns[0].Properties);
    }

    [Fact]
    public void TwoPrimaryKeyClausesAreAnError()
    {
        var result = ParseScript("CREATE TABLE t (a INT, b INT, PRIMARY KEY (a), PRIMARY KEY (b))");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.InvalidStatement, error.Code);
        Assert.Equal("table 't' has more than one PRIMARY KEY clause", error.Message);
        Assert.Equal("PRIMARY KEY (b)", result.Source.Slice(error.Span));
        Assert.Equal("PRIMARY KEY (a)", result.Source.Slice(Assert.Single(error.Notes).Span));
    }

    [Fact]
    public void CheckConstraintsAreUnsupported()
    {
        var result = ParseScript("CREATE TABLE t (a INT CHECK (a > 0), CHECK (a < 10))");
        Assert.Equal(2, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal(ErrorCodes.Unsupported, d.Code));
        Assert.Equal("not supported yet: CHECK constraints", result.Diagnostics[0].Message);
        Assert.Equal("CHECK (a > 0)", result.Source.Slice(result.Diagnostics[0].Span));
        Assert.Single(result.Script.Statements);
    }

    [Fact]
    public void ConflictingNullabilityIsAnError()
    {
        var result = ParseScript("CREATE TABLE t (a INT NULL NOT NULL)");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("conflicting NULL and NOT NULL declarations for column 'a'", error.Message);
        Assert.Equal("NOT NULL", result.Source.Slice(error.Span));
    }

    [Theory]
    [InlineData("CREATE VIEW v AS SELECT * FROM t", "(create-view v (select (*) (from t)))")]
    [InlineData("CREATE MATERIALIZED VIEW v AS SELECT 1", "(create-view materialized v (select (1)))")]
    [InlineData("CREATE LOCAL VIEW v (a, b) AS VALUES (1, 2)", "(create-view local v (a b) (values (1 2)))")]
    [InlineData("CREATE VIEW v WITH ('connectors' = '[]') AS SELECT 1", "(create-view v (with ('connectors' = '[]')) (select (1)))")]
    [InlineData("CREATE VIEW v AS WITH c AS (SELECT 1) SELECT * FROM c ORDER BY 1 LIMIT 5",
        "(create-view v (query (with (c (select (1)))) (select (*) (from c)) (order-by 1) (limit 5)))")]
    [InlineData("DECLARE RECURSIVE VIEW r (n INT NOT NULL, s VARCHAR)", "(declare-recursive-view r ((n INT not-null) (s VARCHAR)))")]
    [InlineData("CREATE INDEX i ON t (a, b)", "(create-index i t (a b))")]
    [InlineData("CREATE UNIQUE INDEX t1i1 ON t1(x DESC, y ASC)", "(create-index t1i1 t1 (x y))")]
    [InlineData("DROP TABLE t", "(drop-table t)")]
    [InlineData("DROP TABLE IF EXISTS s.t", "(drop-table-if-exists s.t)")]
    [InlineData("DROP VIEW v", "(drop-view v)")]
    [InlineData("DROP VIEW IF EXISTS v", "(drop-view-if-exists v)")]
    [InlineData("DROP INDEX i", "(drop-index i)")]
    public void ViewsIndexesAndDrops(string sql, string expected) => Assert.Equal(expected, PrintStatement(sql));

    [Fact]
    public void ViewKinds()
    {
        Assert.Equal(ViewKind.Default, Assert.IsType<CreateView>(ParseStatement("CREATE VIEW v AS SELECT 1")).Kind);
        Assert.Equal(ViewKind.Materialized, Assert.IsType<CreateView>(ParseStatement("CREATE MATERIALIZED VIEW v AS SELECT 1")).Kind);
        Assert.Equal(ViewKind.Local, Assert.IsType<CreateView>(ParseStatement("CREATE LOCAL VIEW v AS SELECT 1")).Kind);
    }

    [Theory]
    [InlineData("INSERT INTO t VALUES (1, 'a'), (2, NULL)", "(insert t (values (1 'a') (2 NULL)))")]
    [InlineData("INSERT INTO t(a, b) VALUES(1, 2)", "(insert t (a b) (values (1 2)))")]
    [InlineData("INSERT INTO t SELECT * FROM u WHERE x > 0", "(insert t (select (*) (from u) (where (> x 0))))")]
    [InlineData("INSERT INTO t (a) (SELECT 1)", "(insert t (a) (select (1)))")]
    [InlineData("INSERT INTO t WITH c AS (SELECT 1) SELECT * FROM c", "(insert t (query (with (c (select (1)))) (select (*) (from c))))")]
    [InlineData("DELETE FROM t", "(delete t)")]
    [InlineData("DELETE FROM t WHERE a = 1", "(delete t (where (= a 1)))")]
    [InlineData("DELETE FROM t AS x WHERE x.a = 1", "(delete t (as x) (where (= x.a 1)))")]
    [InlineData("DELETE FROM t x", "(delete t (as x))")]
    [InlineData("UPDATE t SET a = 1", "(update t (set (= a 1)))")]
    [InlineData("UPDATE t SET a = a + 1, b = 'x' WHERE c IS NULL", "(update t (set (= a (+ a 1)) (= b 'x')) (where (is-null c)))")]
    [InlineData("UPDATE t AS u SET a = 1", "(update t (as u) (set (= a 1)))")]
    [InlineData("UPDATE t u SET a = 1", "(update t (as u) (set (= a 1)))")]
    public void DataChanges(string sql, string expected) => Assert.Equal(expected, PrintStatement(sql));

    [Fact]
    public void ScriptsSplitAtSemicolonsAndAllowEmptyStatements()
    {
        const string sql = """
            -- a program
            CREATE TABLE t (a INT);;
            /* a block
               comment */
            CREATE VIEW v AS SELECT a FROM t;
            ;
            SELECT 1
            """;
        var result = ParseScript(sql);
        Assert.True(result.Diagnostics.IsEmpty, result.Rendered);
        Assert.Collection(result.Script.Statements,
            s => Assert.Equal("CREATE TABLE t (a INT)", result.Source.Slice(s.Span)),
            s => Assert.Equal("CREATE VIEW v AS SELECT a FROM t", result.Source.Slice(s.Span)),
            s => Assert.Equal("SELECT 1", result.Source.Slice(s.Span)));
        Assert.Equal(new SourceSpan(0, sql.Length), result.Script.Span);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";")]
    [InlineData(" ; ; -- nothing")]
    public void EmptyScripts(string sql)
    {
        var result = ParseScript(sql);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Script.Statements);
    }

    [Fact]
    public void KeywordsAreCaseInsensitive()
    {
        Assert.Equal(PrintStatement("SELECT a FROM t WHERE a IS NOT NULL ORDER BY a DESC"),
            PrintStatement("select a from t where a is not null order by a desc"));
        Assert.Equal("(create-view materialized v (select (1)))", PrintStatement("Create Materialized View v As Select 1"));
    }

    [Fact]
    public void ExactRecordForASmallStatement()
    {
        // Spans written out by hand for one statement, to pin the offsets down exactly.
        var drop = Assert.IsType<DropStatement>(ParseStatement("DROP VIEW IF EXISTS v1"));
        var name = new Identifier("v1", false, new SourceSpan(20, 2));
        Assert.Equal(DropKind.View, drop.Kind);
        Assert.True(drop.IfExists);
        Assert.Equal(name, Assert.Single(drop.Name.Parts));
        Assert.Equal(new SourceSpan(20, 2), drop.Name.Span);
        Assert.Equal(new SourceSpan(0, 22), drop.Span);
    }
}
