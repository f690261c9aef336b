using System.Text.Json;

namespace Sql2Dbsp.Cli.Tests;

/// <summary><c>sql2dbsp check</c>: diagnostics as a compiler prints them (or as JSON), exit 1 on errors.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    private const string Valid = """
        CREATE TABLE t (k INT NOT NULL, v BIGINT);
        CREATE VIEW totals AS SELECT k, SUM(v) AS total FROM t GROUP BY k;
        """;

    /// <summary>An unknown column, a type mismatch and a syntax error, each in a different statement.</summary>
    private const string ThreeErrors = """
        CREATE TABLE orders (id BIGINT NOT NULL, customer BIGINT NOT NULL, note VARCHAR);

        CREATE VIEW a AS
            SELECT id, amount FROM orders;
        CREATE VIEW b AS SELECT id + note AS x FROM orders;
        CREATE VIEW c AS SELECT id FROM orders WHERE;
        """;

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Valid_program_exits_0_and_says_no_errors()
    {
        var result = CliRunner.Run("check", cli.Write("valid.sql", Valid));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("valid.sql: no errors\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Each_error_is_printed_at_its_line_and_column_with_the_source_line_and_a_caret()
    {
        var result = CliRunner.Run("check", cli.Write("errors.sql", ThreeErrors));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
        [
            "errors.sql:4:16: error SQL0107: unknown column 'amount'",
            " 4 |     SELECT id, amount FROM orders;",
            "   |                ^^^^^^",
            "errors.sql:5:28: error SQL0201: operator + cannot be applied to BIGINT and VARCHAR",
            " 5 | CREATE VIEW b AS SELECT id + note AS x FROM orders;",
            "   |                            ^",
            "errors.sql:6:45: error SQL0001: syntax error at ';': expected an expression",
            " 6 | CREATE VIEW c AS SELECT id FROM orders WHERE;",
            "   |                                             ^",
        ], result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Json_format_prints_diagnostics_with_code_message_line_and_column()
    {
        var result = CliRunner.Run("check", cli.Write("errors.sql", ThreeErrors), "--format", "json");
        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var diagnostics = json.RootElement.EnumerateArray().Select(d => (
            Code: d.GetProperty("code").GetString(),
            Severity: d.GetProperty("severity").GetString(),
            Message: d.GetProperty("message").GetString(),
            File: d.GetProperty("file").GetString(),
            Line: d.GetProperty("span").GetProperty("start_line").GetInt32(),
            Column: d.GetProperty("span").GetProperty("start_column").GetInt32())).ToList();
        Assert.Equal(
        [
            ("SQL0107", "error", "unknown column 'amount'", "errors.sql", 4, 16),
            ("SQL0201", "error", "operator + cannot be applied to BIGINT and VARCHAR", "errors.sql", 5, 28),
            ("SQL0001", "error", "syntax error at ';': expected an expression", "errors.sql", 6, 45),
        ], diagnostics);
    }

    [Fact]
    public void Json_format_of_a_valid_program_is_an_empty_array()
    {
        var result = CliRunner.Run("check", cli.Write("valid.sql", Valid), "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Unsupported_features_are_errors_at_their_span()
    {
        var result = CliRunner.Run("check", cli.Write("window.sql", """
            CREATE TABLE t (k INT NOT NULL, v BIGINT);
            CREATE VIEW w AS SELECT k, SUM(v) OVER (PARTITION BY k) AS s FROM t;
            """));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("window.sql:2:28: error SQL0901: not supported yet: window functions (SUM(...) OVER (...))", result.ErrorLines[0]);
        Assert.Equal("   |                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^", result.ErrorLines[2]);
    }

    [Fact]
    public void Fault_tolerance_rejects_the_clock_at_its_span()
    {
        const string sql = "CREATE TABLE e (ts TIMESTAMP);\nCREATE VIEW recent AS SELECT ts FROM e WHERE ts > NOW() - INTERVAL '1' HOUR;\n";
        string path = cli.Write("clock.sql", sql);

        Assert.Equal(0, CliRunner.Run("check", path).ExitCode);
        var result = CliRunner.Run("check", path, "--fault-tolerance", "exactly_once");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
        [
            "clock.sql:2:51: error SQL0801: NOW() is not allowed in view 'recent' when fault_tolerance.model is exactly_once",
            " 2 | CREATE VIEW recent AS SELECT ts FROM e WHERE ts > NOW() - INTERVAL '1' HOUR;",
            "   |                                                   ^^^^^",
        ], result.ErrorLines.Take(3));

        var unknown = CliRunner.Run("check", path, "--fault-tolerance", "sometimes");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("unknown fault-tolerance model 'sometimes'", unknown.Error);
    }

    [Fact]
    public void Connector_errors_are_reported_at_their_place_in_the_json()
    {
        const string sql = """
            CREATE TABLE t (k INT NOT NULL) WITH ('connectors' = '[{"transport": {"name": "file_inptu", "config": {"path": "x.csv"}}, "format": {"name": "csv"}}]');
            CREATE VIEW v AS SELECT k FROM t;
            """;
        var result = CliRunner.Run("check", cli.Write("connectors.sql", sql));
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("connectors.sql:1:", result.ErrorLines[0]);
        Assert.Contains("error SQL0701", result.ErrorLines[0]);
        Assert.Contains("file_inptu", result.Error);
    }

    [Fact]
    public void Missing_file_is_an_error()
    {
        var result = CliRunner.Run("check", Path.Combine(cli.Root, "absent.sql"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: file not found:", result.Error);
        Assert.Contains("absent.sql", result.Error);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliRunner.Run("--help");
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var command in new[] { "check", "compile", "explain", "demo" })
            Assert.Matches($@"(?m)^\s+{command}\b", result.Out);
    }
}
