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
            Assert.Equal(new FileInputConfig.Position(12), all.Positions[^1]);

            var resumed = new CollectingConsumer(Schemas.Multiset, new CsvFormat());
            await config.CreateReader(new InputReaderContext("t.f", Schemas.Multiset, "/", new FileInputConfig.Position(4).ToJson())).RunAsync(resumed, CancellationToken.None);
            Assert.Equal([2, 3], resumed.Rows.Select(r => (int)r[0]!));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
