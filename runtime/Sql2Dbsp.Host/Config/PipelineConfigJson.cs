using System.Text.Json;
using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.Host.Config;

/// <summary>Writes a <see cref="PipelineConfig"/> as JSON with Feldera's field names (what a checkpoint records).</summary>
public static class PipelineConfigJson
{
    /// <summary>The configuration as a JSON object.</summary>
    public static string Write(PipelineConfig config)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("workers", config.Workers);
            if (config.Storage is null) w.WriteBoolean("storage", false);
            else
            {
                w.WriteStartObject("storage");
                w.WriteString("path", config.Storage.Path);
                w.WriteEndObject();
            }
            w.WriteStartObject("fault_tolerance");
            w.WriteString("model", config.FaultTolerance.Model.ConfigName());
            if (config.FaultTolerance.CheckpointIntervalSecs is int secs) w.WriteNumber("checkpoint_interval_secs", secs);
            else w.WriteNull("checkpoint_interval_secs");
            w.WriteEndObject();
            w.WriteNumber("min_batch_size_records", config.MinBatchSizeRecords);
            w.WriteNumber("max_buffering_delay_usecs", config.MaxBufferingDelayUsecs);
            w.WriteNumber("clock_resolution_usecs", config.ClockResolutionUsecs);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
