namespace Sql2Dbsp.Cli.Tests;

/// <summary><c>sql2dbsp run --bind</c>: the HTTP API leaves loopback only with authentication.</summary>
public sealed class RunCommandSecurityTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public void NonLoopbackBindWithoutATokenIsRefused()
    {
        string program = cli.Write("p.sql", "CREATE TABLE t (x INT);");
        var result = CliRunner.Run("run", program, "--bind", "0.0.0.0", "--port", "0", "--storage", Path.Combine(cli.Root, "state"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("sql2dbsp: error: refusing to serve the HTTP API on 0.0.0.0 without authentication", result.Error);
        Assert.DoesNotContain("HTTP API on http", result.Error);
    }

    [Fact]
    public void BindMustBeAnAddress()
    {
        string program = cli.Write("p.sql", "CREATE TABLE t (x INT);");
        var result = CliRunner.Run("run", program, "--bind", "example.com", "--port", "0", "--storage", Path.Combine(cli.Root, "state"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--bind must be an IP address (such as 127.0.0.1 or 0.0.0.0), not 'example.com'", result.Error);
    }

    public void Dispose() => cli.Dispose();
}
