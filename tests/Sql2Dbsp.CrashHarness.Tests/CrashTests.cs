using Sql2Dbsp.Compiler;
using Xunit.Abstractions;

namespace Sql2Dbsp.CrashHarness.Tests;

/// <summary>
/// The crash harness, short: both models, 20 SIGKILLs each (random, during restore, inside and after checkpoints,
/// right after an ingress 200), a small input, HTTP ingress clients under exactly-once. The full run is
/// <c>dotnet run -c Release --project tests/Sql2Dbsp.CrashHarness -- --kills 100 --model both</c>.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KilledAndRestartedPipelinesDeliverWhatAnUninterruptedOneDoes()
    {
        var results = await CrashRunner.RunAsync(new HarnessOptions
        {
            Kills = 20,
            Orders = 3000,
            Chunks = 12,
            Seed = Environment.TickCount,
            MaxLifetime = TimeSpan.FromSeconds(1.5),
            Log = output.WriteLine,
        });
        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
            Assert.Equal(20, result.Kills);
            Assert.Empty(result.Problems);
            Assert.Equal(0, result.Losses);
            Assert.Equal(0, result.Ingress.Lost);
            Assert.Equal(0, result.Ingress.Unexpected);
            if (result.Model == FaultToleranceModel.ExactlyOnce)
            {
                Assert.Equal(0, result.Duplicates);
                Assert.Equal(0, result.Ingress.Duplicated);
                Assert.True(result.Ingress.Acknowledged > 0);
            }
            else
            {
                // Refused by design: at-least-once keeps no ingress log.
                Assert.Equal(0, result.Ingress.Acknowledged);
                Assert.True(result.Ingress.Refused > 0);
            }
            Assert.True(result.OutputRecords > 0);
        }
    }
}
