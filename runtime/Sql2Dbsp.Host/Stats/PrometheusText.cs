using System.Globalization;
using System.Text;

namespace Sql2Dbsp.Host.Stats;

/// <summary>Renders statistics in the Prometheus text exposition format (<c>GET /metrics</c>).</summary>
public static class PrometheusText
{
    /// <summary>The metrics document.</summary>
    public static string Render(PipelineStats stats)
    {
        var sb = new StringBuilder();
        var g = stats.Global;
        Gauge(sb, "pipeline_state", "1 for the current lifecycle state", [(Label("state", g.State.ToString()), 1)]);
        Counter(sb, "pipeline_steps_total", "completed circuit steps", g.Steps);
        Gauge(sb, "pipeline_transaction_id", "last committed transaction", [("", g.TransactionNumber)]);
        Counter(sb, "records_input_total", "records queued by all input endpoints", g.TotalInputRecords);
        Counter(sb, "records_processed_total", "records taken into completed steps", g.TotalProcessedRecords);
        Gauge(sb, "records_buffered", "records queued and not yet processed", [("", g.BufferedInputRecords)]);
        Gauge(sb, "pipeline_complete", "1 when all input was processed and written", [("", g.PipelineComplete ? 1 : 0)]);
        Gauge(sb, "process_resident_memory_bytes", "resident memory", [("", g.RssBytes)]);
        Counter(sb, "process_cpu_seconds_total", "CPU time", g.CpuMsecs / 1000.0);
        sb.Append("# HELP step_latency_seconds duration of a step (input, circuit, output queueing)\n# TYPE step_latency_seconds summary\n");
        foreach (var (q, v) in new[] { ("0.5", g.StepLatency.P50Usecs), ("0.9", g.StepLatency.P90Usecs), ("0.99", g.StepLatency.P99Usecs) })
            sb.Append("step_latency_seconds{quantile=\"").Append(q).Append("\"} ").Append(Number(v / 1e6)).Append('\n');
        sb.Append("step_latency_seconds_sum ").Append(Number(g.StepLatency.SumUsecs / 1e6)).Append('\n');
        sb.Append("step_latency_seconds_count ").Append(g.StepLatency.Count).Append('\n');

        var inputs = stats.Inputs;
        Family(sb, "input_connector_records_total", "counter", "records queued by an input endpoint", inputs.Select(i => (EndpointLabel(i.EndpointName), (double)i.TotalRecords)));
        Family(sb, "input_connector_bytes_total", "counter", "input bytes consumed", inputs.Select(i => (EndpointLabel(i.EndpointName), (double)i.TotalBytes)));
        Family(sb, "input_connector_buffered_records", "gauge", "records queued and not yet processed", inputs.Select(i => (EndpointLabel(i.EndpointName), (double)i.BufferedRecords)));
        Family(sb, "input_connector_errors_total", "counter", "rejected records (parse) and source problems (transport)",
            inputs.SelectMany(i => new[]
            {
                (EndpointLabel(i.EndpointName) + "," + Label("kind", "parse"), (double)i.ParseErrors),
                (EndpointLabel(i.EndpointName) + "," + Label("kind", "transport"), (double)i.TransportErrors),
            }));
        Family(sb, "input_connector_negative_weights_total", "counter", "times the endpoint left its table (without a primary key) with a negative row count",
            inputs.Select(i => (EndpointLabel(i.EndpointName), (double)i.NegativeWeights)));
        Family(sb, "input_connector_paused", "gauge", "1 when the endpoint is paused", inputs.Select(i => (EndpointLabel(i.EndpointName), i.Paused ? 1.0 : 0)));
        Family(sb, "input_connector_end_of_input", "gauge", "1 when the endpoint has no more input", inputs.Select(i => (EndpointLabel(i.EndpointName), i.EndOfInput ? 1.0 : 0)));

        var outputs = stats.Outputs;
        Family(sb, "output_connector_records_total", "counter", "changes written by an output endpoint", outputs.Select(o => (EndpointLabel(o.EndpointName), (double)o.TransmittedRecords)));
        Family(sb, "output_connector_bytes_total", "counter", "bytes written", outputs.Select(o => (EndpointLabel(o.EndpointName), (double)o.TransmittedBytes)));
        Family(sb, "output_connector_queued_records", "gauge", "changes waiting to be written", outputs.Select(o => (EndpointLabel(o.EndpointName), (double)o.QueuedRecords)));
        Family(sb, "output_connector_errors_total", "counter", "encode and transport errors",
            outputs.SelectMany(o => new[]
            {
                (EndpointLabel(o.EndpointName) + "," + Label("kind", "encode"), (double)o.EncodeErrors),
                (EndpointLabel(o.EndpointName) + "," + Label("kind", "transport"), (double)o.TransportErrors),
            }));
        Family(sb, "output_connector_dropped_batches_total", "counter", "batches dropped for a slow client without backpressure",
            outputs.Select(o => (EndpointLabel(o.EndpointName), (double)o.DroppedBatches)));
        return sb.ToString();
    }

    private static void Counter(StringBuilder sb, string name, string help, double value) =>
        Family(sb, name, "counter", help, [("", value)]);

    private static void Gauge(StringBuilder sb, string name, string help, IEnumerable<(string Labels, long Value)> samples) =>
        Family(sb, name, "gauge", help, samples.Select(s => (s.Labels, (double)s.Value)));

    private static void Family(StringBuilder sb, string name, string type, string help, IEnumerable<(string Labels, double Value)> samples)
    {
        sb.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
        sb.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        foreach (var (labels, value) in samples)
        {
            sb.Append(name);
            if (labels.Length > 0) sb.Append('{').Append(labels).Append('}');
            sb.Append(' ').Append(Number(value)).Append('\n');
        }
    }

    private static string EndpointLabel(string endpoint) => Label("endpoint", endpoint);

    private static string Label(string name, string value) =>
        $"{name}=\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
