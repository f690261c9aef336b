using System.Collections.Immutable;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Host.Config;

/// <summary>The result of reading a pipeline configuration file.</summary>
/// <param name="Config">The configuration, or null when it has errors.</param>
/// <param name="Partial">The configuration as far as it could be read, for checks that should run even when it has
/// errors (compiling the program for the requested fault-tolerance model, so all errors show at once).</param>
/// <param name="Source">The file's text, for rendering the diagnostics.</param>
/// <param name="Diagnostics">Errors and warnings, each at its place in the file.</param>
public sealed record PipelineConfigResult(PipelineConfig? Config, PipelineConfig Partial, SourceText Source, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Diagnostics as a compiler prints them (file:line:col, the line, a caret).</summary>
    public string Render() => DiagnosticRenderer.ToText(Diagnostics, Source);
}

/// <summary>Reads a pipeline configuration (JSON with Feldera's <c>RuntimeConfig</c> field names).</summary>
public static class PipelineConfigParser
{
    /// <summary>The code of pipeline configuration diagnostics.</summary>
    public const string ErrorCode = "CFG0001";

    /// <summary>Feldera settings about deployment and profiling, which a local pipeline accepts and ignores.</summary>
    private static readonly string[] Ignored =
    [
        "hosts", "max_rss_mb", "datafusion_memory_mb", "cpu_profiler", "tracing", "tracing_endpoint_jaeger", "resources",
        "pin_cpus", "provisioning_timeout_secs", "max_parallel_connector_init", "init_containers", "http_workers",
        "io_workers", "env", "dev_tweaks", "logging", "pipeline_template_configmap", "clock_timezone_offset",
        "checkpoint_during_suspend",
    ];

    /// <summary>Parses <paramref name="json"/> read from <paramref name="path"/>.</summary>
    public static PipelineConfigResult Parse(string json, string path)
    {
        var source = new SourceText(json, path);
        var root = JsonSyntax.Parse(json, out var syntax);
        if (root is null)
            return new PipelineConfigResult(null, new PipelineConfig(), source, [Diagnostic.Error(ErrorCode, syntax!.Message, new SourceSpan(Math.Min(syntax.Offset, Math.Max(0, json.Length - 1)), 1))]);
        var problems = new ConfigProblems();
        var reader = new ObjectReader(root, "the pipeline configuration", problems);
        var config = new PipelineConfig();
        if (reader.Integer("workers", min: 1, max: 1024) is long workers)
        {
            config = config with { Workers = (int)workers };
            if (workers > 1)
                problems.Warning(reader.Node("workers")!.Span, $"'workers' is {workers}, but this runtime runs the circuit on one worker thread (multi-worker execution is planned)");
        }
        config = config with { Storage = ParseStorage(reader, problems) };
        if (reader.Integer("min_batch_size_records", min: 0) is long minBatch) config = config with { MinBatchSizeRecords = minBatch };
        if (reader.Integer("max_buffering_delay_usecs", min: 0, max: 3_600_000_000) is long delay) config = config with { MaxBufferingDelayUsecs = delay };
        if (reader.Integer("clock_resolution_usecs", min: 1) is long clock) config = config with { ClockResolutionUsecs = clock };
        if (ParseFaultTolerance(reader, problems) is { } ft)
        {
            config = config with { FaultTolerance = ft };
            if (ft.Model != FaultToleranceModel.None)
            {
                var span = reader.Node("fault_tolerance")!.Span;
                if (config.Storage is null)
                    problems.Error(span, $"fault tolerance ('{ft.Model.ConfigName()}') needs storage, but 'storage' is false",
                        "set 'storage' to true or {\"path\": \"DIR\"}, or remove 'fault_tolerance'");
            }
        }
        if (ParseHttp(reader, problems) is { } http) config = config with { Http = http };
        foreach (string name in Ignored) reader.Ignored(name, "it configures a Feldera deployment, not a local pipeline");
        reader.Finish();
        var diagnostics = problems.All
            .Select(p => new Diagnostic(p.IsError ? Severity.Error : Severity.Warning, DiagnosticKind.UserError, ErrorCode, p.Message,
                new SourceSpan(p.Span.Start, Math.Max(1, p.Span.Length)), [], p.Help))
            .ToImmutableArray();
        return new PipelineConfigResult(problems.HasErrors ? null : config, config, source, diagnostics);
    }

    private static StorageConfig? ParseStorage(ObjectReader reader, ConfigProblems problems)
    {
        var node = reader.Object?.Find("storage")?.Value;
        reader.Node("storage");
        switch (node)
        {
            case null:
                return new StorageConfig();
            case JNull:
            case JBoolean { Value: false }:
                return null;
            case JBoolean:
                return new StorageConfig();
            case JObject:
                {
                    var storage = new ObjectReader(node, "'storage'", problems);
                    string? path = storage.String("path");
                    if (storage.ObjectField("backend") is { } backendNode)
                    {
                        // Feldera: {"backend": {"name": "default"}} or {"name": "file", "config": {"path": ...}}.
                        var backend = new ObjectReader(backendNode, "the storage backend", problems);
                        string? name = backend.String("name", required: true);
                        if (name is "file" && backend.ObjectField("config") is { } fileConfig)
                        {
                            var file = new ObjectReader(fileConfig, "the file storage backend", problems);
                            path ??= file.String("path");
                            file.Finish();
                        }
                        else if (name is not null and not "default" and not "file")
                            problems.Error(backend.Node("name")!.Span, $"not supported yet: storage backend '{name}'", "use \"default\" or \"file\"");
                        backend.Finish();
                    }
                    foreach (string ignored in (string[])["min_storage_bytes", "min_step_storage_bytes", "compression", "cache_mib"])
                        storage.Ignored(ignored, "state is kept in memory");
                    storage.Finish();
                    return new StorageConfig(path);
                }
            default:
                problems.Error(node.Span, $"'storage' must be true, false or an object such as {{\"path\": \"DIR\"}}, not {ObjectReader.Article(node.Kind)}");
                return new StorageConfig();
        }
    }

    private static HttpConfig? ParseHttp(ObjectReader reader, ConfigProblems problems)
    {
        if (reader.ObjectField("http") is not { } node) return null;
        var http = new ObjectReader(node, "'http'", problems);
        var config = new HttpConfig();
        if (http.String("bind") is { } bind)
        {
            if (System.Net.IPAddress.TryParse(bind, out _)) config = config with { Bind = bind };
            else problems.Error(http.Node("bind")!.Span, $"'bind' must be an IP address (such as 127.0.0.1 or 0.0.0.0), not '{bind}'");
        }
        if (http.String("token_file") is { } tokenFile) config = config with { TokenFile = tokenFile };
        if (http.ObjectField("tls") is { } tlsNode)
        {
            var tls = new ObjectReader(tlsNode, "'http.tls'", problems);
            config = config with { TlsCertificate = tls.String("certificate", required: true), TlsKey = tls.String("key", required: true) };
            tls.Finish();
        }
        if (http.Array("allowed_hosts") is { } hosts)
        {
            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var host in hosts.Items)
            {
                if (host is JString { Value.Length: > 0 } name) names.Add(name.Value);
                else problems.Error(host.Span, "'allowed_hosts' must list host names (strings)");
            }
            config = config with { AllowedHosts = names.ToImmutable() };
        }
        if (http.Integer("max_requests_per_second", min: 1, max: 1_000_000) is long rate) config = config with { MaxRequestsPerSecond = (int)rate };
        http.Finish();
        return config;
    }

    private static FaultToleranceConfig? ParseFaultTolerance(ObjectReader reader, ConfigProblems problems)
    {
        var node = reader.Object?.Find("fault_tolerance")?.Value;
        reader.Node("fault_tolerance");
        switch (node)
        {
            case null or JNull:
                return null;
            case JString { Value: "initial_state" or "latest_checkpoint" }:
                // Feldera's legacy spellings, both meaning exactly-once.
                return new FaultToleranceConfig(FaultToleranceModel.ExactlyOnce);
            case JObject:
                {
                    var ft = new ObjectReader(node, "'fault_tolerance'", problems);
                    // Feldera: an object without a model means exactly-once.
                    var model = FaultToleranceModel.ExactlyOnce;
                    if (ft.String("model") is { } name && !FaultToleranceModels.FromConfigName(name, out model))
                    {
                        model = FaultToleranceModel.ExactlyOnce;
                        problems.Error(ft.Node("model")!.Span, $"unknown fault tolerance model '{name}'", "use none, at_least_once or exactly_once");
                    }
                    int? interval = FaultToleranceConfig.DefaultCheckpointIntervalSecs;
                    if (ft.Object!.Find("checkpoint_interval_secs") is { Value: JNull }) interval = null;
                    else if (ft.Integer("checkpoint_interval_secs", min: 0, max: 3600) is long secs) interval = secs == 0 ? null : (int)secs;
                    ft.Node("checkpoint_interval_secs");
                    ft.Finish();
                    return new FaultToleranceConfig(model, model == FaultToleranceModel.None ? null : interval);
                }
            default:
                problems.Error(node.Span, $"'fault_tolerance' must be null or an object such as {{\"model\": \"at_least_once\"}}, not {ObjectReader.Article(node.Kind)}");
                return null;
        }
    }
}
