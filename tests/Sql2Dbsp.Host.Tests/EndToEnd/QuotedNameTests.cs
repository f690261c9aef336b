using System.Net;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>
/// Tables and views whose quoted names differ only in case are distinct endpoints: <c>/ingress/"T"</c> (quotes
/// URL-encoded) is table <c>"T"</c>, <c>/ingress/t</c> and <c>/ingress/T</c> are table <c>t</c>, as SQL reads the names.
/// </summary>
public sealed class QuotedNameTests
{
    private const string Sql = """
        CREATE TABLE "T" ("A" INT, "a" INT);
        CREATE TABLE "t" (b INT);
        CREATE VIEW "V" AS SELECT "A", a FROM "T";
        CREATE VIEW v AS SELECT b FROM t;
        """;

    [Fact]
    public async Task IngressAndEgressTellApartNamesThatDifferOnlyInCase()
    {
        var program = HostedProgram.Compile(Sql, "quoted.sql", cacheDirectory: null);
        Assert.True(program.Success, program.RenderDiagnostics());
        await using var host = await TestHost.StartAsync(program);
        await using var upper = await host.EgressAsync("%22V%22");
        await using var lower = await host.EgressAsync("v");
        Assert.Equal(HttpStatusCode.OK, upper.Status);
        Assert.Equal(HttpStatusCode.OK, lower.Status);
        Assert.Equal(HttpStatusCode.OK, (await host.IngestAsync("%22T%22", """{"insert": {"A": 1, "a": 2}}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.IngestAsync("T", """{"insert": {"b": 3}}""")).Status);
        await upper.WaitForRowsAsync("""{"A":1,"a":2}""");
        await lower.WaitForRowsAsync("""{"b":3}""");
        Assert.Equal(HttpStatusCode.BadRequest, (await host.IngestAsync("%22x%22", """{"insert": {"b": 3}}""")).Status);
    }
}
