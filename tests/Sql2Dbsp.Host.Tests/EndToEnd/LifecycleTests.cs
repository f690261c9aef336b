using System.Net;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>Pause and start (pipeline and endpoint), failure, backpressure and batching.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task PausedPipelineHoldsIngressUntilStartedUnlessForced()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        var paused = await host.GetJsonAsync("pause");
        Assert.Equal("Paused", paused.GetProperty("status").GetString());

        var blocked = host.IngestAsync("events", "1,a\n", "format=csv");
        await Task.Delay(300);
        Assert.False(blocked.IsCompleted, "ingress must wait while the pipeline is paused");

        var (forcedStatus, _) = await host.IngestAsync("events", "2,b\n", "format=csv&force=true");
        Assert.Equal(HttpStatusCode.OK, forcedStatus);
        await host.WaitProcessedAsync(1);

        var started = await host.GetJsonAsync("start");
        Assert.Equal("Running", started.GetProperty("status").GetString());
        var (status, _) = await blocked;
        Assert.Equal(HttpStatusCode.OK, status);
        await host.WaitProcessedAsync(2);
    }

    [Fact]
    public async Task PausedEndpointStopsReadingItsFileAndResumesOnStart()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Files, prepare: dir =>
        {
            File.WriteAllText(Path.Combine(dir, "items.json"), """{"insert": {"id": 1, "name": "a", "price": 1, "qty": 1, "added": null}}""" + "\n");
            File.WriteAllText(Path.Combine(dir, "events.csv"), "");
        });
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("items.file")!.TotalRecords == 1, "the first record");
        var paused = await host.GetJsonAsync("input_endpoints/items.file/pause");
        Assert.True(paused.GetProperty("paused").GetBoolean());

        await File.AppendAllTextAsync(host.PathOf("items.json"), """{"insert": {"id": 2, "name": "b", "price": 1, "qty": 1, "added": null}}""" + "\n");
        await Task.Delay(500);
        Assert.Equal(1, host.Controller.InputStats("items.file")!.TotalRecords);

        var started = await host.GetJsonAsync("input_endpoints/items.file/start");
        Assert.False(started.GetProperty("paused").GetBoolean());
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("items.file")!.TotalRecords == 2, "the appended record");

        using var unknown = await host.Client.GetAsync("input_endpoints/nope/pause");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task StepFailureFailsThePipelineButKeepsTheApi()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Failing);
        await host.IngestAsync("t", "5\n", "format=csv");
        await host.WaitProcessedAsync(1);
        await host.IngestAsync("t", "0\n", "format=csv");
        await TestHost.WaitUntilAsync(() => host.Controller.State == PipelineState.Failed, "the failure");
        var status = await host.GetJsonAsync("status");
        Assert.Equal("Failed", status.GetProperty("status").GetString());
        Assert.Contains("division by zero", status.GetProperty("error").GetString());
        var (code, body) = await host.IngestAsync("t", "1\n", "format=csv");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Equal("PipelineNotRunning", body.GetProperty("error_code").GetString());
        using var start = await host.Client.GetAsync("start");
        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
    }

    [Fact]
    public async Task FullQueueStopsTheReaderUntilStepsDrainIt()
    {
        // A step waits for a million records or an hour, so the datagen endpoint fills its queue (1000) and must stop.
        var config = new PipelineConfig { MinBatchSizeRecords = 1_000_000, MaxBufferingDelayUsecs = 3_600_000_000 };
        await using var host = await TestHost.StartAsync(TestPrograms.Datagen, config);
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("t.gen")!.BufferedRecords >= 1000, "a full queue");
        long read = host.Controller.InputStats("t.gen")!.TotalRecords;
        await Task.Delay(300);
        var stats = host.Controller.InputStats("t.gen")!;
        Assert.Equal(1000, stats.BufferedRecords);
        Assert.Equal(read, stats.TotalRecords); // the reader stopped
        // The initial step may have taken a first batch that was read before it ran; no other step happened.
        Assert.Equal(1, host.Controller.Steps);
        // Stopping processes what was read.
        await host.Controller.StopAsync();
        Assert.Equal(read, host.Controller.Stats().Global.TotalProcessedRecords);
    }

    [Fact]
    public async Task SmallBatchesWaitForTheBufferingDelay()
    {
        var config = new PipelineConfig { MinBatchSizeRecords = 100, MaxBufferingDelayUsecs = 300_000 };
        await using var host = await TestHost.StartAsync(TestPrograms.Http, config);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await host.IngestAsync("events", "1,a\n2,b\n", "format=csv");
        await host.WaitProcessedAsync(2);
        Assert.True(clock.ElapsedMilliseconds >= 250, $"stepped after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, host.Controller.Steps); // the initial step and one for both records
    }

    [Fact]
    public async Task StartPausedThenStart()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Datagen, paused: true);
        await Task.Delay(200);
        Assert.Equal(PipelineState.Paused, host.Controller.State);
        Assert.Equal(0, host.Controller.Stats().Global.TotalInputRecords);
        Assert.True(host.Controller.Start());
        await host.Controller.WaitForCompletionAsync(CancellationToken.None);
        Assert.Equal(5000, host.Controller.Stats().Global.TotalProcessedRecords);
    }

    [Fact]
    public async Task ClockViewsStepAtEveryTickWithoutInput()
    {
        using var program = HostedProgram.Compile("CREATE MATERIALIZED VIEW ticks AS SELECT CURRENT_TIMESTAMP AS ts;", "clock.sql", null);
        Assert.True(program.Success, program.RenderDiagnostics());
        await using var host = await TestHost.StartAsync(program, new PipelineConfig { ClockResolutionUsecs = 100_000 });
        await using var egress = await host.EgressAsync("ticks");
        await TestHost.WaitUntilAsync(() => egress.Chunks.Count >= 3, "three clock ticks");
        // Each tick replaces the row (a delete of the previous time, an insert of the new one).
        var changes = egress.Chunks.Last().GetProperty("json_data");
        Assert.Equal(2, changes.GetArrayLength());
        Assert.True(host.Controller.Steps >= 3);
        Assert.Equal(0, host.Controller.Stats().Global.TotalInputRecords);
    }
}
