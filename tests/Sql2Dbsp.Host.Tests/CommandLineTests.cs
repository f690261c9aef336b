using Sql2Dbsp.Cli;

namespace Sql2Dbsp.Host.Tests;

/// <summary>The <c>sql2dbsp</c> commands that use the host (they write to the console, so they do not run in parallel).</summary>
[Collection(nameof(CommandLineTests))]
[CollectionDefinition(nameof(CommandLineTests), DisableParallelization = true)]
public sealed class CommandLineTests
{
    [Fact]
    public void DemoRunsThroughTheHostAndStopsByItself()
    {
        var (code, output, _) = Capture(() => Program.Main(["demo", "--steps", "3", "--rows", "400"]));
        Assert.Equal(0, code);
        Assert.Contains("datagen → 1,200 orders in 3 batches of 400", output);
        Assert.Contains("stopped: 2,200 records", output);
        Assert.Contains("revenue_by_region now:", output);
        Assert.Matches(@"http big_customers \(egress\)\s+\d+ chunks", output);
    }

    [Fact]
    public void RunReportsConnectorErrorsLikeACompilerAndExits()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sql2dbsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string file = Path.Combine(directory, "bad.sql");
        File.WriteAllText(file, """
            CREATE TABLE t (id INT) WITH ('connectors' = '[{"transport": {"name": "file_input", "config": {"pth": "x"}}, "format": {"name": "csv"}}]');
            """);
        string config = Path.Combine(directory, "pipeline.json");
        File.WriteAllText(config, """{"workers": 1, "storage": {"path": "state"}}""");
        var (code, _, error) = Capture(() => Program.Main(["run", file, "--config", config, "--port", "0"]));
        Assert.Equal(1, code);
        Assert.Contains("bad.sql:1:96: error SQL0701: unknown field 'pth' in the configuration of transport 'file_input'", error);
        Assert.Contains("bad.sql:1:95: error SQL0701: the configuration of transport 'file_input' has no 'path' field (it is required)", error);
        Assert.True(Directory.Exists(Path.Combine(directory, "state", "cache")) || !File.Exists(Path.Combine(directory, "state")));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void RunCompilesForTheConfiguredFaultToleranceModel()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sql2dbsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string file = Path.Combine(directory, "clock.sql");
        File.WriteAllText(file, "CREATE VIEW v AS SELECT NOW() AS t;");
        string config = Path.Combine(directory, "pipeline.json");
        File.WriteAllText(config, """{"fault_tolerance": {"model": "exactly_once"}, "storage": {"path": "state"}}""");
        var (code, _, error) = Capture(() => Program.Main(["run", file, "--config", config, "--port", "0"]));
        Assert.Equal(1, code);
        Assert.DoesNotContain("CFG0001", error);
        Assert.Contains("clock.sql:1:", error);
        Assert.Contains("exactly_once", error[error.IndexOf("clock.sql:1:", StringComparison.Ordinal)..]);
        Directory.Delete(directory, recursive: true);
    }

    private static (int Code, string Output, string Error) Capture(Func<int> run)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var output = new StringWriter();
        var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (run(), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
