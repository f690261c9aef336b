using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats.Parquet;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Tests.Transports;

namespace Sql2Dbsp.Host.Tests.Lake;

/// <summary>The file and URL transports with formats of whole objects: url_input spills a Parquet body to disk and
/// resumes by rows; file_output writes one file per transaction and cleans up by the fault-tolerance rules.</summary>
public sealed class ObjectTransportTests
{
    private static readonly RelationSchema Events = new("events",
        [new ColumnSchema("k", false, SqlType.Integer()), new ColumnSchema("v", false, SqlType.Varchar(nullable: true))], []);

    [Fact]
    public async Task UrlInputReadsAParquetBodyAndResumesAtARow()
    {
        byte[] body = LakeFixtures.Encode(new ParquetFormat(), Events, [([1, "a"], 1), ([2, "b"], 1), ([3, null], 1)]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapGet("/data.parquet", (RequestDelegate)(c => c.Response.Body.WriteAsync(body).AsTask()));
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/data.parquet");

        var all = new CollectingConsumer(Events, new ParquetFormat(), batchSize: 2);
        await new UrlInputConfig(url).CreateReader(new InputReaderContext("events.web", Events, ".")).RunAsync(all, CancellationToken.None);
        Assert.True(all.Ended);
        Assert.Equal([1, 2, 3], all.Rows.Select(r => (int)r[0]!));
        Assert.Equal([new RowPosition(2), new RowPosition(3)], all.Positions);

        var rest = new CollectingConsumer(Events, new ParquetFormat());
        await new UrlInputConfig(url).CreateReader(new InputReaderContext("events.web", Events, ".", new RowPosition(2).ToJson())).RunAsync(rest, CancellationToken.None);
        Assert.Equal([3], rest.Rows.Select(r => (int)r[0]!));
        await app.StopAsync();
    }

    [Fact]
    public async Task FileOutputWritesOneFilePerTransactionAndCleansUpByTheModel()
    {
        string directory = TestHost.NewDirectory();
        try
        {
            var format = new ParquetFormat();
            OutputWriterContext Context(FaultToleranceModel model, bool resuming, string? token = null) =>
                new("events.out", Events, format, directory, model, resuming, token);
            string Files() => string.Join(",", Directory.GetFiles(Path.Combine(directory, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

            var first = new FileOutputConfig("out").CreateWriter(Context(FaultToleranceModel.AtLeastOnce, resuming: false));
            await first.WriteBatchAsync(new OutputBatchInfo(1, 1, 1), new byte[] { 1 }, CancellationToken.None);
            await first.WriteBatchAsync(new OutputBatchInfo(2, 2, 1), new byte[] { 2 }, CancellationToken.None);
            string? token = await first.CommitAsync(CancellationToken.None);
            await first.WriteBatchAsync(new OutputBatchInfo(3, 3, 1), new byte[] { 3 }, CancellationToken.None);
            await first.DisposeAsync();
            Assert.Equal("00000000000000000001.parquet,00000000000000000002.parquet,00000000000000000003.parquet", Files());

            // Exactly-once keeps everything: a replayed transaction rewrites its own file.
            await (new FileOutputConfig("out").CreateWriter(Context(FaultToleranceModel.ExactlyOnce, resuming: true))).DisposeAsync();
            Assert.Equal(3, Files().Split(',').Length);

            // At-least-once resumes from the checkpoint: the files of later transactions go.
            await (new FileOutputConfig("out").CreateWriter(Context(FaultToleranceModel.AtLeastOnce, resuming: true, token))).DisposeAsync();
            Assert.Equal("00000000000000000001.parquet,00000000000000000002.parquet", Files());

            // A fresh start leaves no file of an earlier run.
            await (new FileOutputConfig("out").CreateWriter(Context(FaultToleranceModel.None, resuming: false))).DisposeAsync();
            Assert.Equal("", Files());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
