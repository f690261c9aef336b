using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Connectors.Formats.Csv;
using Sql2Dbsp.Connectors.Formats.Json;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Connectors.Transports.Datagen;

namespace Sql2Dbsp.Host.Tests.Config;

public sealed class ConnectorCatalogTests
{
    /// <summary>Binds the SQL (no code generation) and parses its connectors.</summary>
    private static (ConnectorCatalog Catalog, SourceText Source) Parse(string sql)
    {
        var source = new SourceText(sql, "p.sql");
        var compiled = SqlCompiler.Compile(source);
        Assert.True(compiled.Success, compiled.RenderDiagnostics());
        return (ConnectorCatalog.Parse(compiled.Catalog!.Tables, compiled.Catalog.Views, source), source);
    }

    private static string Render(string sql)
    {
        var (catalog, source) = Parse(sql);
        return DiagnosticRenderer.ToText(catalog.Diagnostics, source);
    }

    [Fact]
    public void ParsesFelderaConnectorConfigs()
    {
        var (catalog, _) = Parse("""
            CREATE TABLE t (id BIGINT NOT NULL, v VARCHAR) WITH ('connectors' = '[
                {"name": "in", "paused": true, "max_batch_size": 100, "max_queued_records": 500,
                 "transport": {"name": "file_input", "config": {"path": "in.csv", "follow": true}},
                 "format": {"name": "csv", "config": {"delimiter": "|", "headers": true}}},
                {"transport": {"name": "datagen", "config": {"seed": 3, "plan": [{"limit": 10, "rate": 100}]}}},
                {"name": "web", "transport": {"name": "url_input", "config": {"path": "http://example.com/x.json"}}, "format": {"name": "json", "config": {"update_format": "weighted", "array": true}}}]');
            CREATE VIEW v WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "o.json"}}, "format": {"name": "json"}},
                                                 {"name": "devnull", "transport": {"name": "null_output"}}]') AS SELECT * FROM t;
            """);
        Assert.Empty(catalog.Diagnostics);
        var c = catalog.Connectors;
        Assert.Equal(["t.in", "t.unnamed-1", "t.web", "v.out", "v.devnull"], c.Select(x => x.EndpointName));
        Assert.Equal(new ConnectorConfig("in", new FileInputConfig("in.csv", true), new CsvFormat((byte)'|', true), Paused: true, MaxBatchSize: 100, MaxQueuedRecords: 500), c[0].Config);
        var datagen = Assert.IsType<DatagenConfig>(c[1].Config.Transport);
        Assert.Equal(3UL, datagen.Seed);
        Assert.Equal(10, datagen.Plans.Single().Limit);
        Assert.Equal(new JsonFormat(JsonUpdateFormat.Weighted, true), c[2].Config.Format);
        Assert.Equal(new Uri("http://example.com/x.json"), Assert.IsType<UrlInputConfig>(c[2].Config.Transport).Url);
        Assert.IsType<NullOutputConfig>(c[4].Config.Transport);
        Assert.Null(c[4].Config.Format);
        Assert.True(c[0].IsInput);
        Assert.False(c[3].IsInput);
    }

    [Fact]
    public void UnknownTransportIsReportedInsideTheJsonString()
    {
        string text = Render("""
            CREATE TABLE t (id INT) WITH ('connectors' = '[{"transport": {"name": "file_inptu", "config": {"path": "x"}}, "format": {"name": "csv"}}]');
            """);
        Assert.Equal("""
            p.sql:1:71: error SQL0701: unknown transport 'file_inptu'
             1 | CREATE TABLE t (id INT) WITH ('connectors' = '[{"transport": {"name": "file_inptu", "config": {"path": "x"}}, "format": {"name": "csv"}}]');
               |                                                                       ^^^^^^^^^^^^

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void SpansAccountForDoubledQuotesInTheSqlString()
    {
        string text = Render("""
            CREATE TABLE t (id INT) WITH ('connectors' = '[{"name": "it''s", "transport": {"name": "file_input", "config": {"path": "x", "folow": true}}, "format": {"name": "csv"}}]');
            """);
        Assert.Contains("p.sql:1:126: error SQL0701: unknown field 'folow' in the configuration of transport 'file_input'", text);
        Assert.Contains("  help: known fields: buffer_size_bytes, follow, path", text);
        Assert.Contains(new string(' ', 125) + "^^^^^^^", text);
    }

    [Fact]
    public void JsonSyntaxErrorsPointAtTheProblem()
    {
        string text = Render("""
            CREATE TABLE t (id INT) WITH ('connectors' = '[{"transport": {"name": "file_input"} "format": {}}]');
            """);
        Assert.StartsWith("p.sql:1:85: error SQL0701: 'connectors' of 't': invalid JSON:", text);
    }

    [Theory]
    [InlineData("""[{"transport": {"name": "file_output", "config": {"path": "x"}}, "format": {"name": "csv"}}]""", "'file_output' is an output transport; a table needs an input transport")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {"path": "x"}}}]""", "connector 'unnamed-0' needs a 'format' for transport 'file_input'")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {}}, "format": {"name": "csv"}}]""", "the configuration of transport 'file_input' has no 'path' field (it is required)")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {"path": 5}}, "format": {"name": "csv"}}]""", "'path' must be a string, not a number")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {"path": "x"}}, "format": {"name": "xml"}}]""", "unknown format 'xml'")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {"path": "x"}}, "format": {"name": "avro"}}]""", "not supported yet: format 'avro'")]
    [InlineData("""[{"transport": {"name": "s3_input", "config": {"bucket_name": "b"}}, "format": {"name": "parquet"}}]""", "s3_input needs exactly one of 'key' (one object) and 'prefix'")]
    [InlineData("""[{"transport": {"name": "s3_input", "config": {"bucket_name": "b", "prefix": "", "aws_access_key_id": "k"}}, "format": {"name": "csv"}}]""", "'aws_access_key_id' and 'aws_secret_access_key' go together")]
    [InlineData("""[{"transport": {"name": "s3_input", "config": {"bucket_name": "b", "key": "k", "follow": true}}, "format": {"name": "csv"}}]""", "'follow' lists a 'prefix' for new objects")]
    [InlineData("""[{"transport": {"name": "s3_input", "config": {"bucket_name": "b", "key": "k", "endpoint_url": "ftp://x"}}, "format": {"name": "csv"}}]""", "'endpoint_url' must be an http:// or https:// URL")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {"path": "x"}}, "format": {"name": "arrow_ipc", "config": {"file": 1}}}]""", "'file' must be true or false")]
    [InlineData("""[{"transport": {"name": "kafka_input", "config": {}}, "format": {"name": "json"}}]""", "not supported yet: transport 'kafka_input'")]
    [InlineData("""[{"transport": {"name": "http_input"}, "format": {"name": "json"}}]""", "'http_input' is created by the pipeline itself")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {"path": "x"}}, "format": {"name": "json", "config": {"update_format": "debezium"}}}]""", "not supported yet: update_format 'debezium'")]
    [InlineData("""[{"transport": {"name": "file_input", "config": {"path": "x"}}, "format": {"name": "csv", "config": {"delimiter": ";;"}}}]""", "'delimiter' must be one ASCII character")]
    [InlineData("""[{"labels": ["a"], "transport": {"name": "datagen"}}]""", "not supported yet: 'labels' in a connector")]
    [InlineData("""[{"max_batch_size": 0, "transport": {"name": "datagen"}}]""", "'max_batch_size' must be between 1 and 2147483647, not 0")]
    [InlineData("""[{"name": "a", "transport": {"name": "datagen"}}, {"name": "a", "transport": {"name": "datagen"}}]""", "'t' already has a connector named 'a'")]
    [InlineData("""{"transport": {"name": "datagen"}}""", "'connectors' must be a JSON array of connector objects, not an object")]
    [InlineData("""[{"transport": {"name": "datagen", "config": {"plan": [{"fields": {"nope": {}}}]}}}]""", "unknown column 'nope' (table 't' has columns id)")]
    [InlineData("""[{"transport": {"name": "datagen", "config": {"plan": [{"fields": {"id": {"strategy": "zipf"}}}]}}}]""", "the zipf strategy of column 'id' needs a 'range' or 'values'")]
    [InlineData("""[{"transport": {"name": "datagen", "config": {"plan": [{"fields": {"id": {"range": [5, 5]}}}]}}}]""", "empty range: the end (5) must be greater than the start (5)")]
    [InlineData("""[{"transport": {"name": "datagen", "config": {"plan": [{"fields": {"id": {"range": [0, 3000000000]}}}]}}}]""", "range [0, 3000000000) does not fit column 'id' (INTEGER)")]
    [InlineData("""[{"transport": {"name": "datagen", "config": {"plan": [{"fields": {"id": {"values": [1, "two"]}}}]}}}]""", "column 'id' (INTEGER): expected an integer, found a string")]
    [InlineData("""[{"transport": {"name": "datagen", "config": {"plan": [{"fields": {"id": {"strategy": "word"}}}]}}}]""", "unsupported datagen strategy 'word'")]
    [InlineData("""[{"transport": {"name": "datagen", "config": {"plan": [{"fields": {"id": {"null_percentage": 10}}}]}}}]""", "column 'id' is NOT NULL, so 'null_percentage' must be 0")]
    public void ConnectorMistakesAreDiagnostics(string connectors, string message)
    {
        string sql = $"CREATE TABLE t (id INT NOT NULL) WITH ('connectors' = '{connectors}');";
        var (catalog, source) = Parse(sql);
        Assert.False(catalog.Success);
        var error = catalog.Diagnostics.First(d => d.IsError);
        Assert.Equal("SQL0701", error.Code);
        Assert.Contains(message, error.Message + " " + string.Join(" ", error.Help));
        // Every span lies inside the property's string literal.
        int literal = sql.IndexOf("'[", StringComparison.Ordinal) is >= 0 and int i ? i : sql.IndexOf("'{", StringComparison.Ordinal);
        Assert.InRange(error.Span.Offset, literal, sql.Length - 3);
        _ = source;
    }

    [Fact]
    public void OutputConnectorsBelongToNonLocalViews()
    {
        string text = Render("""
            CREATE TABLE t (id INT);
            CREATE LOCAL VIEW l WITH ('connectors' = '[{"transport": {"name": "null_output"}}]') AS SELECT * FROM t;
            CREATE VIEW v WITH ('connectors' = '[{"transport": {"name": "datagen"}}]') AS SELECT * FROM t;
            """);
        Assert.Contains("LOCAL view 'l' has no output, so it cannot have connectors", text);
        Assert.Contains("'datagen' is an input transport; a view needs an output transport (file_output, null_output)", text);
    }

    [Fact]
    public void IgnoredFelderaFieldsAreWarnings()
    {
        var (catalog, _) = Parse("""
            CREATE TABLE t (id INT) WITH ('connectors' = '[{"max_worker_batch_size": 5, "transport": {"name": "datagen", "config": {"workers": 4}}, "format": {"name": "csv"}}]');
            """);
        Assert.True(catalog.Success);
        Assert.Equal(3, catalog.Diagnostics.Length);
        Assert.All(catalog.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(catalog.Diagnostics, d => d.Message == "'format' is ignored: transport 'datagen' does not use one");
    }

    [Fact]
    public void EveryDeclarableConnectorSupportsEveryModel()
    {
        var (catalog, _) = Parse("""
            CREATE TABLE t (id INT) WITH ('connectors' = '[{"name": "f", "transport": {"name": "file_input", "config": {"path": "x"}}, "format": {"name": "csv"}},
                {"name": "u", "transport": {"name": "url_input", "config": {"path": "http://localhost/x"}}, "format": {"name": "csv"}},
                {"name": "g", "transport": {"name": "datagen", "config": {}}}]');
            CREATE VIEW v WITH ('connectors' = '[{"name": "o", "transport": {"name": "file_output", "config": {"path": "y"}}, "format": {"name": "csv"}},
                {"name": "n", "transport": {"name": "null_output", "config": {}}}]') AS SELECT * FROM t;
            """);
        Assert.Equal(5, catalog.Connectors.Length);
        Assert.Empty(catalog.CheckFaultTolerance(FaultToleranceModel.AtLeastOnce));
        Assert.Empty(catalog.CheckFaultTolerance(FaultToleranceModel.ExactlyOnce));
        // HTTP ingress cannot re-read its input, and at-least-once keeps no journal.
        Assert.False(new HttpInputConfig().FaultTolerance.Supports(FaultToleranceModel.AtLeastOnce));
        Assert.True(new HttpInputConfig().FaultTolerance.Supports(FaultToleranceModel.ExactlyOnce));
    }
}
