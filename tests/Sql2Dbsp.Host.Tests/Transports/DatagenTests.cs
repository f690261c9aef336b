using System.Diagnostics;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Connectors.Transports.Datagen;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Host.Tests.Transports;

public sealed class DatagenTests
{
    /// <summary>The datagen connector of <c>t</c> declared with <paramref name="config"/>.</summary>
    private static (DatagenConfig Config, RelationSchema Schema) Datagen(string columns, string config)
    {
        var source = new SourceText("CREATE TABLE t (" + columns + """) WITH ('connectors' = '[{"transport": {"name": "datagen", "config": """ + config + "}}]');", "d.sql");
        var compiled = SqlCompiler.Compile(source);
        Assert.True(compiled.Success, compiled.RenderDiagnostics());
        var catalog = ConnectorCatalog.Parse(compiled.Catalog!.Tables, compiled.Catalog.Views, source);
        Assert.True(catalog.Success, Compiler.Diagnostics.DiagnosticRenderer.ToText(catalog.Diagnostics, source));
        var connector = catalog.Connectors.Single();
        return ((DatagenConfig)connector.Config.Transport, connector.Relation);
    }

    private static async Task<CollectingConsumer> RunAsync(DatagenConfig config, RelationSchema schema, System.Text.Json.JsonElement? resume = null)
    {
        var consumer = new CollectingConsumer(schema, batchSize: 64);
        await config.CreateReader(new InputReaderContext("t.gen", schema, ".", resume)).RunAsync(consumer, CancellationToken.None);
        Assert.True(consumer.Ended);
        return consumer;
    }

    private static List<string> Text(IEnumerable<object?[]> rows) => [.. rows.Select(r => string.Join(",", r.Select(v => v?.ToString() ?? "NULL")))];

    private const string Columns = "id BIGINT NOT NULL, n INT, s VARCHAR NOT NULL, d DATE, ts TIMESTAMP, x DOUBLE, b BOOLEAN, m DECIMAL(8, 3)";

    [Fact]
    public async Task SameSeedSameRowsOtherSeedOtherRows()
    {
        const string Plan = """{"plan": [{"limit": 300, "fields": {"n": {"strategy": "uniform", "range": [0, 1000]}, "x": {"strategy": "uniform"}, "m": {"strategy": "zipf", "range": [0, 50]}}}]}""";
        var (one, schema) = Datagen(Columns, """{"seed": 11, """ + Plan[1..]);
        var (other, _) = Datagen(Columns, """{"seed": 12, """ + Plan[1..]);
        var first = Text((await RunAsync(one, schema)).Rows);
        var again = Text((await RunAsync(one, schema)).Rows);
        var different = Text((await RunAsync(other, schema)).Rows);
        Assert.Equal(300, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first, different);
        // Increment columns do not depend on the seed.
        Assert.Equal(first.Select(r => r.Split(',')[0]), different.Select(r => r.Split(',')[0]));
    }

    [Fact]
    public async Task DefaultsCountFromZero()
    {
        var (config, schema) = Datagen(Columns, """{"plan": [{"limit": 3}]}""");
        Assert.Equal(
        [
            "0,0,0,1970-01-01,1970-01-01 00:00:00,0,False,0.000",
            "1,1,1,1970-01-02,1970-01-01 00:00:00.001,1,True,1.000",
            "2,2,2,1970-01-03,1970-01-01 00:00:00.002,2,False,2.000",
        ], Text((await RunAsync(config, schema)).Rows));
    }

    [Fact]
    public async Task StrategiesStayInTheirRanges()
    {
        var (config, schema) = Datagen("a INT NOT NULL, u INT NOT NULL, z INT NOT NULL, v VARCHAR NOT NULL, nul INT, d DATE NOT NULL",
            """
            {"seed": 1, "plan": [{"limit": 4000, "fields": {
              "a": {"range": [10, 13], "scale": 2},
              "u": {"strategy": "uniform", "range": [-5, 5]},
              "z": {"strategy": "zipf", "range": [100, 200], "e": 1.2},
              "v": {"strategy": "increment", "values": ["x", "y"]},
              "nul": {"null_percentage": 25},
              "d": {"strategy": "uniform", "range": ["2024-03-01", "2024-03-08"]}}}]}
            """);
        var rows = (await RunAsync(config, schema)).Rows;
        Assert.Equal([10, 12, 11, 10, 12, 11], rows.Take(6).Select(r => (int)r[0]!));
        Assert.All(rows, r => Assert.InRange((int)r[1]!, -5, 4));
        Assert.Equal(10, rows.Select(r => (int)r[1]!).Distinct().Count());
        var z = rows.Select(r => (int)r[2]!).ToList();
        Assert.All(z, v => Assert.InRange(v, 100, 199));
        // Zipf: the first value is the most frequent, far more than a uniform share (40 of 4000).
        var top = z.GroupBy(v => v).OrderByDescending(g => g.Count()).First();
        Assert.Equal(100, top.Key);
        Assert.True(top.Count() > 400, $"zipf head has {top.Count()} of 4000");
        Assert.Equal(["x", "y", "x", "y"], rows.Take(4).Select(r => (string)r[3]!));
        double nulls = rows.Count(r => r[4] is null) / 4000.0;
        Assert.InRange(nulls, 0.20, 0.30);
        Assert.All(rows, r => Assert.InRange(((SqlDate)r[5]!).ToDateOnly(), new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 7)));
    }

    [Fact]
    public async Task PlansRunInOrderAndRateIsRespected()
    {
        var (config, schema) = Datagen("a INT NOT NULL", """{"plan": [{"limit": 5}, {"limit": 300, "rate": 1000, "fields": {"a": {"range": [100, 1000000]}}}]}""");
        var clock = Stopwatch.StartNew();
        var rows = (await RunAsync(config, schema)).Rows;
        Assert.Equal(305, rows.Count);
        Assert.Equal([0, 1, 2, 3, 4, 100, 101], rows.Take(7).Select(r => (int)r[0]!));
        Assert.True(clock.ElapsedMilliseconds >= 250, $"300 records at 1000/s took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ResumesExactlyFromAReportedPosition()
    {
        var (config, schema) = Datagen("a INT NOT NULL, u DOUBLE", """{"seed": 5, "plan": [{"limit": 100, "fields": {"u": {"strategy": "uniform"}}}, {"limit": 100}]}""");
        var full = await RunAsync(config, schema);
        // Positions are reported after each batch of 64: (plan 0, 64), (plan 0, 100), (plan 1, 64), ...
        var position = full.Positions[2];
        Assert.Equal(new DatagenConfig.Position(5, 1, 64), position);
        var resumed = await RunAsync(config, schema, position.ToJson());
        Assert.Equal(Text(full.Rows.Skip(164)), Text(resumed.Rows));
    }
}
