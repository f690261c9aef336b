using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Tests.EndToEnd;
using Sql2Dbsp.Host.Tests.Formats;

namespace Sql2Dbsp.Host.Tests.Transports;

public sealed class UrlInputTests
{
    [Fact]
    public async Task ResumesFromAByteOffsetWhenTheServerIgnoresRanges()
    {
        await using var server = await FileConnectorTests.ServeAsync("1,a\n2,b\n3,c\n");
        var config = new UrlInputConfig(new Uri(server.Url + "data.csv"));
        var all = new CollectingConsumer(Schemas.Multiset, new CsvFormat());
        await config.CreateReader(new InputReaderContext("t.web", Schemas.Multiset, "/")).RunAsync(all, CancellationToken.None);
        Assert.True(all.Ended);
        Assert.Equal([1, 2, 3], all.Rows.Select(r => (int)r[0]!));
        Assert.Equal(new ByteOffsetPosition(12), all.Positions[^1]);

        var resumed = new CollectingConsumer(Schemas.Multiset, new CsvFormat());
        await config.CreateReader(new InputReaderContext("t.web", Schemas.Multiset, "/", new ByteOffsetPosition(8).ToJson())).RunAsync(resumed, CancellationToken.None);
        Assert.Equal([3], resumed.Rows.Select(r => (int)r[0]!));
    }
}
