using System.Text;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Tests.Formats;

namespace Sql2Dbsp.Host.Tests.FaultTolerance;

/// <summary><c>file_output</c> as a fault-tolerant sink: dedupe by transaction (exactly-once), cut back to the checkpoint (at-least-once).</summary>
public sealed class FileOutputSinkTests
{
    [Fact]
    public async Task ExactlyOnceCutsATornBatchAndSkipsTransactionsAlreadyWritten()
    {
        string directory = TestHost.NewDirectory();
        string path = Path.Combine(directory, "out.csv");
        var config = new FileOutputConfig("out.csv");
        var schema = Schemas.Multiset;
        var fresh = new OutputWriterContext("v.out", schema, null, directory, FaultToleranceModel.ExactlyOnce);
        await using (var writer = config.CreateWriter(fresh))
        {
            await Write(writer, 1, "a\n");
            await Write(writer, 2, "b\n");
            await Write(writer, 4, "d\n");
        }
        // A crash in the middle of transaction 5's batch: its bytes are in the file, the progress file still says 4.
        File.AppendAllText(path, "e-torn");

        var resumed = fresh with { Resuming = true, ResumeToken = """{"transaction":2,"bytes":4}""" };
        await using (var writer = config.CreateWriter(resumed))
        {
            Assert.Equal("a\nb\nd\n", File.ReadAllText(path));
            // Replay repeats transactions 3 (no output for this view), 4 and 5, then new ones follow.
            await Write(writer, 4, "d\n");
            await Write(writer, 5, "e\n");
            await Write(writer, 6, "f\n");
        }
        Assert.Equal("a\nb\nd\ne\nf\n", File.ReadAllText(path));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task AtLeastOnceCutsBackToTheCheckpointAndWritesTheRestAgain()
    {
        string directory = TestHost.NewDirectory();
        string path = Path.Combine(directory, "out.csv");
        var config = new FileOutputConfig("out.csv");
        var fresh = new OutputWriterContext("v.out", Schemas.Multiset, null, directory, FaultToleranceModel.AtLeastOnce);
        string token;
        await using (var writer = config.CreateWriter(fresh))
        {
            await Write(writer, 1, "a\n");
            token = (await writer.CommitAsync(CancellationToken.None))!;
            await Write(writer, 2, "b\n");
        }
        Assert.Equal("""{"transaction":1,"bytes":2}""", token);
        Assert.False(File.Exists(path + ".progress"), "at-least-once keeps its progress in the checkpoint only");
        await using (var writer = config.CreateWriter(fresh with { Resuming = true, ResumeToken = token }))
        {
            Assert.Equal("a\n", File.ReadAllText(path));
            // The input after the checkpoint is processed again, maybe in other steps.
            await Write(writer, 2, "b\n");
        }
        Assert.Equal("a\nb\n", File.ReadAllText(path));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void AFileShorterThanWhatWasWrittenIsAnError()
    {
        string directory = TestHost.NewDirectory();
        File.WriteAllText(Path.Combine(directory, "out.csv"), "a\n");
        var context = new OutputWriterContext("v.out", Schemas.Multiset, null, directory, FaultToleranceModel.AtLeastOnce, Resuming: true,
            ResumeToken: """{"transaction":3,"bytes":10}""");
        var error = Assert.Throws<IOException>(() => new FileOutputConfig("out.csv").CreateWriter(context));
        Assert.Contains("has 2 bytes, but 10 were written to it before the restart", error.Message);
        Directory.Delete(directory, recursive: true);
    }

    private static ValueTask Write(IOutputWriter writer, long transaction, string text) =>
        writer.WriteBatchAsync(new OutputBatchInfo(transaction, transaction, 1), Encoding.UTF8.GetBytes(text), CancellationToken.None);
}
