using System.Collections.Immutable;
using System.Text.Json;

namespace Sql2Dbsp.Host.Stats;

/// <summary>Writes statistics as JSON with Feldera's field names (<c>global_metrics</c>, <c>inputs</c>, <c>outputs</c>).</summary>
public static class StatsJson
{
    /// <summary>The whole <c>/stats</c> document.</summary>
    public static void Write(Utf8JsonWriter w, PipelineStats stats)
    {
        w.WriteStartObject();
        w.WritePropertyName("global_metrics");
        Write(w, stats.Global);
        w.WriteStartArray("inputs");
        foreach (var input in stats.Inputs) Write(w, input);
        w.WriteEndArray();
        w.WriteStartArray("outputs");
        foreach (var output in stats.Outputs) Write(w, output);
        w.WriteEndArray();
        // Our addition: per table with LATENESS, the changes dropped as late (Feldera sends them to an error view).
        w.WriteStartObject("late_records");
        foreach (var (table, count) in stats.LateRecords ?? ImmutableSortedDictionary<string, long>.Empty) w.WriteNumber(table, count);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The global metrics object.</summary>
    public static void Write(Utf8JsonWriter w, GlobalStats g)
    {
        w.WriteStartObject();
        w.WriteString("state", g.State.ToString());
        w.WriteString("error", g.Error);
        w.WriteNumber("start_time", g.StartTime.ToUnixTimeSeconds());
        w.WriteNumber("uptime_msecs", (long)g.Uptime.TotalMilliseconds);
        w.WriteNumber("rss_bytes", g.RssBytes);
        w.WriteNumber("cpu_msecs", g.CpuMsecs);
        w.WriteNumber("step", g.Steps);
        w.WriteNumber("transaction_id", g.TransactionNumber);
        w.WriteNumber("buffered_input_records", g.BufferedInputRecords);
        w.WriteNumber("total_input_records", g.TotalInputRecords);
        w.WriteNumber("total_processed_records", g.TotalProcessedRecords);
        w.WriteNumber("total_completed_records", g.TotalCompletedRecords);
        w.WriteBoolean("pipeline_complete", g.PipelineComplete);
        w.WriteStartObject("step_latency_usecs");
        w.WriteNumber("count", g.StepLatency.Count);
        w.WriteNumber("p50", g.StepLatency.P50Usecs);
        w.WriteNumber("p90", g.StepLatency.P90Usecs);
        w.WriteNumber("p99", g.StepLatency.P99Usecs);
        w.WriteNumber("max", g.StepLatency.MaxUsecs);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>One input endpoint's status.</summary>
    public static void Write(Utf8JsonWriter w, InputEndpointStats e)
    {
        w.WriteStartObject();
        w.WriteString("endpoint_name", e.EndpointName);
        w.WriteStartObject("config");
        w.WriteString("stream", e.Table);
        w.WriteString("transport", e.Transport);
        w.WriteString("format", e.Format);
        w.WriteEndObject();
        w.WriteStartObject("metrics");
        w.WriteNumber("total_bytes", e.TotalBytes);
        w.WriteNumber("total_records", e.TotalRecords);
        w.WriteNumber("buffered_records", e.BufferedRecords);
        w.WriteNumber("num_transport_errors", e.TransportErrors);
        w.WriteNumber("num_parse_errors", e.ParseErrors);
        w.WriteNumber("num_negative_weights", e.NegativeWeights);
        w.WriteBoolean("end_of_input", e.EndOfInput);
        w.WriteEndObject();
        w.WriteBoolean("paused", e.Paused);
        w.WriteString("fatal_error", e.FatalError);
        w.WriteString("last_error", e.LastError);
        w.WritePropertyName("position");
        if (e.Position is null) w.WriteNullValue();
        else e.Position.WriteTo(w);
        w.WriteEndObject();
    }

    /// <summary>One output endpoint's status.</summary>
    public static void Write(Utf8JsonWriter w, OutputEndpointStats e)
    {
        w.WriteStartObject();
        w.WriteString("endpoint_name", e.EndpointName);
        w.WriteStartObject("config");
        w.WriteString("stream", e.View);
        w.WriteString("transport", e.Transport);
        w.WriteString("format", e.Format);
        w.WriteEndObject();
        w.WriteStartObject("metrics");
        w.WriteNumber("transmitted_records", e.TransmittedRecords);
        w.WriteNumber("transmitted_bytes", e.TransmittedBytes);
        w.WriteNumber("queued_records", e.QueuedRecords);
        w.WriteNumber("queued_batches", e.QueuedBatches);
        w.WriteNumber("num_encode_errors", e.EncodeErrors);
        w.WriteNumber("num_transport_errors", e.TransportErrors);
        w.WriteNumber("dropped_batches", e.DroppedBatches);
        w.WriteEndObject();
        w.WriteString("fatal_error", e.FatalError);
        w.WriteEndObject();
    }
}
