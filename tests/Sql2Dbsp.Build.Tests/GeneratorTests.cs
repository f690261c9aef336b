using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Emit;

namespace Sql2Dbsp.Build.Tests;

/// <summary>The generator in process: diagnostics in MSBuild's format, names, and the typed API (golden and compiled).</summary>
public sealed class GeneratorTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("sql2dbsp-generator-").FullName;

    private static readonly Lazy<RoslynCompiler> Roslyn = new(() => new RoslynCompiler(
    [
        typeof(Runtime.Algebra.ZSet<>).Assembly.Location,
        typeof(Runtime.Sql.SqlCompare).Assembly.Location,
    ]));

    [Fact]
    public void Sql_errors_are_canonical_msbuild_diagnostics()
    {
        var result = Generate("CREATE TABLE t (x INT NOT NULL);\nCREATE VIEW v AS\n  SELECT y FROM t;\n");
        Assert.False(result.Success);
        Assert.Equal([$"{SqlPath}(3,10,3,11): error SQL0107: unknown column 'y'"], result.Messages);
        Assert.False(Directory.Exists(OutputDirectory), "a failed program leaves no output");
    }

    [Fact]
    public void Exactly_once_rejects_now_at_its_line()
    {
        var result = Generate("CREATE TABLE t (x INT NOT NULL);\nCREATE VIEW v AS SELECT x FROM t WHERE NOW() > TIMESTAMP '2020-01-01 00:00:00';\n",
            faultTolerance: "exactly_once");
        Assert.False(result.Success);
        Assert.Contains(result.Messages, m => m.StartsWith($"{SqlPath}(2,", StringComparison.Ordinal) && m.Contains(": error SQL0801: ", StringComparison.Ordinal));
        Assert.True(Generate("CREATE TABLE t (x INT NOT NULL);\nCREATE VIEW v AS SELECT x FROM t WHERE NOW() > TIMESTAMP '2020-01-01 00:00:00';\n").Success);
    }

    [Fact]
    public void Bad_item_metadata_is_an_error_naming_the_file()
    {
        var result = Generate("CREATE TABLE t (x INT NOT NULL);", ns: "Not A Namespace");
        Assert.Equal([$"{SqlPath}: error SQL9001: Namespace 'Not A Namespace' is not a valid C# namespace"], result.Messages);
        result = Generate("CREATE TABLE t (x INT NOT NULL);", faultTolerance: "twice");
        Assert.Equal([$"{SqlPath}: error SQL9001: FaultTolerance 'twice' is not none, at_least_once or exactly_once"], result.Messages);
    }

    [Theory]
    [InlineData("revenue_by_region", "RevenueByRegion")]
    [InlineData("MyTable", "MyTable")]
    [InlineData("order lines", "OrderLines")]
    [InlineData("2024_sales", "_2024Sales")]
    [InlineData("_", "_")]
    public void Sql_names_map_to_pascal_case(string sql, string csharp) => Assert.Equal(csharp, CSharpNames.Pascal(sql));

    [Fact]
    public void Colliding_names_get_numbers_and_the_code_compiles()
    {
        // "step" collides with Step(), "t" with its own column, a_b with "A_B", "T" (quoted) with t.
        var result = Generate("""
            CREATE TABLE step (id BIGINT NOT NULL, a_b INT, "A_B" INT, step VARCHAR(3), "equals" CHAR(2));
            CREATE TABLE t (t INT NOT NULL);
            CREATE TABLE "T" (x DATE, y TIMESTAMP, z BOOLEAN, w DOUBLE, d DECIMAL(5, 1));
            CREATE MATERIALIZED VIEW totals AS SELECT id, SUM(a_b) AS total FROM step GROUP BY id;
            """, className: "Names");
        Assert.True(result.Success, string.Join('\n', result.Messages));
        string api = File.ReadAllText(Path.Combine(OutputDirectory, ProgramGenerator.ApiFileName));
        Assert.Contains("public readonly record struct Step(long Id, int? AB, int? AB2, string? Step2, string? Equals2);", api, StringComparison.Ordinal);
        Assert.Contains("public readonly record struct T(int T2);", api, StringComparison.Ordinal);
        Assert.Contains("public readonly record struct T2(global::Sql2Dbsp.Runtime.Sql.SqlDate? X,", api, StringComparison.Ordinal);
        Assert.Contains("public Step2Input Step2 { get; }", api, StringComparison.Ordinal);
        Assert.Contains("public TotalsOutput Totals { get; }", api, StringComparison.Ordinal);
        Compile();
    }

    [Fact]
    public void A_program_reading_now_gets_a_clock_and_compiles()
    {
        var result = Generate("""
            CREATE TABLE events (id BIGINT NOT NULL, at TIMESTAMP NOT NULL);
            CREATE VIEW recent AS SELECT id FROM events WHERE at > NOW() - INTERVAL '1' HOUR;
            """, className: "Clocked");
        Assert.True(result.Success, string.Join('\n', result.Messages));
        string api = File.ReadAllText(Path.Combine(OutputDirectory, ProgramGenerator.ApiFileName));
        Assert.Contains("public global::System.Func<global::System.DateTime> Clock { get; set; }", api, StringComparison.Ordinal);
        Assert.Contains("AdvanceClock();", api, StringComparison.Ordinal);
        Compile();
    }

    [Fact]
    public void Typed_api_of_the_console_sample_matches_its_golden_file()
    {
        string sql = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot, "samples", "orders-console", "sql", "orders.sql"));
        var result = Generate(sql, ns: "Shop.Sales", className: "OrdersPipeline", displayPath: "sql/orders.sql");
        Assert.True(result.Success, string.Join('\n', result.Messages));
        Compile();
        string golden = Path.Combine(Dotnet.RepositoryRoot, "tests", "Sql2Dbsp.Build.Tests", "Golden", "OrdersPipeline.g.cs");
        string actual = File.ReadAllText(Path.Combine(OutputDirectory, ProgramGenerator.ApiFileName));
        if (Environment.GetEnvironmentVariable("SQL2DBSP_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual);
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    private string SqlPath => Path.Combine(directory, "program.sql");

    private string OutputDirectory => Path.Combine(directory, "out");

    private GenerateResult Generate(string sql, string ns = "Tests", string className = "", string faultTolerance = "", string displayPath = "program.sql")
    {
        File.WriteAllText(SqlPath, sql);
        return ProgramGenerator.Generate(new GenerateRequest(SqlPath, displayPath, OutputDirectory, ns, className, faultTolerance));
    }

    /// <summary>Compiles everything the generator wrote, as the consumer's build would (Roslyn errors throw).</summary>
    private void Compile()
    {
        var files = Directory.GetFiles(OutputDirectory, "*.g.cs").Order(StringComparer.Ordinal)
            .Select(f => new EmittedFile(Path.GetFileName(f), File.ReadAllText(f))).ToImmutableArray();
        var compiled = Roslyn.Value.Compile(new EmittedProgram("Typed", "Typed", files));
        Assert.NotEmpty(compiled.Image);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
