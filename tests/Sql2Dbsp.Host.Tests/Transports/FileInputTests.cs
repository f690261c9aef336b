using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Tests.Formats;

namespace Sql2Dbsp.Host.Tests.Transports;

public sealed class FileInputTests
{
    [Fact]
    public async Task ReportsByteOffsetsAndResumesFromThem()
    {
        string path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "1,a\n2,b\n3,c\n");
            var config = new FileInputConfig(path);
            var all = new CollectingConsumer(Schemas.Multiset, new CsvFormat());
            await config.CreateReader(new InputReaderContext("t.f", Schemas.Multiset, "/")).RunAsync(all, CancellationToken.None);
            Assert.True(all.Ended);
            Assert.Equal(3, all.Rows.Count);
            Assert.Equal(new ByteOffsetPosition(12), all.Positions[^1]);

            var resumed = new CollectingConsumer(Schemas.Multiset, new CsvFormat());
            await config.CreateReader(new InputReaderContext("t.f", Schemas.Multiset, "/", new ByteOffsetPosition(4).ToJson())).RunAsync(resumed, CancellationToken.None);
            Assert.Equal([2, 3], resumed.Rows.Select(r => (int)r[0]!));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AResumedOrReplayedReadDoesNotSkipTheHeaderAgain()
    {
        string path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "k,v\n1,a\n2,b\n3,c\n");
            var config = new FileInputConfig(path);
            var headers = new CsvFormat() with { Headers = true };
            var resumed = new CollectingConsumer(Schemas.Multiset, headers);
            await config.CreateReader(new InputReaderContext("t.f", Schemas.Multiset, "/", new ByteOffsetPosition(8).ToJson())).RunAsync(resumed, CancellationToken.None);
            Assert.Equal([2, 3], resumed.Rows.Select(r => (int)r[0]!));

            // The exactly-once replay of a journaled step reads the same range again.
            var buffers = new List<Sql2Dbsp.Connectors.ChangeBuffer>();
            config.ReplayRange(new InputReaderContext("t.f", Schemas.Multiset, "/"), new ByteOffsetPosition(4).ToJson(), new ByteOffsetPosition(12).ToJson(),
                headers.CreateParser(Schemas.Multiset), () => new Sql2Dbsp.Connectors.ChangeBuffer(2, 1), buffers, []);
            Assert.Equal([1, 2], buffers.SelectMany(b => Enumerable.Range(0, b.Count).Select(i => (int)b.Row(i)[0]!)));
            Assert.Equal(2, buffers.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
