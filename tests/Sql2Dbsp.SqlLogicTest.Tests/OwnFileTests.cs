using Sql2Dbsp.SqlLogicTest.Running;

namespace Sql2Dbsp.SqlLogicTest.Tests;

/// <summary>Our own .slt files (expected values from PostgreSQL) pass completely through the real engine.</summary>
public sealed class OwnFileTests
{
    [Theory]
    [InlineData("order_by.slt")]
    [InlineData("decimal.slt")]
    [InlineData("aggregates.slt")]
    [InlineData("string_functions.slt")]
    [InlineData("math_functions.slt")]
    [InlineData("datetime_functions.slt")]
    [InlineData("char.slt")]
    public async Task FilePasses(string name)
    {
        var summary = await new SltRunner(new RunnerOptions { Jobs = 2 }, new CorpusSliceTests.NoReporter())
            .RunAsync([new SltTarget(Path.Combine(TestPaths.OwnTests, name), null)]);
        var file = Assert.Single(summary.Files);
        var failures = file.Results.Where(r => r.Status == RecordStatus.Failed).Select(r => $"line {r.Record.Line}: {r.Message}\n{r.Details}");
        Assert.True(file.Failed == 0, string.Join("\n\n", failures));
        Assert.True(file.Passed > 0);
    }
}
