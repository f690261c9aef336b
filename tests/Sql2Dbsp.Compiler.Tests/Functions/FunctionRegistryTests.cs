using Sql2Dbsp.Compiler.Circuit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Tests.Functions;

/// <summary>The function registry: lookup, resolution in the binder, error messages, and the generated docs/functions.md.</summary>
public class FunctionRegistryTests
{
    private const string UpdateVariable = "SQL2DBSP_UPDATE_DOCS";

    private static CompilationResult Compile(string sql) => SqlCompiler.Compile(new SourceText(sql, "f.sql"));

    private static string OnlyError(string sql)
    {
        var result = Compile(sql);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        return $"{error.Code}: {error.Message}";
    }

    [Theory]
    [InlineData("upper", "UPPER")]
    [InlineData("SubStr", "SUBSTRING")]
    [InlineData("len", "CHAR_LENGTH")]
    [InlineData("ceiling", "CEIL")]
    [InlineData("trunc", "TRUNCATE")]
    [InlineData("current_date", "NOW")]
    public void ScalarNamesAndAliasesFindTheirEntryInAnyCase(string name, string entry) =>
        Assert.Equal(entry, FunctionRegistry.Find(name)?.Name);

    [Theory]
    [InlineData("bool_and", AggregateKind.Every)]
    [InlineData("LOGICAL_OR", AggregateKind.Some)]
    [InlineData("stddev", AggregateKind.StddevSamp)]
    [InlineData("variance", AggregateKind.VarSamp)]
    [InlineData("arg_max", AggregateKind.ArgMax)]
    public void AggregateNamesAndAliasesFindTheirKind(string name, AggregateKind kind) =>
        Assert.Equal(kind, FunctionRegistry.FindAggregate(name)?.Kind);

    [Fact]
    public void EveryEntryIsCompleteAndNamesAreUnique()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in FunctionRegistry.Scalars)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Doc), f.Name);
            Assert.NotEmpty(f.Signatures);
            Assert.True(f.Special != SpecialForm.None || f.Runtime is not null, $"{f.Name} has neither a runtime method nor a special form");
            foreach (var n in f.Aliases.IsDefault ? [f.Name] : f.Aliases.Add(f.Name)) Assert.True(names.Add(n), $"{n} is defined twice");
        }
        foreach (var a in FunctionRegistry.Aggregates)
            foreach (var n in a.Aliases.IsDefault ? [a.Name] : a.Aliases.Add(a.Name)) Assert.True(names.Add(n), $"{n} is defined twice");
    }

    [Fact]
    public void EveryRuntimeFunctionIsFoundByItsIrName()
    {
        foreach (var f in FunctionRegistry.Scalars.Where(f => f.Runtime is not null))
            Assert.Same(f.Runtime, Expressions.Functions.Get(f.Runtime!.Name));
    }

    [Theory]
    [InlineData("SELECT LEFT(s) FROM t", "SQL0202: LEFT takes 2 argument(s), not 1")]
    [InlineData("SELECT LPAD(s) FROM t", "SQL0202: LPAD takes 2 or 3 argument(s), not 1")]
    [InlineData("SELECT SQRT(s) FROM t", "SQL0201: SQRT needs a numeric value as argument 1, not VARCHAR")]
    [InlineData("SELECT REPEAT(s, 1.5) FROM t", "SQL0201: REPEAT needs an integer as argument 2, not DECIMAL(2, 1)")]
    [InlineData("SELECT YEAR(x) FROM t", "SQL0201: YEAR needs a date or timestamp, not INTEGER")]
    [InlineData("SELECT FOO(x) FROM t", "SQL0108: unknown function 'FOO' with 1 argument(s)")]
    [InlineData("SELECT BIT_AND(s) FROM t", "SQL0201: BIT_AND needs an integer argument, not VARCHAR")]
    [InlineData("SELECT EVERY(x) FROM t", "SQL0201: EVERY needs a BOOLEAN argument, not INTEGER")]
    [InlineData("SELECT ARG_MIN(x) FROM t", "SQL0202: ARG_MIN takes 2 arguments, not 1")]
    [InlineData("SELECT UPPER(s) FILTER (WHERE x > 1) FROM t", "SQL0303: DISTINCT, * and FILTER are only allowed in aggregate functions, not in UPPER")]
    public void ResolutionErrorsNameTheFunctionAndTheArgument(string query, string expected) =>
        Assert.Equal(expected, OnlyError($"CREATE TABLE t (x INT, s VARCHAR); CREATE VIEW v AS {query};"));

    [Fact]
    public void ArgumentsAreCoercedForTheRuntimeOverloadAndResultsFollowTheNullRule()
    {
        var ok = Compile("""
            CREATE TABLE t (x TINYINT NOT NULL, y INT, s VARCHAR NOT NULL, c CHAR(3));
            CREATE VIEW v AS SELECT LEFT(s, x) AS l, SQRT(x) AS q, ABS(x) AS a, CHAR_LENGTH(c) AS n, ROUND(y) AS r, SIN(y) AS i FROM t;
            """);
        Assert.True(ok.Success, string.Join("\n", ok.Diagnostics));
        var columns = ok.Catalog!.FindView("v", false)!.Columns.Select(c => c.Type.ToString()).ToArray();
        Assert.Equal(["VARCHAR NOT NULL", "DOUBLE NOT NULL", "TINYINT NOT NULL", "INTEGER", "INTEGER", "DOUBLE"], columns);
    }

    [Fact]
    public void AggregateResultTypes()
    {
        var ok = Compile("""
            CREATE TABLE t (g INT, x SMALLINT, b BOOLEAN, s VARCHAR);
            CREATE VIEW v AS SELECT ARG_MAX(s, x) AS a, EVERY(b) AS e, BIT_OR(x) AS o, STDDEV(x) AS d, BIT_XOR(DISTINCT x) AS bx FROM t GROUP BY g;
            """);
        Assert.True(ok.Success, string.Join("\n", ok.Diagnostics));
        var columns = ok.Catalog!.FindView("v", false)!.Columns.Select(c => c.Type.ToString()).ToArray();
        Assert.Equal(["VARCHAR", "BOOLEAN", "SMALLINT", "DOUBLE", "SMALLINT"], columns);
    }

    [Theory]
    [InlineData("SET FELDERA_IGNORE_WARNING_UNUSED_COLUMN = ON", true)]
    [InlineData("SET feldera_warnings_are_errors = true", true)]
    [InlineData("SET FELDERA_AVOID_STAR_JOINS = 1", true)]
    [InlineData("SET ENFORCE_POSITIVE_INPUTS = 'x'", true)]
    [InlineData("SET no_such_option = OFF", false)]
    public void SetAcceptsFelderaOptionsAndRejectsUnknownOnes(string statement, bool accepted)
    {
        var result = Compile(statement + "; CREATE TABLE t (x INT);");
        Assert.Equal(accepted, result.Success);
        if (!accepted) Assert.Contains("unknown option 'no_such_option' in SET", result.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForeignKeysAndWeekIntervalsCompile()
    {
        var result = Compile("""
            CREATE TABLE p (id INT NOT NULL PRIMARY KEY);
            CREATE TABLE c (id INT, pid INT REFERENCES p(id), qid INT NOT NULL FOREIGN KEY REFERENCES q(id), ts TIMESTAMP,
              FOREIGN KEY (pid) REFERENCES p(id));
            CREATE VIEW v AS SELECT ts + INTERVAL 2 WEEKS AS a, ts - INTERVAL '1' WEEK AS b FROM c;
            """);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void StringAliasNamesTheColumnLikeAQuotedIdentifier()
    {
        var result = Compile("CREATE TABLE t (ts TIMESTAMP); CREATE VIEW v AS SELECT CAST(ts AS DATE) AS 'day', YEAR(ts) AS \"Y\" FROM t;");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(["day", "Y"], result.Catalog!.FindView("v", false)!.Columns.Select(c => c.Name));
    }

    /// <summary>docs/functions.md is generated from the registry; this fails when the file is stale.</summary>
    [Fact]
    public void FunctionReferenceDocIsUpToDate()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "functions.md");
        string expected = FunctionRegistry.RenderMarkdown();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == expected,
            $"docs/functions.md is stale: regenerate it with {UpdateVariable}=1 dotnet test tests/Sql2Dbsp.Compiler.Tests --filter FunctionRegistryTests");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sql2Dbsp.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Sql2Dbsp.sln above {AppContext.BaseDirectory}");
    }
}
