using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host.Config;

namespace Sql2Dbsp.Host.Tests.Config;

public sealed class PipelineConfigTests
{
    [Fact]
    public void DefaultsWithoutAnyField()
    {
        var result = PipelineConfigParser.Parse("{}", "p.json");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new PipelineConfig(), result.Config);
        Assert.Equal(new StorageConfig(), result.Config!.Storage);
        Assert.Equal(FaultToleranceModel.None, result.Config.FaultTolerance.Model);
    }

    [Fact]
    public void FelderaFields()
    {
        var result = PipelineConfigParser.Parse("""
            {"workers": 1, "storage": {"backend": {"name": "file", "config": {"path": "/data"}}}, "min_batch_size_records": 100,
             "max_buffering_delay_usecs": 5000, "clock_resolution_usecs": 100000, "fault_tolerance": null, "cpu_profiler": true}
            """, "p.json");
        Assert.Equal(
            new PipelineConfig { Storage = new StorageConfig("/data"), MinBatchSizeRecords = 100, MaxBufferingDelayUsecs = 5000, ClockResolutionUsecs = 100_000 },
            result.Config);
        Assert.Equal("p.json:2:112: warning CFG0001: 'cpu_profiler' is ignored: it configures a Feldera deployment, not a local pipeline", result.Render().Split('\n')[0]);
    }

    [Fact]
    public void StorageCanBeSwitchedOff()
    {
        Assert.Null(PipelineConfigParser.Parse("""{"storage": false}""", "p.json").Config!.Storage);
        Assert.Equal(new StorageConfig("s"), PipelineConfigParser.Parse("""{"storage": {"path": "s"}}""", "p.json").Config!.Storage);
    }

    [Fact]
    public void UnknownFieldsAreErrorsWithLineAndColumn()
    {
        var result = PipelineConfigParser.Parse("{\n  \"wrkers\": 2\n}", "pipeline.json");
        Assert.Null(result.Config);
        Assert.StartsWith("""
            pipeline.json:2:3: error CFG0001: unknown field 'wrkers' in the pipeline configuration
             2 |   "wrkers": 2
               |   ^^^^^^^^
            """.ReplaceLineEndings("\n"), result.Render());
    }

    [Theory]
    [InlineData("""{"workers": 0}""", "'workers' must be between 1 and 1024, not 0")]
    [InlineData("""{"workers": "two"}""", "'workers' must be an integer, not a string")]
    [InlineData("""{"storage": 5}""", "'storage' must be true, false or an object")]
    [InlineData("""{"fault_tolerance": {"model": "sometimes"}}""", "unknown fault tolerance model 'sometimes'")]
    [InlineData("""{"fault_tolerance": {"model": "none", "checkpoint_interval_secs": 7200}}""", "'checkpoint_interval_secs' must be between 0 and 3600, not 7200")]
    [InlineData("""{"max_buffering_delay_usecs": -1}""", "'max_buffering_delay_usecs' must be between 0 and 3600000000, not -1")]
    [InlineData("""[1]""", "the pipeline configuration must be a JSON object, not an array")]
    [InlineData("""{"workers": 1,}""", "invalid JSON")]
    public void MistakesAreErrors(string json, string message)
    {
        var result = PipelineConfigParser.Parse(json, "p.json");
        Assert.Null(result.Config);
        Assert.Contains(message, result.Diagnostics.First().Message);
    }

    [Fact]
    public void FaultToleranceSettingsAreParsed()
    {
        var result = PipelineConfigParser.Parse("""{"fault_tolerance": {"model": "at_least_once", "checkpoint_interval_secs": 10}}""", "p.json");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new FaultToleranceConfig(FaultToleranceModel.AtLeastOnce, 10), result.Config!.FaultTolerance);

        // 0 and null both disable automatic checkpoints; the default interval is Feldera's 60 s.
        result = PipelineConfigParser.Parse("""{"fault_tolerance": {"model": "exactly_once", "checkpoint_interval_secs": 0}}""", "p.json");
        Assert.Equal(new FaultToleranceConfig(FaultToleranceModel.ExactlyOnce, null), result.Config!.FaultTolerance);
        result = PipelineConfigParser.Parse("""{"fault_tolerance": {"model": "exactly_once", "checkpoint_interval_secs": null}}""", "p.json");
        Assert.Null(result.Config!.FaultTolerance.CheckpointIntervalSecs);
        result = PipelineConfigParser.Parse("""{"storage": {"path": "st"}, "fault_tolerance": {"model": "exactly_once"}}""", "p.json");
        Assert.Equal(60, result.Config!.FaultTolerance.CheckpointIntervalSecs);
        Assert.Equal("st", result.Config.Storage!.Path);

        result = PipelineConfigParser.Parse("""{"fault_tolerance": {"model": "none", "checkpoint_interval_secs": null}}""", "p.json");
        Assert.Equal(FaultToleranceConfig.None, result.Config!.FaultTolerance);
    }

    [Fact]
    public void FaultToleranceWithoutStorageIsAnError()
    {
        // An object without a model means exactly-once (Feldera); fault tolerance needs storage.
        var result = PipelineConfigParser.Parse("""{"storage": false, "fault_tolerance": {}}""", "p.json");
        Assert.Null(result.Config);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("fault tolerance ('exactly_once') needs storage, but 'storage' is false", error.Message);
        Assert.StartsWith("p.json:1:", result.Render());
        Assert.Contains("error CFG0001", result.Render());
    }

    [Fact]
    public void ManyWorkersAreAcceptedWithAWarning()
    {
        var result = PipelineConfigParser.Parse("""{"workers": 8}""", "p.json");
        Assert.Equal(8, result.Config!.Workers);
        Assert.Contains("runs the circuit on one worker thread", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void HttpSettings()
    {
        var result = PipelineConfigParser.Parse("""
            {"http": {"bind": "0.0.0.0", "token_file": "token", "tls": {"certificate": "c.pem", "key": "k.pem"},
                      "allowed_hosts": ["pipeline.example"], "max_requests_per_second": 50}}
            """, "p.json");
        Assert.Empty(result.Diagnostics);
        var http = result.Config!.Http;
        Assert.Equal(("0.0.0.0", "token", "c.pem", "k.pem", 50), (http.Bind, http.TokenFile, http.TlsCertificate, http.TlsKey, http.MaxRequestsPerSecond));
        Assert.Equal(["pipeline.example"], http.AllowedHosts.ToArray());

        var bad = PipelineConfigParser.Parse("""{"http": {"bind": "localhost", "tls": {"certificate": "c.pem"}, "port": 1}}""", "p.json");
        Assert.Null(bad.Config);
        string text = bad.Render();
        Assert.Contains("'bind' must be an IP address (such as 127.0.0.1 or 0.0.0.0), not 'localhost'", text);
        Assert.Contains("'http.tls' has no 'key' field (it is required)", text);
        Assert.Contains("unknown field 'port' in 'http'", text);
    }
}
