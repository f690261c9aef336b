using System.Net;
using System.Text;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>Input that is not text (invalid UTF-8, a lone surrogate escape): HTTP 400 with the record's position, the
/// valid records of the same body kept; a file with such a record keeps its endpoint running.</summary>
public sealed class InvalidTextInputTests
{
    private static byte[] Bytes(string before, byte[] bad, string after) => [.. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];

    public static TheoryData<string, byte[]> Bodies => new()
    {
        { "format=json", Bytes("{\"insert\": {\"k\": 1, \"v\": \"a\"}}\n{\"insert\": {\"k\": 2, \"v\": \"", [0xC3, 0x28], "\"}}\n{\"insert\": {\"k\": 3, \"v\": \"c\"}}\n") },
        { "format=json", Encoding.UTF8.GetBytes("{\"insert\": {\"k\": 1, \"v\": \"a\"}}\n{\"insert\": {\"k\": 2, \"v\": \"\\ud800\"}}\n{\"insert\": {\"k\": 3, \"v\": \"c\"}}\n") },
        { "format=csv", Bytes("1,a\n2,", [0xFF, 0xFE], "\n3,c\n") },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task IngressRejectsTheRecordWithItsPositionAndKeepsTheOthers(string query, byte[] body)
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Http);
        await using var egress = await host.EgressAsync("event_view");
        var (status, response) = await host.IngestBytesAsync("events", body, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ParseErrors", response.GetProperty("error_code").GetString());
        var details = response.GetProperty("details");
        Assert.Equal(2, details.GetProperty("accepted").GetInt64());
        var error = Assert.Single(details.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("record").GetInt64());
        Assert.Equal(2, error.GetProperty("line").GetInt64());
        Assert.Contains("column 'v' (VARCHAR)", error.GetProperty("message").GetString());
        await TestHost.WaitUntilAsync(() => egress.Integrated().Count == 2, "the two valid records");
        Assert.Equal(PipelineState.Running, host.Controller.State);
    }

    [Fact]
    public async Task FileInputRejectsTheRecordAndReadsOn()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Files, prepare: dir =>
        {
            File.WriteAllBytes(Path.Combine(dir, "items.json"), Bytes(
                "{\"insert\": {\"id\": 1, \"name\": \"a\", \"price\": 1, \"qty\": 1, \"added\": null}}\n{\"insert\": {\"id\": 2, \"name\": \"",
                [0xFF], "\", \"price\": 1, \"qty\": 1, \"added\": null}}\n{\"insert\": {\"id\": 3, \"name\": \"c\", \"price\": 1, \"qty\": 1, \"added\": null}}\n"));
            File.WriteAllBytes(Path.Combine(dir, "events.csv"), Bytes("1,a\n2,", [0xC3], "\n3,c\n"));
        });
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("events.csv")!.EndOfInput, "the CSV file's end");
        await TestHost.WaitUntilAsync(() => host.Controller.InputStats("items.file")!.TotalRecords == 2, "the valid JSON records");
        foreach (string name in (string[])["items.file", "events.csv"])
        {
            var stats = host.Controller.InputStats(name)!;
            Assert.Null(stats.FatalError);
            Assert.Equal(1, stats.ParseErrors);
            Assert.Equal(2, stats.TotalRecords);
            Assert.Contains("record 2 (line 2)", stats.LastError);
        }
    }
}
