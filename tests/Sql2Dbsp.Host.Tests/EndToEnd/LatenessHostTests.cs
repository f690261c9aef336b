using System.Net;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>Records dropped by LATENESS are counted per table in <c>GET /stats</c> (<c>late_records</c>).</summary>
public sealed class LatenessHostTests
{
    private static readonly Lazy<HostedProgram> Program = new(() =>
    {
        var program = HostedProgram.Compile("""
            CREATE TABLE readings (id INT NOT NULL, ts TIMESTAMP NOT NULL LATENESS INTERVAL '10' SECOND);
            CREATE TABLE plain (id INT NOT NULL);
            CREATE MATERIALIZED VIEW ids AS SELECT id FROM readings;
            """, "lateness.sql", cacheDirectory: null);
        if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
        return program;
    });

    [Fact]
    public async Task LateRecordsAreCountedInStats()
    {
        await using var host = await TestHost.StartAsync(Program.Value);
        var (status, _) = await host.IngestAsync("readings", """{"insert": {"id": 1, "ts": "2026-01-01 12:00:30"}}""");
        Assert.Equal(HttpStatusCode.OK, status);
        await host.WaitProcessedAsync(1);
        (status, _) = await host.IngestAsync("readings", """
            {"insert": {"id": 2, "ts": "2026-01-01 12:00:05"}}
            {"insert": {"id": 3, "ts": "2026-01-01 12:00:25"}}
            """);
        Assert.Equal(HttpStatusCode.OK, status);
        await host.WaitProcessedAsync(3);

        Assert.Equal(1, host.Controller.Stats().LateRecords!["readings"]);
        var stats = await host.GetJsonAsync("/stats");
        var late = stats.GetProperty("late_records");
        Assert.Equal(1, late.GetProperty("readings").GetInt64());
        Assert.False(late.TryGetProperty("plain", out _)); // no LATENESS, nothing to count
    }
}
