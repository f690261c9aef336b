using System.Net;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Host.FaultTolerance;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.Tests.FaultTolerance;

/// <summary>
/// Under exactly-once a 200 from <c>/ingress</c> means the records are on disk. The pipeline is held from stepping
/// (a huge minimum batch), so records are only queued (their requests wait for the step that applies them, so they are
/// not answered yet); a copy of its storage taken once they are durable — what a crash between the ingress log's fsync
/// and the step's journal record leaves — must bring them back. (The kill test with a real process is in the crash
/// harness.)
/// </summary>
public sealed class IngressDurabilityTests
{
    private static readonly PipelineConfig Held = FtPrograms.Config(FaultToleranceModel.ExactlyOnce) with
    {
        MinBatchSizeRecords = 1_000_000,
        MaxBufferingDelayUsecs = 600_000_000,
    };

    /// <summary>
    /// Sends a request to a held pipeline and returns once its records are in the ingress log and made durable, as the
    /// step taking them does before it writes its journal record.
    /// </summary>
    private static async Task<Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)>> SendUntilDurableAsync(TestHost host, string table, string body)
    {
        var log = host.Controller.IngressLog!;
        long before = log.Appended;
        var request = host.IngestAsync(table, body);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (log.Appended == before)
        {
            Assert.False(request.IsCompleted, "the request was answered before its records were applied");
            Assert.True(DateTime.UtcNow < deadline, "the request's records never reached the ingress log");
            await Task.Delay(5);
        }
        log.FlushThrough(log.Appended);
        Assert.False(request.IsCompleted, "the request was answered before its records were applied");
        return request;
    }

    [Fact]
    public async Task RecordsDurableButNotYetProcessedSurviveACrash()
    {
        string directory = TestHost.NewDirectory();
        string copy = TestHost.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "orders.csv"), "");
            await using (var first = await TestHost.StartAsync(FtPrograms.Orders, Held, directory: directory))
            {
                var firstRequest = await SendUntilDurableAsync(first, "customers", """
                    {"insert": {"id": 0, "region": "north"}}
                    {"insert": {"id": 1, "region": "south"}}
                    """);
                // A checkpoint while they are queued: it must not count them as taken.
                var (_, done) = first.Controller.RequestCheckpoint();
                await done;
                var secondRequest = await SendUntilDurableAsync(first, "customers", """{"insert": {"id": 2, "region": "east"}}""");
                Assert.Equal(1L, first.Controller.Steps);
                CopyDirectory(directory, copy);
                await first.Controller.StopAsync();
                // Stopping applies them, which answers both requests.
                Assert.Equal(HttpStatusCode.OK, (await firstRequest).Status);
                Assert.Equal(HttpStatusCode.OK, (await secondRequest).Status);
            }
            var log = new PipelineLog();
            await using (var second = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: copy, log: log))
            {
                await second.Controller.StopAsync();
                Assert.Equal(["0|north", "1|south", "2|east"], FtPrograms.Rows(second.Host, "customer_view"));
            }
            Assert.Contains(log.Recent, e => e.Message.Contains("applied 3 ingress record(s) that were on disk but that no journaled step had taken", StringComparison.Ordinal));
            // The recovery step is journaled like any other: a further restart replays it, and applies nothing twice.
            var again = new PipelineLog();
            await using (var third = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: copy, log: again))
            {
                Assert.True(third.Controller.ReplayedSteps > 0);
                Assert.Equal(HttpStatusCode.OK, (await third.IngestAsync("customers", """{"insert": {"id": 3, "region": "west"}}""")).Status);
                await third.WaitProcessedAsync(1);
                await third.Controller.StopAsync();
                Assert.Equal(["0|north", "1|south", "2|east", "3|west"], FtPrograms.Rows(third.Host, "customer_view"));
            }
            Assert.DoesNotContain(again.Recent, e => e.Message.Contains("no journaled step had taken", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            Directory.Delete(copy, recursive: true);
        }
    }

    [Theory]
    [InlineData(0, "starts after entry 1")]                    // entry 1: queued at the checkpoint, so the checkpoint needs it
    [InlineData(1, "which the checkpoint started, is missing")] // entry 2: named by a journaled step, in the file the checkpoint started
    public async Task ADeletedIngressLogFileIsAnErrorNamingIt(int deleted, string expected)
    {
        string directory = TestHost.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "orders.csv"), "");
            await using (var first = await TestHost.StartAsync(FtPrograms.Orders, Held, directory: directory))
            {
                var firstRequest = await SendUntilDurableAsync(first, "customers", """{"insert": {"id": 0, "region": "north"}}""");
                var (_, done) = first.Controller.RequestCheckpoint();
                await done;
                var secondRequest = await SendUntilDurableAsync(first, "customers", """{"insert": {"id": 1, "region": "south"}}""");
                // Stopping processes both (a journaled step naming entries 1 and 2).
                await first.Controller.StopAsync();
                Assert.Equal(HttpStatusCode.OK, (await firstRequest).Status);
                Assert.Equal(HttpStatusCode.OK, (await secondRequest).Status);
            }
            var files = Directory.GetFiles(Path.Combine(directory, "state"), "ingress-*.log").Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(2, files.Length);
            File.Delete(files[deleted]);
            var error = await Assert.ThrowsAsync<CheckpointCorruptException>(() =>
                TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory));
            Assert.Contains("ingress log", error.Message);
            Assert.Contains(expected, error.Message);
            Assert.Contains("acknowledged ingress records are missing", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ConcurrentRequestsAreAllLoggedAndDurableWhenAnswered()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "orders.csv"), "");
            await using var host = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory);
            var requests = Enumerable.Range(0, 40).Select(i => host.IngestAsync("customers", $$$"""{"insert": {"id": {{{i}}}, "region": "r{{{i}}}"}}""")).ToArray();
            foreach (var (status, _) in await Task.WhenAll(requests)) Assert.Equal(HttpStatusCode.OK, status);
            var log = host.Controller.IngressLog!;
            Assert.Equal(log.Appended, log.Durable);
            await host.WaitProcessedAsync(40);
            await host.Controller.StopAsync();
            Assert.Equal(40, FtPrograms.Rows(host.Host, "customer_view").Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task TheIngressLogCutsATornLastEntryButRefusesDamageBeforeIt()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            using (var log = IngressLog.Open(directory, fresh: true, 0, 0, checkpointHasLog: false, out _, out _))
            {
                for (long i = 0; i < 4; i++)
                {
                    var batch = new Connectors.ChangeBuffer(2, 4);
                    object?[] row = [i, "r"];
                    row.CopyTo(batch.Add(Connectors.ChangeKind.Insert, 1));
                    log.Append("api-ingress-t-json", "t", batch, (_, _) => { });
                }
                log.FlushThrough(4);
            }
            string file = Directory.GetFiles(directory, "ingress-*.log").Single();
            byte[] intact = File.ReadAllBytes(file);
            // A request torn by a crash (never acknowledged): cut off.
            File.WriteAllBytes(file, [.. intact, .. intact.AsSpan(8, 30)]);
            using (IngressLog.Open(directory, fresh: false, 0, 4, checkpointHasLog: false, out var entries, out string? torn))
            {
                Assert.Equal([1L, 2, 3, 4], entries.Select(e => e.Sequence));
                Assert.Equal([1L, 1, 1, 1], entries.Select(e => e.Records));
                Assert.Contains("incomplete record", torn);
            }
            Assert.Equal(intact.Length, new FileInfo(file).Length);
            // One bit of the first entry's records: damage, named.
            var damaged = intact.ToArray();
            damaged[8 + FrameFile.HeaderSize + 25] ^= 0x04;
            File.WriteAllBytes(file, damaged);
            var error = Assert.Throws<CheckpointCorruptException>(() => IngressLog.Open(directory, fresh: false, 0, 4, checkpointHasLog: false, out _, out _));
            Assert.Contains(file, error.Message);
            Assert.Contains("frame 1 at offset 8 (entry 1) fails its checksum and is followed by more records", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (string dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        // The OS lock is the running process's (a crash releases it); the lock file itself cannot be read while held.
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            if (Path.GetFileName(file) != "lock") File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
    }
}
