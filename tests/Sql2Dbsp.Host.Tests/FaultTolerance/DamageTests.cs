using System.Buffers.Binary;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Host.FaultTolerance;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.Tests.FaultTolerance;

/// <summary>
/// Damage to the storage of an exactly-once pipeline between a stop (without a checkpoint, so storage is as a crash
/// leaves it: the initial checkpoint and the journal after it) and a restart: each case recovers exactly or refuses to
/// start with a message naming the file. The cases are the damage matrix of docs/fault-tolerance.md.
/// </summary>
public sealed class DamageTests
{
    private const int Orders = 20;

    [Fact]
    public async Task JournalFramesCutOffAtAFrameBoundaryAreCaughtByTheOutputsProgress()
    {
        string directory = await RunOnceAsync();
        try
        {
            string journal = NewestJournal(directory);
            var frames = FrameOffsets(journal);
            Assert.True(frames.Count >= 4, $"the run journaled {frames.Count} steps");
            // Two whole frames removed from the end: what is left is intact, but totals.csv has their transactions.
            using (var file = new FileStream(journal, FileMode.Open)) file.SetLength(frames[^2]);
            var error = await Assert.ThrowsAsync<CheckpointCorruptException>(() => StartAsync(directory));
            Assert.Contains("output 'totals.out' delivered transaction", error.Message);
            Assert.Contains("totals.csv.progress", error.Message);
            Assert.Contains("journaled steps are missing", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ADeletedNewestJournalFileIsAnErrorNamingIt()
    {
        string directory = await RunOnceAsync();
        try
        {
            string journal = NewestJournal(directory);
            File.Delete(journal);
            var error = await Assert.ThrowsAsync<CheckpointCorruptException>(() => StartAsync(directory));
            Assert.Contains(journal, error.Message);
            Assert.Contains("is missing", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("flip-first-frame", "fails its checksum and is followed by more records")]
    [InlineData("flip-length", "has a damaged header")]
    [InlineData("drop-middle-frame", "are missing")]
    public async Task DamageInsideTheNewestJournalFileIsAnErrorNamingFileAndStep(string damage, string expected)
    {
        string directory = await RunOnceAsync();
        try
        {
            string journal = NewestJournal(directory);
            var frames = FrameOffsets(journal);
            var bytes = File.ReadAllBytes(journal);
            switch (damage)
            {
                case "flip-first-frame":
                    bytes[(int)frames[0] + FrameFile.HeaderSize + 1] ^= 0x01;
                    break;
                case "flip-length":
                    bytes[(int)frames[0] + 1] ^= 0x01;
                    break;
                default:
                    bytes = [.. bytes.AsSpan(0, (int)frames[1]), .. bytes.AsSpan((int)frames[2])];
                    break;
            }
            File.WriteAllBytes(journal, bytes);
            var error = await Assert.ThrowsAsync<CheckpointCorruptException>(() => StartAsync(directory));
            Assert.Contains(journal, error.Message);
            Assert.Contains(expected, error.Message);
            Assert.Contains("step", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("flip-one-slot")]
    [InlineData("flip-both-slots")]
    [InlineData("truncate")]
    [InlineData("delete")]
    public async Task ADamagedOutputProgressFileRecoversExactly(string damage)
    {
        string directory = await RunOnceAsync();
        try
        {
            string progress = Path.Combine(directory, "totals.csv.progress");
            var bytes = File.ReadAllBytes(progress);
            switch (damage)
            {
                case "flip-one-slot":
                    bytes[3] ^= 0x40;
                    File.WriteAllBytes(progress, bytes);
                    break;
                case "flip-both-slots":
                    bytes[3] ^= 0x40;
                    bytes[35] ^= 0x40;
                    File.WriteAllBytes(progress, bytes);
                    break;
                case "truncate":
                    File.WriteAllBytes(progress, bytes[..20]);
                    break;
                default:
                    File.Delete(progress);
                    break;
            }
            await using (var host = await StartAsync(directory))
            {
                await host.WaitProcessedAsync(0);
                await host.Controller.StopAsync();
            }
            // Cut back to what the remaining progress (or the checkpoint) vouches for, then rewritten by the replay.
            Assert.Equal(FtPrograms.ExpectedTotals(Orders), FtPrograms.IntegrateCsv(Path.Combine(directory, "totals.csv")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(1)] // what a crash before the last step's record reached the disk leaves: recovers exactly
    [InlineData(2)] // the ingress entries appended after the first removed step was journaled say it was there
    public async Task JournalFramesCutOffWithoutAnOutputsProgressAreCaughtByTheIngressLog(int removed)
    {
        string directory = await RunOnceAsync(ingressRequests: 3);
        try
        {
            string journal = NewestJournal(directory);
            var frames = FrameOffsets(journal);
            // The last steps took only ingress (customers, whose views have no exactly-once output): no progress record vouches for them.
            using (var file = new FileStream(journal, FileMode.Open)) file.SetLength(frames[^removed]);
            if (removed == 1)
            {
                await using var host = await StartAsync(directory);
                await host.Controller.StopAsync();
                Assert.Equal(["0|r0", "1|r1", "2|r2"], FtPrograms.Rows(host.Host, "customer_view"));
                return;
            }
            var error = await Assert.ThrowsAsync<CheckpointCorruptException>(() => StartAsync(directory));
            Assert.Contains("was appended after step", error.Message);
            Assert.Contains("ingress-", error.Message);
            Assert.Contains("journaled steps are missing", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(1, null)] // a crash between the two fsyncs: the newest record is cut off, and nothing it took was acknowledged
    [InlineData(2, "acknowledged ingress records are missing")] // entries on disk before that record was written: damage
    public async Task AJournalRecordAheadOfTheIngressLogIsACrashOnlyForEntriesFsyncedWithIt(int entriesRemoved, string? expected)
    {
        string directory = await RunOnceAsync(ingressRequests: 3);
        try
        {
            string ingress = Directory.GetFiles(Path.Combine(directory, "state"), "ingress-*.log").Order(StringComparer.Ordinal).Last();
            var entries = FrameOffsets(ingress);
            using (var file = new FileStream(ingress, FileMode.Open)) file.SetLength(entries[^entriesRemoved]);
            if (expected is not null)
            {
                var error = await Assert.ThrowsAsync<CheckpointCorruptException>(() => StartAsync(directory));
                Assert.Contains(expected, error.Message);
                return;
            }
            var log = new PipelineLog();
            await using var host = await StartAsync(directory, log);
            await host.Controller.StopAsync();
            Assert.Contains(log.Recent, e => e.Message.Contains("journal: ignored the record of step", StringComparison.Ordinal));
            Assert.Equal(["0|r0", "1|r1"], FtPrograms.Rows(host.Host, "customer_view"));
            Assert.Equal(FtPrograms.ExpectedTotals(Orders), FtPrograms.IntegrateCsv(Path.Combine(directory, "totals.csv")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ASecondPipelineOnTheSameStorageIsRefusedBeforeReadingItNamingTheHolder()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, "orders.csv"), FtPrograms.OrderLines(0, Orders));
            var log = new PipelineLog();
            await using (var first = await StartAsync(directory))
            {
                await first.WaitProcessedAsync(Orders);
                var error = await Assert.ThrowsAsync<StorageInUseException>(() => StartAsync(directory, log));
                Assert.Contains($"in use by another pipeline (process {Environment.ProcessId} on ", error.Message);
                Assert.Contains(Path.Combine(directory, "state"), error.Message);
                // Refused before it resumed or replayed anything.
                Assert.DoesNotContain(log.Recent, e => e.Message.Contains("resumed", StringComparison.Ordinal) || e.Message.Contains("replay", StringComparison.Ordinal));
            }
            // Released at stop; a lock file left behind (as by a killed process, whose OS lock the kernel released) is taken over.
            File.WriteAllText(Path.Combine(directory, "state", "lock.pid"), "999999 elsewhere 2026-01-01T00:00:00Z\n");
            await using (var again = await StartAsync(directory))
                Assert.StartsWith($"{Environment.ProcessId} ", File.ReadAllText(Path.Combine(directory, "state", "lock.pid")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Runs the orders program over <see cref="Orders"/> orders, then posts <paramref name="ingressRequests"/> customers one
    /// request (and so one step) after another, and stops without a checkpoint.
    /// </summary>
    private static async Task<string> RunOnceAsync(int ingressRequests = 0)
    {
        string directory = TestHost.NewDirectory();
        File.WriteAllText(Path.Combine(directory, "orders.csv"), FtPrograms.OrderLines(0, Orders));
        await using var host = await StartAsync(directory);
        await host.WaitProcessedAsync(Orders);
        for (int i = 0; i < ingressRequests; i++)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await host.IngestAsync("customers", $$$"""{"insert": {"id": {{{i}}}, "region": "r{{{i}}}"}}""")).Status);
        await host.Controller.StopAsync();
        Assert.Equal(FtPrograms.ExpectedTotals(Orders), FtPrograms.IntegrateCsv(Path.Combine(directory, "totals.csv")));
        return directory;
    }

    private static Task<TestHost> StartAsync(string directory, PipelineLog? log = null) =>
        TestHost.StartAsync(FtPrograms.Orders, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory, log: log);

    private static string NewestJournal(string directory) =>
        Directory.GetFiles(Path.Combine(directory, "state"), "journal-*.log").Order(StringComparer.Ordinal).Last();

    /// <summary>The offsets of a journal or ingress log file's frames (after the 8-byte magic, each a 24-byte header and its payload).</summary>
    private static List<long> FrameOffsets(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var offsets = new List<long>();
        for (long pos = 8; pos < bytes.Length; pos += FrameFile.HeaderSize + BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)pos)))
            offsets.Add(pos);
        return offsets;
    }
}
