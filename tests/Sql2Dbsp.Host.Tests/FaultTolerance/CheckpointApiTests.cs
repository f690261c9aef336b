using System.Net;
using System.Text.Json;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Tests.FaultTolerance;

/// <summary><c>POST /checkpoint</c>, <c>GET /checkpoint_status</c>, automatic checkpoints, <c>POST /suspend</c>.</summary>
public sealed class CheckpointApiTests
{
    [Fact]
    public async Task CheckpointOnRequestReportsItsSequenceNumberAndStatus()
    {
        await using var host = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.None),
            prepare: dir => File.WriteAllText(Path.Combine(dir, "orders.csv"), FtPrograms.OrderLines(0, 10)));
        await host.WaitProcessedAsync(10);
        var empty = await host.GetJsonAsync("checkpoint_status");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("success").ValueKind);

        using var response = await host.Client.PostAsync("checkpoint", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        long sequence = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checkpoint_sequence_number").GetInt64();
        Assert.Equal(1, sequence);
        await TestHost.WaitUntilAsync(() => host.Controller.CheckpointStatus.Success == sequence, "the checkpoint");

        var status = await host.GetJsonAsync("checkpoint_status");
        Assert.Equal(1, status.GetProperty("success").GetInt64());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("failure").ValueKind);
        var last = status.GetProperty("last");
        Assert.Equal(host.Controller.Steps, last.GetProperty("step").GetInt64());
        // The manifest holds the host's state: the file position after the 10 records (3 lines of "i,c,a\n" per step).
        string manifest = File.ReadAllText(Path.Combine(last.GetProperty("directory").GetString()!, "manifest.json"));
        Assert.Contains("host.state", manifest);
        Assert.Contains($"\\u0022offset\\u0022:{FtPrograms.OrderLines(0, 10).Length}", manifest.Replace("\\\"", "\\u0022", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckpointWithoutStorageIsRefused()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http, new PipelineConfig { Storage = null });
        using var response = await host.Client.PostAsync("checkpoint", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("checkpoints need storage", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AutomaticCheckpointsFollowTheInterval()
    {
        await using var host = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.AtLeastOnce, interval: 1),
            prepare: dir => File.WriteAllText(Path.Combine(dir, "orders.csv"), FtPrograms.OrderLines(0, 5)));
        // The initial checkpoint is number 1; then one a second while there are new steps.
        Assert.Equal(1, host.Controller.CheckpointStatus.Success);
        var started = DateTime.UtcNow;
        using var stop = new CancellationTokenSource();
        var feeding = Task.Run(async () =>
        {
            for (int i = 5; !stop.IsCancellationRequested; i++)
            {
                await File.AppendAllTextAsync(host.PathOf("orders.csv"), FtPrograms.OrderLines(i, i + 1));
                await Task.Delay(100);
            }
        });
        await TestHost.WaitUntilAsync(() => host.Controller.CheckpointStatus.Success >= 3, "two automatic checkpoints", timeoutMs: 10_000);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1.5), "checkpoints came faster than the interval");
        await stop.CancelAsync();
        await feeding;

        // An idle pipeline takes no more automatic checkpoints: the last one holds everything.
        await host.WaitProcessedAsync(host.Controller.Stats().Global.TotalInputRecords);
        await Task.Delay(1200);
        long idle = host.Controller.CheckpointStatus.Success!.Value;
        await Task.Delay(2200);
        Assert.Equal(idle, host.Controller.CheckpointStatus.Success);
        // The last two are kept.
        Assert.Equal(2, Directory.GetDirectories(host.PathOf("state"), "checkpoint-*").Length);
    }

    [Fact]
    public async Task SuspendThenResumeWithAnotherPortAndBufferingGivesTheUninterruptedOutput()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "orders.csv"), FtPrograms.OrderLines(0, 40));
            int firstPort;
            await using (var first = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                firstPort = first.Host.Address.Port;
                await first.WaitProcessedAsync(40);
                using var response = await first.Client.PostAsync("suspend", null);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(PipelineState.Suspended, first.Controller.State);
                Assert.Contains("\"status\": \"Suspended\"", await response.Content.ReadAsStringAsync());
            }
            File.AppendAllText(Path.Combine(directory, "orders.csv"), FtPrograms.OrderLines(40, 100));
            var modified = FtPrograms.Config(FaultToleranceModel.ExactlyOnce) with { MinBatchSizeRecords = 7, MaxBufferingDelayUsecs = 2000 };
            await using (var second = await TestHost.StartAsync(FtPrograms.Orders, modified, directory: directory))
            {
                Assert.NotEqual(firstPort, second.Host.Address.Port);
                Assert.NotNull(second.Controller.ResumedFrom);
                await second.WaitProcessedAsync(60);
                await second.Controller.StopAsync();
                // Only the appended records were read: the file resumed at the suspended position.
                Assert.Equal(60, second.Controller.InputStats("orders.file")!.TotalRecords);
            }
            Assert.Equal(FtPrograms.ExpectedTotals(100), FtPrograms.IntegrateCsv(Path.Combine(directory, "totals.csv")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ACrashDuringTheFirstCheckpointLeavesAFreshStart()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            // What a kill in the middle of the initial checkpoint leaves: its directory, a state file, no manifest, no catalog.
            string unfinished = Path.Combine(directory, "state", "checkpoint-000001");
            Directory.CreateDirectory(unfinished);
            File.WriteAllText(Path.Combine(unfinished, "state-0000.bin"), "partial");
            File.WriteAllText(Path.Combine(directory, "orders.csv"), FtPrograms.OrderLines(0, 8));
            await using var host = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory);
            Assert.Null(host.Controller.ResumedFrom);
            await host.WaitProcessedAsync(8);
            Assert.False(Directory.Exists(unfinished), "the unfinished checkpoint was collected");
            Assert.Equal(2, host.Controller.CheckpointStatus.Last!.Checkpoint);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task SuspendWithoutStorageIsRefused()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http, new PipelineConfig { Storage = null });
        using var response = await host.Client.PostAsync("suspend", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("suspending needs storage", await response.Content.ReadAsStringAsync());
        Assert.Equal(PipelineState.Running, host.Controller.State);
    }
}
