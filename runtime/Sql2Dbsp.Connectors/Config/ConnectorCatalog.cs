using System.Collections.Immutable;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Catalog;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Json;
using Sql2Dbsp.Connectors.Transports;

namespace Sql2Dbsp.Connectors.Config;

/// <summary>
/// The connectors declared in a program's <c>WITH ('connectors' = '[...]')</c> properties, parsed and checked the way
/// the compiler checks SQL: every problem is a diagnostic (code SQL0701) at its place in the SQL text, inside the
/// JSON string where possible.
/// </summary>
public sealed class ConnectorCatalog
{
    /// <summary>The property that holds a relation's connectors.</summary>
    public const string PropertyName = "connectors";

    private ConnectorCatalog(ImmutableArray<DeclaredConnector> connectors, ImmutableArray<Diagnostic> diagnostics)
    {
        Connectors = connectors;
        Diagnostics = diagnostics;
    }

    /// <summary>All declared connectors, inputs and outputs, in declaration order.</summary>
    public ImmutableArray<DeclaredConnector> Connectors { get; }

    /// <summary>The tables' connectors.</summary>
    public IEnumerable<DeclaredConnector> Inputs => Connectors.Where(c => c.IsInput);

    /// <summary>The views' connectors.</summary>
    public IEnumerable<DeclaredConnector> Outputs => Connectors.Where(c => !c.IsInput);

    /// <summary>Errors and warnings about the connectors.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool Success => !Diagnostics.Any(d => d.IsError);

    /// <summary>Parses the connectors of a compiled program.</summary>
    public static ConnectorCatalog Parse(SqlProgram program) => Parse(program.Tables, program.Views, program.Compilation.Source);

    /// <summary>Parses the connectors of these tables and views, declared in <paramref name="source"/>.</summary>
    public static ConnectorCatalog Parse(IEnumerable<TableInfo> tables, IEnumerable<ViewInfo> views, SourceText source)
    {
        var connectors = ImmutableArray.CreateBuilder<DeclaredConnector>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var table in tables)
            foreach (var property in table.Properties)
                if (property.Key == PropertyName) ParseProperty(property, RelationSchema.Of(table), true, connectors, diagnostics);
        foreach (var view in views)
            foreach (var property in view.Properties)
            {
                if (property.Key != PropertyName) continue;
                if (view.Kind == ViewKind.Local)
                {
                    diagnostics.Add(Diagnostic.Error(ErrorCodes.InvalidProperty, $"LOCAL view '{view.Name}' has no output, so it cannot have connectors", property.KeySpan));
                    continue;
                }
                ParseProperty(property, RelationSchema.Of(view), false, connectors, diagnostics);
            }
        return new ConnectorCatalog(connectors.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>The same catalog with other connectors (for hosts and tests that add connectors of their own).</summary>
    internal ConnectorCatalog WithConnectors(ImmutableArray<DeclaredConnector> connectors) => new(connectors, Diagnostics);

    /// <summary>
    /// Errors for each connector that cannot take part in a pipeline with fault-tolerance model <paramref name="model"/>,
    /// at the connector's place in the SQL text.
    /// </summary>
    public ImmutableArray<Diagnostic> CheckFaultTolerance(FaultToleranceModel model) =>
    [
        .. Connectors
            .Where(c => !c.Config.Transport.FaultTolerance.Supports(model))
            .Select(c => Diagnostic.Error(ErrorCodes.NotAllowedUnderFaultTolerance,
                $"connector '{c.EndpointName}' ({c.Config.Transport.Name}) does not support fault_tolerance model '{model.ConfigName()}'",
                c.Span,
                $"remove the connector or choose a model it supports (see the connector table in README.md)")),
    ];

    private static void ParseProperty(Property property, RelationSchema relation, bool input,
        ImmutableArray<DeclaredConnector>.Builder connectors, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var map = new SpanMap(property);
        var root = JsonSyntax.Parse(property.Value, out var syntaxError);
        if (root is null)
        {
            diagnostics.Add(Diagnostic.Error(ErrorCodes.InvalidProperty, $"'connectors' of '{relation.Name}': {syntaxError!.Message}", map.Point(syntaxError.Offset)));
            return;
        }
        var problems = new ConfigProblems();
        if (root is not JArray array)
        {
            problems.Error(root.Span, $"'connectors' must be a JSON array of connector objects, not {ObjectReader.Article(root.Kind)}");
            Report(problems, map, diagnostics);
            return;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < array.Items.Length; i++)
        {
            var item = array.Items[i];
            var config = ParseConnector(new ObjectReader(item, "a connector", problems), relation, input, i);
            if (config is null) continue;
            if (!names.Add(config.Name))
            {
                problems.Error(item.Span, $"'{relation.Name}' already has a connector named '{config.Name}'");
                continue;
            }
            connectors.Add(new DeclaredConnector($"{relation.Name}.{config.Name}", relation, input, config, map.Span(item.Span)));
        }
        Report(problems, map, diagnostics);
    }

    private static ConnectorConfig? ParseConnector(ObjectReader connector, RelationSchema relation, bool input, int index)
    {
        var problems = connector.Problems;
        if (connector.Object is null) return null;
        string name = connector.String("name") ?? $"unnamed-{index}";
        var transport = ParseTransport(connector, relation, input);
        FormatConfig? format = null;
        if (connector.ObjectField("format") is { } formatNode)
        {
            if (transport is InputTransportConfig { NeedsFormat: false } or OutputTransportConfig { NeedsFormat: false })
                problems.Warning(formatNode.Span, $"'format' is ignored: transport '{transport.Name}' does not use one");
            else format = ParseFormat(new ObjectReader(formatNode, "the format", problems), input);
        }
        else if (transport is InputTransportConfig { NeedsFormat: true } or OutputTransportConfig { NeedsFormat: true })
            problems.Error(connector.Span, $"connector '{name}' needs a 'format' for transport '{transport.Name}'", $"add for example \"format\": {{\"name\": \"json\"}}; formats: {string.Join(", ", FormatRegistry.Names)}");
        bool paused = connector.Bool("paused") ?? false;
        if (paused && !input) problems.Error(connector.Node("paused")!.Span, "'paused' applies to input connectors only");
        int maxBatch = (int)(connector.Integer("max_batch_size", min: 1, max: int.MaxValue) ?? ConnectorConfig.DefaultMaxBatchSize);
        long maxQueued = connector.Integer("max_queued_records", min: 1) ?? ConnectorConfig.DefaultMaxQueuedRecords;
        connector.Ignored("max_worker_batch_size", "one worker runs the circuit; max_batch_size bounds a step's input");
        connector.Ignored("max_queued_bytes", "queues are bounded by max_queued_records");
        connector.Ignored("output_buffer_config", "outputs are written batch by batch");
        foreach (string unsupported in (string[])["labels", "start_after", "index", "preprocessor", "postprocessor", "send_snapshot", "soft_delete"])
            connector.Unsupported(unsupported);
        connector.Finish();
        bool formatMissing = format is null && transport is InputTransportConfig { NeedsFormat: true } or OutputTransportConfig { NeedsFormat: true };
        return transport is null || formatMissing ? null : new ConnectorConfig(name, transport, format, paused, maxBatch, maxQueued);
    }

    private static TransportConfig? ParseTransport(ObjectReader connector, RelationSchema relation, bool input)
    {
        var problems = connector.Problems;
        if (connector.ObjectField("transport", required: true) is not { } node) return null;
        var transport = new ObjectReader(node, "the transport", problems);
        string? name = transport.String("name", required: true);
        var configNode = transport.Node("config");
        transport.Finish();
        if (name is null) return null;
        if (TransportRegistry.Check(name, input) is { } problem)
        {
            problems.Error(transport.Object!.Find("name")!.Value.Span, problem);
            return null;
        }
        var config = new ObjectReader(configNode ?? new JObject([], node.Span), $"the configuration of transport '{name}'", problems);
        return TransportRegistry.Parse(name, config, relation);
    }

    private static FormatConfig? ParseFormat(ObjectReader format, bool input)
    {
        var problems = format.Problems;
        string? name = format.String("name", required: true);
        var configNode = format.Node("config");
        format.Finish();
        if (name is null) return null;
        if (!FormatRegistry.Exists(name))
        {
            string message = name is "parquet" or "avro" or "raw" ? $"not supported yet: format '{name}'" : $"unknown format '{name}'";
            problems.Error(format.Object!.Find("name")!.Value.Span, message, $"formats: {string.Join(", ", FormatRegistry.Names)}");
            return null;
        }
        var config = new ObjectReader(configNode ?? new JObject([], format.Span), $"the configuration of format '{name}'", problems);
        return FormatRegistry.Parse(name, config, input);
    }

    private static void Report(ConfigProblems problems, SpanMap map, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var p in problems.All)
            diagnostics.Add(new Diagnostic(p.IsError ? Severity.Error : Severity.Warning, DiagnosticKind.UserError, ErrorCodes.InvalidProperty, p.Message, map.Span(p.Span), [], p.Help));
    }

    /// <summary>
    /// Maps offsets in a property's unquoted value to the SQL text: the value starts one character after the opening
    /// quote, and every quote in it was written twice.
    /// </summary>
    private sealed class SpanMap(Property property)
    {
        public SourceSpan Span(JsonSpan span)
        {
            int start = Source(span.Start);
            return new SourceSpan(start, Math.Max(1, Source(span.End) - start));
        }

        public SourceSpan Point(int offset) => new(Source(offset), 1);

        private int Source(int offset)
        {
            offset = Math.Clamp(offset, 0, property.Value.Length);
            return property.ValueSpan.Offset + 1 + offset + property.Value.AsSpan(0, offset).Count('\'');
        }
    }
}
