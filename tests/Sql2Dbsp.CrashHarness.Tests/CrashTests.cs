using Sql2Dbsp.Compiler;
using Xunit.Abstractions;

namespace Sql2Dbsp.CrashHarness.Tests;

/// <summary>
/// The crash harness, short: both models, a few SIGKILLs each, a small input. The full run is
/// <c>dotnet run -c Release --project tests/Sql2Dbsp.CrashHarness</c> (20 kills per model).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KilledAndRestartedPipelinesDeliverWhatAnUninterruptedOneDoes()
    {
        var results = await CrashRunner.RunAsync(new HarnessOptions
        {
            Kills = 4,
            Orders = 3000,
            Chunks = 12,
            Seed = Environment.TickCount,
            MaxLifetime = TimeSpan.FromSeconds(2),
            Log = output.WriteLine,
        });
        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
            Assert.Equal(4, result.Kills);
            Assert.Empty(result.Problems);
            Assert.Equal(0, result.Losses);
            if (result.Model == FaultToleranceModel.ExactlyOnce) Assert.Equal(0, result.Duplicates);
            Assert.True(result.OutputRecords > 0);
        }
    }
}
