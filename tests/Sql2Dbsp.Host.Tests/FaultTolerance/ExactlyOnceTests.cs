using System.Collections.Immutable;
using System.Net;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Host.FaultTolerance;

namespace Sql2Dbsp.Host.Tests.FaultTolerance;

/// <summary>
/// The journal and its replay. A stop without a checkpoint leaves storage as a crash would (the last checkpoint and
/// the journal after it), so a restart in the same directory must replay.
/// </summary>
public sealed class ExactlyOnceTests
{
    private const string Customers = """
        {"insert": {"id": 0, "region": "north"}}
        {"insert": {"id": 1, "region": "south"}}
        {"insert": {"id": 2, "region": "north"}}
        """;

    [Fact]
    public async Task HttpIngressIsReplayedFromTheJournalAndFileOutputIsNotDuplicated()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "orders.csv"), FtPrograms.OrderLines(0, 20));
            List<string> regions, customers;
            await using (var first = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                Assert.Equal(HttpStatusCode.OK, (await first.IngestAsync("customers", Customers)).Status);
                await first.WaitProcessedAsync(23);
                await first.Controller.StopAsync();
                regions = FtPrograms.Rows(first.Host, "regions");
                customers = FtPrograms.Rows(first.Host, "customer_view");
            }
            Assert.Equal(RegionsOf(20), regions);
            var log = new PipelineLog();
            await using (var second = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory, log: log))
            {
                Assert.True(second.Controller.ReplayedSteps > 0, "the steps after the initial checkpoint are replayed");
                // The ingress records came back from the journal: customer 3 can join now.
                Assert.Equal(HttpStatusCode.OK, (await second.IngestAsync("customers", """{"insert": {"id": 3, "region": "east"}}""")).Status);
                await second.WaitProcessedAsync(1);
                await second.Controller.StopAsync();
                Assert.Equal([.. customers, "3|east"], FtPrograms.Rows(second.Host, "customer_view"));
                Assert.Equal(["east|550", .. RegionsOf(20)], FtPrograms.Rows(second.Host, "regions"));
            }
            // Replayed transactions were already in the file: it holds each exactly once.
            Assert.Equal(FtPrograms.ExpectedTotals(20), FtPrograms.IntegrateCsv(Path.Combine(directory, "totals.csv")));
            Assert.DoesNotContain(log.Recent, e => e.Message.Contains("torn", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task AnInputThatChangedUnderTheJournalFailsTheStartNamingIt()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            string orders = Path.Combine(directory, "orders.csv");
            File.WriteAllText(orders, FtPrograms.OrderLines(0, 10));
            await using (var first = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                await first.WaitProcessedAsync(10);
                await first.Controller.StopAsync();
            }
            // Same length, other amounts: the journal's hash no longer matches.
            File.WriteAllText(orders, FtPrograms.OrderLines(0, 10).Replace(",0\n", ",9\n", StringComparison.Ordinal));
            var error = await Assert.ThrowsAsync<JournalReplayException>(() =>
                TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory));
            Assert.Contains("input 'orders.file' now gives", error.Message);
            Assert.Contains("but the journal says", error.Message);
            Assert.Contains("hash", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ATornJournalTailIsCutOffAndIgnored()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            await using (var first = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory,
                prepare: dir => File.WriteAllText(Path.Combine(dir, "orders.csv"), "")))
            {
                await first.IngestAsync("customers", Customers);
                await first.WaitProcessedAsync(3);
                await first.Controller.StopAsync();
            }
            // A crash in the middle of an append: a frame header promising more bytes than follow.
            string journal = Directory.GetFiles(Path.Combine(directory, "state"), "journal-*.log").Order(StringComparer.Ordinal).Last();
            long intact = new FileInfo(journal).Length;
            using (var file = new FileStream(journal, FileMode.Append)) file.Write([200, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
            var log = new PipelineLog();
            await using (var second = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory, log: log))
            {
                await second.Controller.StopAsync();
                Assert.Equal(["0|north", "1|south", "2|north"], FtPrograms.Rows(second.Host, "customer_view"));
            }
            Assert.Contains(log.Recent, e => e.Message.Contains("torn by a crash", StringComparison.Ordinal) && e.Message.Contains("incomplete record", StringComparison.Ordinal));
            Assert.True(new FileInfo(journal).Length <= intact + 64, "the torn tail was cut off");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task UpsertStateSurvivesACheckpoint()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            await using (var first = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory,
                prepare: dir => File.WriteAllText(Path.Combine(dir, "orders.csv"), "")))
            {
                await first.IngestAsync("customers", Customers);
                await first.WaitProcessedAsync(3);
                var (_, done) = first.Controller.RequestCheckpoint();
                await done;
                await first.Controller.StopAsync();
            }
            // Nothing after the checkpoint: the journal is empty, so the keyed rows can only come from the checkpoint.
            // (The older journal file stays for the previous checkpoint, the fallback.)
            string newest = Directory.GetFiles(Path.Combine(directory, "state"), "journal-*.log").Order(StringComparer.Ordinal).Last();
            Assert.Equal(8, new FileInfo(newest).Length);
            // One upsert state per retained checkpoint (the initial one and this one), inside the checkpoint.
            var checkpoints = Directory.GetDirectories(Path.Combine(directory, "state"), "checkpoint-*");
            Assert.Equal(2, checkpoints.Length);
            Assert.All(checkpoints, c => Assert.Contains("\"caller/upserts\"", File.ReadAllText(Path.Combine(c, "manifest.json"))));
            await using (var second = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                Assert.Equal(0, second.Controller.ReplayedSteps);
                var (status, body) = await second.IngestAsync("customers", """
                    {"update": {"id": 1, "region": "west"}}
                    {"delete": {"id": 2}}
                    {"insert": {"id": 0, "region": "east"}}
                    """);
                Assert.Equal(HttpStatusCode.OK, status);
                Assert.Equal(3, body.GetProperty("accepted").GetInt64());
                await second.WaitProcessedAsync(3);
                await second.Controller.StopAsync();
                Assert.Equal(0, second.Controller.Stats().Inputs.Sum(i => i.ParseErrors));
                Assert.Equal(["0|east", "1|west"], FtPrograms.Rows(second.Host, "customer_view"));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task IngressIsRefusedUnderAtLeastOnce()
    {
        await using var host = await TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.AtLeastOnce),
            prepare: dir => File.WriteAllText(Path.Combine(dir, "orders.csv"), ""));
        var (status, body) = await host.IngestAsync("customers", Customers);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("IngressNotFaultTolerant", body.GetProperty("error_code").GetString());
        Assert.Contains("http_input", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AConnectorLackingTheModelIsRefusedAtStartByName()
    {
        var program = FtPrograms.Orders;
        var declared = program.Connectors!.Connectors;
        var orders = declared.First(c => c.IsInput);
        var volatileInput = orders with { EndpointName = "orders.volatile", Config = orders.Config with { Transport = new VolatileInputConfig() } };
        var catalog = program.Connectors.WithConnectors(declared.Add(volatileInput));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => PipelineHost.StartAsync(program.Program, catalog,
            new HostOptions { Config = FtPrograms.Config(FaultToleranceModel.AtLeastOnce), Port = 0, WorkingDirectory = TestHost.NewDirectory() }));
        Assert.Contains("connector 'orders.volatile' (volatile_input) does not support fault_tolerance model 'at_least_once'", error.Message);
    }

    private static List<string> RegionsOf(int n)
    {
        long north = 0, south = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % 4 is 0 or 2) north += i * 10;
            else if (i % 4 == 1) south += i * 10;
        }
        return [$"north|{north}", $"south|{south}"];
    }

    /// <summary>An input that can neither seek nor replay (a stand-in for a connector without fault tolerance).</summary>
    private sealed record VolatileInputConfig : InputTransportConfig
    {
        public override string Name => "volatile_input";

        public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: false, AtLeastOnce: false, ExactlyOnce: false);

        public override IInputReader CreateReader(InputReaderContext context) => throw new InvalidOperationException("never opened");
    }
}
