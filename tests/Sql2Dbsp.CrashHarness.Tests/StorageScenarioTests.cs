using Xunit.Abstractions;

namespace Sql2Dbsp.CrashHarness.Tests;

/// <summary>Kill and second-process scenarios against the <c>sql2dbsp</c> CLI as a child process.</summary>
public sealed class StorageScenarioTests(ITestOutputHelper output)
{
    private static string Root() => Path.Combine(Path.GetTempPath(), "sql2dbsp-storage-scenarios", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RecordsAcknowledgedRightBeforeASigkillAreDeliveredExactlyOnceAfterTheRestart()
    {
        var result = await StorageScenarios.IngressKillAsync(Root());
        output.WriteLine(result.Output);
        Assert.Equal(15, result.Acknowledged);
        // The 15 acknowledged records exactly once; the one in flight at the kill (id 15) at most once.
        Assert.Equal(Enumerable.Range(0, 15).Select(i => (long)i), result.Delivered.Keys.Where(id => id < 15).Order());
        Assert.All(result.Delivered.Values, weight => Assert.Equal(1, weight));
        Assert.All(result.Delivered.Keys, id => Assert.InRange(id, 0, 15));
    }

    [Fact]
    public async Task ASecondProcessOnTheSameStorageExitsAtOnceNamingTheHolderAndAStaleLockIsTakenOver()
    {
        var result = await StorageScenarios.SecondProcessAsync(Root());
        output.WriteLine(result.SecondOutput);
        Assert.Equal(1, result.SecondExitCode);
        Assert.Contains($"is in use by another pipeline (process {result.HolderPid} on ", result.SecondOutput);
        Assert.DoesNotContain("resumed from checkpoint", result.SecondOutput);
        Assert.DoesNotContain("replay", result.SecondOutput);
        Assert.True(result.TakenOver, "a third process starts once the holder was killed");
    }

    [Fact]
    public async Task ARuntimeSqlErrorLeavesThePipelineUpAndFailedAlsoAfterARestart()
    {
        var runs = await StorageScenarios.FailedPipelineAsync(Root());
        foreach (var run in runs)
        {
            output.WriteLine(run.Output);
            var status = System.Text.Json.JsonDocument.Parse(run.Status).RootElement;
            Assert.Equal("Failed", status.GetProperty("status").GetString());
            Assert.Contains("division by zero", status.GetProperty("error").GetString());
            // The state stays at the last good step (the initial step and the 6 / 3 one).
            Assert.Equal(2, status.GetProperty("step").GetInt64());
            Assert.Contains("division by zero", run.Stats);
            Assert.Contains("the API stays up", run.Output);
            Assert.Equal(1, run.ExitCode);
        }
        // The restart replays the good step and fails on the acknowledged record again, staying up as well.
        Assert.Contains("applying the ingress records that were on disk", runs[1].Status);
    }
}
