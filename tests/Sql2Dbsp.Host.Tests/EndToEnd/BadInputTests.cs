using System.Net;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>
/// Each kind of bad input: a clear error naming the endpoint, the record's position and the reason; counted in the
/// endpoint's statistics; HTTP 400 with a JSON body for ingress; valid records kept; the pipeline keeps running.
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("{\"insert\": {\"k\": 2, \"v\": \"bad\"", "invalid JSON")]
    [InlineData("""{"insert": {"k": 2, "w": "x"}}""", "unknown column 'w' (table 'events' has columns k, v)")]
    [InlineData("""{"insert": {"k": "two", "v": "x"}}""", "column 'k' (INTEGER): expected an integer, found a string")]
    [InlineData("""{"insert": {"k": 1.5, "v": "x"}}""", "column 'k' (INTEGER): expected an integer, found '1.5'")]
    [InlineData("""{"insert": {"k": 9999999999, "v": "x"}}""", "expected an integer in INTEGER range")]
    [InlineData("""{"insert": {"v": "x"}}""", "missing value for NOT NULL column 'k'")]
    [InlineData("""{"insert": {"k": null, "v": "x"}}""", "NULL for NOT NULL column 'k'")]
    [InlineData("""{"upsert": {"k": 2}}""", "unexpected field 'upsert'")]
    [InlineData("""[1, 2]""", "expected a record such as {\"insert\": {...}}")]
    public async Task BadJsonRecordIsRejectedBetweenGoodOnes(string bad, string reason)
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("event_view");
        string body = $$$"""
            {"insert": {"k": 1, "v": "first"}}
            {{{bad}}}
            {"insert": {"k": 3, "v": "third"}}
            """;
        var (status, response) = await host.IngestAsync("events", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ParseErrors", response.GetProperty("error_code").GetString());
        var details = response.GetProperty("details");
        Assert.Equal("api-ingress-events-json-insert_delete", details.GetProperty("endpoint").GetString());
        Assert.Equal(2, details.GetProperty("accepted").GetInt64());
        Assert.Equal(1, details.GetProperty("rejected").GetInt64());
        var error = details.GetProperty("errors")[0];
        Assert.Equal(2, error.GetProperty("record").GetInt64());
        Assert.Equal(2, error.GetProperty("line").GetInt64());
        Assert.Contains(reason, error.GetProperty("message").GetString());
        Assert.Contains("record 2 (line 2)", response.GetProperty("message").GetString());

        await host.WaitProcessedAsync(2);
        await TestHost.WaitUntilAsync(() => egress.Integrated().Count == 2, "both good records");
        var stats = host.Controller.InputStats("api-ingress-events-json-insert_delete")!;
        Assert.Equal(1, stats.ParseErrors);
        Assert.Equal(PipelineState.Running, host.Controller.State);
    }

    [Fact]
    public async Task BadCsvRecordsAreRejectedWithTheirLines()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        var (status, response) = await host.IngestAsync("events", "1,a\nx,b\n3\n4,d,extra\n,e\n\"6,f\n", "format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = response.GetProperty("details").GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt64(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(5, errors.Count);
        Assert.Equal(2, errors[0].Item1);
        Assert.Contains("column 'k' (INTEGER): expected an integer, found 'x'", errors[0].Item2);
        Assert.Equal((3, "expected 2 fields, found 1"), errors[1]);
        Assert.Equal((4, "expected 2 fields, found more"), errors[2]);
        Assert.Equal((5, "NULL (an empty field) for NOT NULL column 'k'"), errors[3]);
        Assert.Equal(6, errors[4].Item1);
        Assert.Equal(1, response.GetProperty("details").GetProperty("accepted").GetInt64());
        await host.WaitProcessedAsync(1);
        Assert.Equal(5, host.Controller.InputStats("api-ingress-events-csv")!.ParseErrors);
    }

    [Fact]
    public async Task ABodyOfOnlyBadRecordsStillAdvancesThePosition()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        var (status, response) = await host.IngestAsync("events", "x\ny\n", "format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(0, response.GetProperty("details").GetProperty("accepted").GetInt64());
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("api-ingress-events-csv")!.Position is not null, "the position to advance");
        Assert.Equal(new Connectors.Transports.HttpInputConfig.Position(1), host.Controller.InputStats("api-ingress-events-csv")!.Position);
        Assert.Equal(1, host.Controller.Steps); // no circuit step for nothing
        Assert.True(host.Controller.IsComplete());
    }

    [Fact]
    public async Task UnknownTableAndFormatAreRejected()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        var (status, body) = await host.IngestAsync("nope", "1\n", "format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UnknownInputTable", body.GetProperty("error_code").GetString());
        Assert.Equal("unknown table 'nope'; the tables are: items, events", body.GetProperty("message").GetString());

        (status, body) = await host.IngestAsync("events", "1\n", "format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UnknownInputFormat", body.GetProperty("error_code").GetString());
        Assert.Contains("unknown format 'xml'", body.GetProperty("message").GetString());

        (status, body) = await host.IngestAsync("events", "{}", "format=json&update_format=debezium");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("update_format 'debezium'", body.GetProperty("message").GetString());

        await using var egress = await host.EgressAsync("nope");
        Assert.Equal(HttpStatusCode.BadRequest, egress.Status);
        Assert.Equal(PipelineState.Running, host.Controller.State);
    }

    [Fact]
    public async Task OversizeBodyIsRejectedWhole()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http, maxIngressBodyBytes: 1024);
        string big = string.Concat(Enumerable.Range(0, 100).Select(i => $"{i},value {i}\n"));
        var (status, body) = await host.IngestAsync("events", big, "format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PayloadTooLarge", body.GetProperty("error_code").GetString());
        Assert.Contains("larger than 1,024 bytes", body.GetProperty("message").GetString());
        var stats = host.Controller.InputStats("api-ingress-events-csv")!;
        Assert.Equal(1, stats.TransportErrors);
        Assert.Equal(0, stats.TotalRecords);

        // A body within the limit still goes through.
        (status, _) = await host.IngestAsync("events", "1,small\n", "format=csv");
        Assert.Equal(HttpStatusCode.OK, status);
        await host.WaitProcessedAsync(1);
    }

    [Fact]
    public async Task FileThatDisappearsEndsItsEndpointOnly()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Files, prepare: dir =>
        {
            File.WriteAllText(Path.Combine(dir, "items.json"), """
                {"insert": {"id": 1, "name": "a", "price": 1, "qty": 1, "added": null}}
                {"insert": {"id": 2, "name": "b", "price": 1, "qty": 1, "added": null}}

                """);
            File.WriteAllText(Path.Combine(dir, "events.csv"), "1,x\n");
        });
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("items.file")!.TotalRecords == 2, "the two records");
        File.Delete(host.PathOf("items.json"));
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("items.file")!.FatalError is not null, "the endpoint to notice");

        var stats = host.Controller.InputStats("items.file")!;
        Assert.Contains("items.json' disappeared after byte", stats.FatalError);
        Assert.Contains("(record 2)", stats.FatalError);
        Assert.Equal(1, stats.TransportErrors);
        Assert.True(stats.EndOfInput);
        Assert.Equal(PipelineState.Running, host.Controller.State);
        await host.WaitProcessedAsync(3);
        Assert.Contains(host.Controller.Log.Recent, e => e.Level == PipelineLogLevel.Error && e.Message.Contains("input items.file", StringComparison.Ordinal));
        // Other input still flows.
        var (status, _) = await host.IngestAsync("events", "2,y\n", "format=csv");
        Assert.Equal(HttpStatusCode.OK, status);
        await host.WaitProcessedAsync(4);
    }

    [Fact]
    public async Task MissingFileIsAnEndpointErrorNotAPipelineFailure()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Files, prepare: dir => File.WriteAllText(Path.Combine(dir, "items.json"), ""));
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("events.csv")!.FatalError is not null, "the missing file error");
        Assert.Contains("events.csv': no such file", host.Controller.InputStats("events.csv")!.FatalError);
        Assert.Equal(PipelineState.Running, host.Controller.State);
    }

    [Fact]
    public async Task BadLinesInAFileAreSkippedAndCounted()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Files, prepare: dir =>
        {
            File.WriteAllText(Path.Combine(dir, "items.json"), """
                {"insert": {"id": 1, "name": "a", "price": 1, "qty": 1, "added": null}}
                {"insert": {"id": 2, "name": "b", "price": "cheap", "qty": 1, "added": null}}
                {"insert": {"id": 3, "name": "c", "price": 1, "qty": 1, "added": "2024-13-45"}}
                {"insert": {"id": 4, "name": "d", "price": 1, "qty": 1, "added": null
                {"insert": {"id": 5, "name": "e", "price": 1, "qty": 1, "added": null}}

                """);
            File.WriteAllText(Path.Combine(dir, "events.csv"), "");
        });
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("items.file")!.ParseErrors == 3, "three rejected lines");
        await host.WaitProcessedAsync(2);
        var stats = host.Controller.InputStats("items.file")!;
        Assert.Equal(2, stats.TotalRecords);
        var warnings = host.Controller.Log.Recent.Where(e => e.Level == PipelineLogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Contains(warnings, w => w.StartsWith("input items.file: rejected record 2 (line 2): column 'price' (DECIMAL(10, 2))", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("input items.file: rejected record 3 (line 3): column 'added' (DATE)", StringComparison.Ordinal));
        // The cut-short record is noticed on the next line, which is still read: no valid record is lost.
        Assert.Contains(warnings, w => w.StartsWith("input items.file: rejected record 4 (line 4): invalid JSON", StringComparison.Ordinal) && w.EndsWith("(noticed on line 5)", StringComparison.Ordinal));
    }
}
