using System.Net;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>Data through the HTTP API: JSON and CSV in, changes out, with primary-key and multiset semantics.</summary>
public sealed class IngressEgressTests
{
    [Fact]
    public async Task JsonRoundTripKeepsValuesAndTypes()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("item_view");
        Assert.Equal(HttpStatusCode.OK, egress.Status);
        var (status, body) = await host.IngestAsync("items", """
            {"insert": {"id": 1, "name": "apple", "price": 1.25, "qty": 3, "added": "2024-05-01"}}
            {"insert": {"id": 2, "name": "pear ünïcode \"quoted\"", "price": null, "qty": 0, "added": null}}
            """);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.GetProperty("accepted").GetInt64());
        await TestHost.WaitUntilAsync(() => egress.Integrated().Count == 2, "two rows on the egress stream");
        var rows = egress.Integrated();
        Assert.Equal(1, rows["""{"id":1,"name":"apple","price":1.25,"qty":3,"added":"2024-05-01"}"""]);
        Assert.Equal(1, rows["""{"id":2,"name":"pear ünïcode \"quoted\"","price":null,"qty":0,"added":null}"""]);
    }

    [Fact]
    public async Task CsvRoundTripWritesWeights()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("event_view", "format=csv&backpressure=true");
        var (status, body) = await host.IngestAsync("events", "1,one\n2,\"two, with comma\"\n3,\n4,\"\"\n", "format=csv");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, body.GetProperty("accepted").GetInt64());
        await TestHost.WaitUntilAsync(() => egress.TextLines().Count() == 4, "four CSV lines");
        Assert.Equal(["1,one,1", "2,\"two, with comma\",1", "3,,1", "4,\"\",1"], egress.TextLines().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PrimaryKeyTablesUpsertUpdateAndDeleteByKey()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("item_view");
        await host.IngestAsync("items", """{"insert": {"id": 1, "name": "a", "price": 1, "qty": 1, "added": null}}""");
        await host.WaitProcessedAsync(1);
        // Same key again: the row is replaced, not duplicated.
        await host.IngestAsync("items", """{"insert": {"id": 1, "name": "a", "price": 2, "qty": 5, "added": null}}""");
        await egress.WaitForRowsAsync("""{"id":1,"name":"a","price":2.00,"qty":5,"added":null}""");
        // An update names only the columns it changes.
        await host.IngestAsync("items", """{"update": {"id": 1, "qty": 7}}""");
        await egress.WaitForRowsAsync("""{"id":1,"name":"a","price":2.00,"qty":7,"added":null}""");
        // A delete needs only the key; deleting a missing key does nothing.
        await host.IngestAsync("items", """
            {"delete": {"id": 1}}
            {"delete": {"id": 99}}
            """);
        await host.WaitProcessedAsync(5);
        await egress.WaitForRowsAsync();
        Assert.Equal(0, host.Controller.Stats().Inputs.Sum(i => i.ParseErrors));
    }

    [Fact]
    public async Task UpdateOfMissingKeyIsReportedInTheResponseAndCounted()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("item_view");
        var (status, body) = await host.IngestAsync("items", """
            {"insert": {"id": 1, "name": "a", "price": 1, "qty": 1, "added": null}}
            {"update": {"id": 42, "qty": 1}}
            {"update": {"id": 1, "qty": 5}}
            """);
        // Parsed fine; the table rejects it when the step applies it, and the response waits for that.
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ParseErrors", body.GetProperty("error_code").GetString());
        var details = body.GetProperty("details");
        Assert.Equal((3, 2, 1), (details.GetProperty("records").GetInt64(), details.GetProperty("accepted").GetInt64(), details.GetProperty("rejected").GetInt64()));
        var error = Assert.Single(details.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("record").GetInt64());
        Assert.Equal("update of a row that does not exist in 'items' (key 42)", error.GetProperty("message").GetString());
        Assert.Contains("record 2: update of a row that does not exist", body.GetProperty("message").GetString());

        var stats = host.Controller.Stats().Inputs.Single();
        Assert.Equal(1, stats.ParseErrors);
        Assert.Contains("record 2: update of a row that does not exist", stats.LastError);
        await egress.WaitForRowsAsync("""{"id":1,"name":"a","price":1.00,"qty":5,"added":null}""");
    }

    [Fact]
    public async Task OkMeansEveryRecordWasAppliedToTheTable()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        var (status, body) = await host.IngestAsync("items", """{"insert": {"id": 1, "name": "a", "price": 1, "qty": 1, "added": null}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((1, 1), (body.GetProperty("records").GetInt64(), body.GetProperty("accepted").GetInt64()));
        // No waiting: by the time of the 200 the step that applied the record has run.
        Assert.True(host.Controller.Stats().Global.TotalProcessedRecords >= 1);
        Assert.NotNull(host.Controller.LastStep);
        Assert.Contains(host.Controller.LastStep!.Inputs, i => i.Endpoint == "api-ingress-items-json-insert_delete" && i.Records == 1);
    }

    [Fact]
    public async Task DeleteOfAnAbsentRowInATableWithoutKeyIsAppliedAndWarned()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("event_counts");
        var (status, _) = await host.IngestAsync("events", """{"delete": {"k": 7, "v": "never inserted"}}""");
        // Applied, as in Feldera (a multiset difference); the table's row count is now negative.
        Assert.Equal(HttpStatusCode.OK, status);
        await egress.WaitForRowsAsync("""{"k":7,"n":-1}""");
        var stats = host.Controller.Stats().Inputs.Single();
        Assert.Equal(1, stats.NegativeWeights);
        Assert.Equal(0, stats.ParseErrors);
        Assert.Contains(host.Controller.Log.Recent, e => e.Level == Controller.PipelineLogLevel.Warning
            && e.Message.Contains("table 'events' has a negative row count (-1)", StringComparison.Ordinal));
        var json = await host.GetJsonAsync("input_endpoints/api-ingress-events-json-insert_delete/stats");
        Assert.Equal(1, json.GetProperty("metrics").GetProperty("num_negative_weights").GetInt64());
        Assert.Contains("input_connector_negative_weights_total{endpoint=\"api-ingress-events-json-insert_delete\"} 1", await host.Client.GetStringAsync("metrics"));

        // Inserting the row back brings the count to zero: no new warning.
        await host.IngestAsync("events", """{"insert": {"k": 7, "v": "never inserted"}}""");
        await egress.WaitForRowsAsync();
        Assert.Equal(1, host.Controller.Stats().Inputs.Single().NegativeWeights);
    }

    [Fact]
    public async Task MultisetTablesCountDuplicatesAndDeleteOneOccurrence()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("event_counts");
        await host.IngestAsync("events", """
            {"insert": {"k": 1, "v": "x"}}
            {"insert": {"k": 1, "v": "x"}}
            {"insert": {"k": 1, "v": "y"}}
            {"delete": {"k": 1, "v": "x"}}
            """);
        await egress.WaitForRowsAsync("""{"k":1,"n":2}""");
    }

    [Fact]
    public async Task WeightedAndArrayFormats()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("event_counts");
        var (status, _) = await host.IngestAsync("events", """[{"weight": 3, "data": {"k": 5, "v": null}}, {"weight": -1, "data": {"k": 5, "v": null}}]""",
            "format=json&update_format=weighted&array=true");
        Assert.Equal(HttpStatusCode.OK, status);
        (status, _) = await host.IngestAsync("events", """{"k": 6, "v": "raw"}""", "format=json&update_format=raw");
        Assert.Equal(HttpStatusCode.OK, status);
        await egress.WaitForRowsAsync("""{"k":5,"n":2}""", """{"k":6,"n":1}""");
    }

    [Fact]
    public async Task EgressChunksAreNumberedInOrder()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("event_view", "format=json&update_format=weighted&backpressure=true");
        for (int i = 0; i < 3; i++)
        {
            await host.IngestAsync("events", $$$"""{"insert": {"k": {{{i}}}, "v": "s"}}""");
            await host.WaitProcessedAsync(i + 1);
            await TestHost.WaitUntilAsync(() => egress.Chunks.Count == i + 1, $"chunk {i}");
        }
        Assert.Equal([0L, 1L, 2L], egress.Chunks.Select(c => c.GetProperty("sequence_number").GetInt64()));
        Assert.All(egress.Chunks, c => Assert.Equal(1, c.GetProperty("json_data")[0].GetProperty("weight").GetInt64()));
    }

    [Fact]
    public async Task StatsAndMetricsCountRecordsPerEndpoint()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await host.IngestAsync("events", "1,a\n2,b\n3,c\n", "format=csv");
        await host.WaitProcessedAsync(3);
        var stats = await host.GetJsonAsync("stats");
        var global = stats.GetProperty("global_metrics");
        Assert.Equal("Running", global.GetProperty("state").GetString());
        Assert.Equal(3, global.GetProperty("total_processed_records").GetInt64());
        Assert.True(global.GetProperty("pipeline_complete").GetBoolean());
        var input = stats.GetProperty("inputs").EnumerateArray().Single();
        Assert.Equal("api-ingress-events-csv", input.GetProperty("endpoint_name").GetString());
        Assert.Equal(3, input.GetProperty("metrics").GetProperty("total_records").GetInt64());
        Assert.Equal(12, input.GetProperty("metrics").GetProperty("total_bytes").GetInt64());
        Assert.Equal(0, input.GetProperty("metrics").GetProperty("num_parse_errors").GetInt64());

        string metrics = await host.Client.GetStringAsync("metrics");
        Assert.Contains("input_connector_records_total{endpoint=\"api-ingress-events-csv\"} 3\n", metrics);
        Assert.Contains("records_processed_total 3\n", metrics);
        Assert.Contains("# TYPE step_latency_seconds summary", metrics);

        var status = await host.GetJsonAsync("status");
        Assert.Equal("Running", status.GetProperty("status").GetString());
        var endpoint = await host.GetJsonAsync("input_endpoints/api-ingress-events-csv/stats");
        Assert.Equal(3, endpoint.GetProperty("metrics").GetProperty("total_records").GetInt64());
    }
}
