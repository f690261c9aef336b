using Sql2Dbsp.Runtime.Sql;
using System.Globalization;
using DuckDB.NET.Data;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host.Tests.FaultTolerance;

namespace Sql2Dbsp.Host.Tests.Lake;

/// <summary>Pipelines through the host: Parquet written by DuckDB read by file_input and s3_input, views written as
/// Parquet and Arrow files, the Parquet output read back by DuckDB, and exactly-once replay of a Parquet input.</summary>
public sealed class LakePipelineTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private const int Orders = 3000;

    private static string Program(string transport) => $$$"""
        CREATE TABLE orders (id BIGINT NOT NULL, customer INT NOT NULL, amount DECIMAL(10,2), placed TIMESTAMP)
        WITH ('connectors' = '[{"name": "in", "max_batch_size": 700, "transport": {{{transport}}}, "format": {"name": "parquet"}}]');
        CREATE MATERIALIZED VIEW totals
        WITH ('connectors' = '[{"name": "pq", "transport": {"name": "file_output", "config": {"path": "out/totals"}}, "format": {"name": "parquet"}},
                               {"name": "arrow", "transport": {"name": "file_output", "config": {"path": "out/totals_arrow"}}, "format": {"name": "arrow_ipc"}}]')
        AS SELECT customer, SUM(amount) AS total, COUNT(*) AS n, MAX(placed) AS last FROM orders GROUP BY customer;
        """;

    /// <summary>Orders written by DuckDB in row groups of 1000: customer = id % 5, amount = id * 0.25 (NULL every 9th), placed = 2024-01-01 + id seconds.</summary>
    private static void WriteOrders(string file)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            COPY (SELECT i::BIGINT AS id, (i % 5)::INT AS customer, CASE WHEN i % 9 = 0 THEN NULL ELSE (i * 0.25)::DECIMAL(10,2) END AS amount,
                         TIMESTAMP '2024-01-01' + INTERVAL (i) SECOND AS placed
                  FROM range({Orders}) t(i)) TO '{file}' (FORMAT parquet, ROW_GROUP_SIZE 1000)
            """;
        command.ExecuteNonQuery();
    }

    private static List<string> Expected()
    {
        var rows = new List<string>();
        for (int c = 0; c < 5; c++)
        {
            decimal total = 0;
            int n = 0, last = 0;
            for (int i = c; i < Orders; i += 5)
            {
                n++;
                last = i;
                if (i % 9 != 0) total += i * 0.25m;
            }
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{c}|{total:F2}|{n}|{new DateTime(2024, 1, 1).AddSeconds(last):yyyy-MM-dd HH:mm:ss}"));
        }
        return rows;
    }

    /// <summary>The Parquet files of a file_output directory read by DuckDB, integrated by <c>__feldera_op</c>.</summary>
    private static List<string> ReadOutput(string directory)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"""
            SELECT customer, total::VARCHAR, n, strftime(last, '%Y-%m-%d %H:%M:%S'), sum(CASE WHEN __feldera_op = 'i' THEN 1 ELSE -1 END)::BIGINT AS w
            FROM read_parquet('{directory}/*.parquet') GROUP BY ALL HAVING w <> 0 ORDER BY customer
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            Assert.Equal(1L, Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture));
            rows.Add($"{reader.GetValue(0)}|{reader.GetValue(1)}|{reader.GetValue(2)}|{reader.GetValue(3)}");
        }
        return rows;
    }

    private static List<string> Contents(TestHost host) =>
        [.. host.Controller.Pipeline.Output("totals").Contents.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r[0]}|{(decimal)(SqlDecimal)r[1]!:F2}|{r[2]}|{(DateTime)r[3]!:yyyy-MM-dd HH:mm:ss}")).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ParquetFileInParquetAndArrowFilesOutAndDuckDbAgrees()
    {
        using var program = HostedProgram.Compile(Program("""{"name": "file_input", "config": {"path": "orders.parquet"}}"""), "lake.sql", null);
        Assert.True(program.Success, program.RenderDiagnostics());
        await using var host = await TestHost.StartAsync(program, prepare: dir => WriteOrders(Path.Combine(dir, "orders.parquet")));
        await host.Controller.WaitForCompletionAsync(CancellationToken.None);
        var input = host.Controller.InputStats("orders.in")!;
        Assert.Null(input.FatalError);
        Assert.Equal(Orders, input.TotalRecords);
        Assert.Equal(new Connectors.Transports.RowPosition(Orders), input.Position);
        await host.Controller.StopAsync();
        Assert.Equal(Expected(), Contents(host));
        Assert.Equal(Expected(), ReadOutput(host.PathOf("out/totals")));
        Assert.NotEmpty(Directory.GetFiles(host.PathOf("out/totals_arrow"), "*.arrow"));
    }

    [Fact]
    public async Task AParquetInputIsReplayedExactlyOnceAndItsOutputFilesHoldEachTransactionOnce()
    {
        using var program = HostedProgram.Compile(Program("""{"name": "file_input", "config": {"path": "orders.parquet"}}"""), "lake.sql", null, FaultToleranceModel.ExactlyOnce);
        Assert.True(program.Success, program.RenderDiagnostics());
        string directory = TestHost.NewDirectory();
        try
        {
            WriteOrders(Path.Combine(directory, "orders.parquet"));
            await using (var first = await TestHost.StartAsync(program, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                await first.WaitProcessedAsync(Orders);
                // Stopping without a checkpoint leaves storage as a crash would: the journal after the initial checkpoint.
                await first.Controller.StopAsync();
            }
            int files = Directory.GetFiles(Path.Combine(directory, "out/totals"), "*.parquet").Length;
            await using (var second = await TestHost.StartAsync(program, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                Assert.True(second.Controller.ReplayedSteps > 0, "the steps after the initial checkpoint are replayed from the Parquet file's rows");
                await second.Controller.StopAsync();
                Assert.Equal(Expected(), Contents(second));
            }
            Assert.Equal(files, Directory.GetFiles(Path.Combine(directory, "out/totals"), "*.parquet").Length);
            Assert.Equal(Expected(), ReadOutput(Path.Combine(directory, "out/totals")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [MotoFact]
    public async Task AnS3InputUnderExactlyOnceIsReplayedFromTheJournalAndResumesAfterItsPosition()
    {
        string bucket = await moto.NewBucketAsync();
        string local = Path.Combine(TestHost.NewDirectory(), "orders.parquet");
        WriteOrders(local);
        await moto.PutAsync(bucket, "orders/part-0.parquet", File.ReadAllBytes(local));
        using var program = HostedProgram.Compile(Program(S3Transport(bucket)), "lake-s3.sql", null, FaultToleranceModel.ExactlyOnce);
        Assert.True(program.Success, program.RenderDiagnostics());
        string directory = TestHost.NewDirectory();
        try
        {
            await using (var first = await TestHost.StartAsync(program, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                await first.WaitProcessedAsync(Orders);
                await first.Controller.StopAsync();
            }
            // A second object arrives while the pipeline is down; the restart replays the journal, then reads only it.
            await moto.PutAsync(bucket, "orders/part-1.parquet", File.ReadAllBytes(local));
            await using (var second = await TestHost.StartAsync(program, FtPrograms.Config(FaultToleranceModel.ExactlyOnce), directory: directory))
            {
                Assert.True(second.Controller.ReplayedSteps > 0, "the steps after the initial checkpoint are replayed from the journal");
                await TestHost.WaitUntilAsync(() => second.Controller.InputStats("orders.in")!.EndOfInput, "the end of the second object");
                await second.WaitProcessedAsync(Orders);
                await second.Controller.StopAsync();
                Assert.Equal(new Connectors.Transports.S3Position("orders/part-1.parquet", Orders, Rows: true), second.Controller.InputStats("orders.in")!.Position);
                var doubled = second.Controller.Pipeline.Output("totals").Contents;
                Assert.Equal(Enumerable.Repeat(2L * Orders / 5, 5), doubled.Select(r => Convert.ToInt64(r[2], CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private string S3Transport(string bucket) => $$$"""
        {"name": "s3_input", "config": {"bucket_name": "{{{bucket}}}", "prefix": "orders/", "region": "us-east-1", "endpoint_url": "{{{moto.Endpoint}}}",
         "aws_access_key_id": "{{{MotoServer.AccessKey}}}", "aws_secret_access_key": "{{{MotoServer.SecretKey}}}"}}
        """.ReplaceLineEndings(" ");

    [MotoFact]
    public async Task ParquetObjectsOnS3FlowThroughAPipeline()
    {
        string bucket = await moto.NewBucketAsync();
        string local = Path.Combine(TestHost.NewDirectory(), "orders.parquet");
        WriteOrders(local);
        await moto.PutAsync(bucket, "orders/part-0.parquet", File.ReadAllBytes(local));
        using var program = HostedProgram.Compile(Program(S3Transport(bucket)), "lake-s3.sql", null);
        Assert.True(program.Success, program.RenderDiagnostics());
        await using var host = await TestHost.StartAsync(program);
        await host.Controller.WaitForCompletionAsync(CancellationToken.None);
        Assert.Null(host.Controller.InputStats("orders.in")!.FatalError);
        await host.Controller.StopAsync();
        Assert.Equal(Expected(), Contents(host));
        Assert.Equal(Expected(), ReadOutput(host.PathOf("out/totals")));
        var status = await host.Client.GetStringAsync("/stats");
        Assert.DoesNotContain(MotoServer.SecretKey, status, StringComparison.Ordinal);
    }
}
