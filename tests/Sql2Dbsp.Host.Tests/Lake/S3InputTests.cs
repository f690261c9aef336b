using System.Text;
using System.Text.Json;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Formats.Parquet;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Tests.Transports;

namespace Sql2Dbsp.Host.Tests.Lake;

/// <summary><c>s3_input</c> against moto on loopback: key order, positions and resume, object formats, follow, errors.</summary>
public sealed class S3InputTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private static readonly RelationSchema Events = new("events",
        [new ColumnSchema("k", false, SqlType.Integer()), new ColumnSchema("v", false, SqlType.Varchar(nullable: true))], []);

    private S3InputConfig Config(string bucket, string? key = null, string? prefix = null, bool follow = false, int retries = 5, Uri? endpoint = null) =>
        new(bucket, key, prefix, "us-east-1", endpoint ?? moto.Endpoint, MotoServer.AccessKey, MotoServer.SecretKey, Follow: follow, MaxRetries: retries);

    private static async Task<CollectingConsumer> ReadAsync(S3InputConfig config, FormatConfig format, JsonElement? resumeFrom = null, int batchSize = 100)
    {
        var consumer = new CollectingConsumer(Events, format, batchSize);
        var reader = config.CreateReader(new InputReaderContext("events.s3", Events, Directory.GetCurrentDirectory(), resumeFrom));
        await reader.RunAsync(consumer, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        return consumer;
    }

    [MotoFact]
    public async Task APrefixIsReadInKeyOrderAndAResumeContinuesExactly()
    {
        string bucket = await moto.NewBucketAsync();
        await moto.PutAsync(bucket, "in/2.csv", Encoding.UTF8.GetBytes("3,c\n4,d\n"));
        await moto.PutAsync(bucket, "in/1.csv", Encoding.UTF8.GetBytes("1,a\n2,b\n"));
        await moto.PutAsync(bucket, "in/3.csv", Encoding.UTF8.GetBytes("5,e\n"));
        await moto.PutAsync(bucket, "other/9.csv", Encoding.UTF8.GetBytes("9,z\n"));
        var all = await ReadAsync(Config(bucket, prefix: "in/"), new CsvFormat(), batchSize: 1);
        Assert.Empty(all.Errors);
        Assert.True(all.Ended);
        Assert.Equal([1, 2, 3, 4, 5], all.Rows.Select(r => (int)r[0]!));
        Assert.Equal(new S3Position("in/3.csv", 4, Rows: false), all.Positions[^1]);

        // Resume from every position reported: exactly the rows after it, never one twice.
        for (int p = 0; p < all.Positions.Count; p++)
        {
            int before = CountRowsThrough(all, p);
            var rest = await ReadAsync(Config(bucket, prefix: "in/"), new CsvFormat(), all.Positions[p].ToJson());
            Assert.Equal(all.Rows.Skip(before).Select(r => (int)r[0]!), rest.Rows.Select(r => (int)r[0]!));
        }
    }

    private static int CountRowsThrough(CollectingConsumer consumer, int position) => consumer.BatchSizes.Take(position + 1).Sum();

    [MotoFact]
    public async Task ParquetObjectsAreReadByRowsAndACorruptOneIsReportedAndSkipped()
    {
        string bucket = await moto.NewBucketAsync();
        var format = new ParquetFormat();
        await moto.PutAsync(bucket, "p/a.parquet", LakeFixtures.Encode(format, Events, [([1, "x"], 1), ([2, null], 1)]));
        byte[] good = LakeFixtures.Encode(format, Events, [([3, "y"], 1)]);
        await moto.PutAsync(bucket, "p/b.parquet", good[..(good.Length - 10)]);
        await moto.PutAsync(bucket, "p/c.parquet", LakeFixtures.Encode(format, Events, [([4, "w"], 1), ([1, "x"], -1)]));
        var consumer = await ReadAsync(Config(bucket, prefix: "p/"), format);
        Assert.True(consumer.Ended);
        Assert.Equal([1, 2, 4, 1], consumer.Rows.Select(r => (int)r[0]!));
        Assert.Contains(consumer.Errors, e => e.Contains("s3://" + bucket + "/p/b.parquet", StringComparison.Ordinal) && !e.StartsWith("fatal", StringComparison.Ordinal));
        Assert.Equal(new S3Position("p/c.parquet", 2, Rows: true), consumer.Positions[^1]);

        var resumed = await ReadAsync(Config(bucket, prefix: "p/"), format, new S3Position("p/a.parquet", 1, Rows: true).ToJson());
        Assert.Equal([2, 4, 1], resumed.Rows.Select(r => (int)r[0]!));
    }

    [MotoFact]
    public async Task OneKeyIsReadAndAMissingKeyIsFatal()
    {
        string bucket = await moto.NewBucketAsync();
        await moto.PutAsync(bucket, "data.csv", Encoding.UTF8.GetBytes("1,a\n"));
        await moto.PutAsync(bucket, "data.csv.bak", Encoding.UTF8.GetBytes("2,b\n"));
        var one = await ReadAsync(Config(bucket, key: "data.csv"), new CsvFormat());
        Assert.Equal([1], one.Rows.Select(r => (int)r[0]!));
        var missing = await ReadAsync(Config(bucket, key: "nope.csv"), new CsvFormat());
        Assert.Contains("fatal: s3://" + bucket + "/nope.csv: no such object", missing.Errors);
        Assert.False(missing.Ended);
    }

    [MotoFact]
    public async Task FollowPicksUpNewObjects()
    {
        string bucket = await moto.NewBucketAsync();
        await moto.PutAsync(bucket, "f/001.csv", Encoding.UTF8.GetBytes("1,a\n"));
        var consumer = new CollectingConsumer(Events, new CsvFormat());
        using var cancel = new CancellationTokenSource();
        var reader = Config(bucket, prefix: "f/", follow: true).CreateReader(new InputReaderContext("events.s3", Events, Directory.GetCurrentDirectory()));
        var run = reader.RunAsync(consumer, cancel.Token);
        await TestHost.WaitUntilAsync(() => consumer.Rows.Count == 1, "the first object");
        await moto.PutAsync(bucket, "f/002.csv", Encoding.UTF8.GetBytes("2,b\n3,c\n"));
        await TestHost.WaitUntilAsync(() => consumer.Rows.Count == 3, "the object added later");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal([1, 2, 3], consumer.Rows.Select(r => (int)r[0]!));
    }

    [MotoFact]
    public async Task AnUnreachableStoreIsRetriedThenFatal()
    {
        var closed = new Uri("http://127.0.0.1:9/");
        var consumer = await ReadAsync(Config("bucket", prefix: "", retries: 0, endpoint: closed), new CsvFormat());
        Assert.Contains(consumer.Errors, e => e.StartsWith("fatal: cannot list s3://bucket/", StringComparison.Ordinal));
    }
}
