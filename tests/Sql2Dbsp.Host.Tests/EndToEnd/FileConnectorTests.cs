using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>Files in, files out; a followed file; url_input against a real HTTP server.</summary>
public sealed class FileConnectorTests
{
    [Fact]
    public async Task JsonAndCsvFilesInJsonAndCsvFilesOut()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Files, prepare: dir =>
        {
            File.WriteAllText(Path.Combine(dir, "items.json"), """
                {"insert": {"id": 1, "name": "a", "price": 1.5, "qty": 2, "added": "2024-01-02"}}
                {"insert": {"id": 2, "name": "b", "price": null, "qty": 3, "added": null}}

                """);
            File.WriteAllText(Path.Combine(dir, "events.csv"), "1,x\n1,y\n2,z\n");
        });
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("events.csv")!.EndOfInput, "the CSV file's end");
        await host.WaitProcessedAsync(5);
        // The followed JSON file keeps its endpoint open: appended records flow through.
        await File.AppendAllTextAsync(host.PathOf("items.json"), """{"delete": {"id": 1}}""" + "\n");
        await host.WaitProcessedAsync(6);
        await host.Controller.StopAsync();

        var items = Integrate(File.ReadAllLines(host.PathOf("out/items.json")).Select(line =>
        {
            var record = System.Text.Json.JsonDocument.Parse(line).RootElement;
            return record.TryGetProperty("insert", out var row) ? (row.GetRawText(), 1L) : (record.GetProperty("delete").GetRawText(), -1L);
        }));
        Assert.Equal(["""{"id":2,"name":"b","price":null,"qty":3,"added":null}"""], items.Keys);
        var counts = Integrate(File.ReadAllLines(host.PathOf("out/event_counts.csv")).Select(line =>
        {
            int comma = line.LastIndexOf(',');
            return (line[..comma], long.Parse(line[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }));
        Assert.Equal(["1,2", "2,1"], counts.Keys.Order(StringComparer.Ordinal));
        var position = host.Controller.InputStats("events.csv")!.Position;
        Assert.Equal(new Connectors.Transports.ByteOffsetPosition(12), position);
    }

    [Fact]
    public async Task UrlInputReadsAnHttpBody()
    {
        await using var server = await ServeAsync("1,from\n2,the\n3,web\n");
        string sql = $$$"""
            CREATE TABLE events (k INT NOT NULL, v VARCHAR)
            WITH ('connectors' = '[{"name": "web", "transport": {"name": "url_input", "config": {"path": "{{{server.Url}}}data.csv"}}, "format": {"name": "csv"}}]');
            CREATE MATERIALIZED VIEW total AS SELECT SUM(k) AS s, COUNT(*) AS n FROM events;
            """;
        using var program = HostedProgram.Compile(sql, "url.sql", null);
        Assert.True(program.Success, program.RenderDiagnostics());
        await using var host = await TestHost.StartAsync(program);
        await host.Controller.WaitForCompletionAsync(CancellationToken.None);
        var input = host.Controller.InputStats("events.web")!;
        Assert.Equal(3, input.TotalRecords);
        Assert.True(input.EndOfInput);
        Assert.Null(input.FatalError);

        string missing = sql.Replace("data.csv", "missing.csv", StringComparison.Ordinal);
        using var program404 = HostedProgram.Compile(missing, "url404.sql", null);
        await using var host404 = await TestHost.StartAsync(program404);
        await TestHost.WaitUntilAsync(() => host404.Controller.InputStats("events.web")!.FatalError is not null, "the HTTP error");
        Assert.Contains("HTTP 404", host404.Controller.InputStats("events.web")!.FatalError);
    }

    private static Dictionary<string, long> Integrate(IEnumerable<(string Row, long Weight)> changes)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (row, weight) in changes)
        {
            long w = result.GetValueOrDefault(row) + weight;
            if (w == 0) result.Remove(row);
            else result[row] = w;
        }
        return result;
    }

    /// <summary>A tiny HTTP server on a free loopback port serving <paramref name="body"/> at /data.csv.</summary>
    internal static async Task<TestWebServer> ServeAsync(string body)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/data.csv", (RequestDelegate)(c => c.Response.WriteAsync(body)));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestWebServer(app, address.TrimEnd('/') + "/");
    }

    internal sealed class TestWebServer(WebApplication app, string url) : IAsyncDisposable
    {
        public string Url { get; } = url;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
