using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.Host.Config;

/// <summary>
/// The runtime configuration of a pipeline, with Feldera's field names (<c>RuntimeConfig</c>): read from the JSON file
/// given to <c>sql2dbsp run --config</c>, or the embedded defaults.
/// </summary>
public sealed record PipelineConfig
{
    /// <summary><c>workers</c>: circuit worker threads (this runtime runs one; more is accepted and noted).</summary>
    public int Workers { get; init; } = 1;

    /// <summary><c>storage</c>: where the pipeline keeps its files (compiled-program cache now, checkpoints with fault
    /// tolerance); null when storage is disabled (<c>"storage": false</c>).</summary>
    public StorageConfig? Storage { get; init; } = new();

    /// <summary><c>fault_tolerance</c>.</summary>
    public FaultToleranceConfig FaultTolerance { get; init; } = FaultToleranceConfig.None;

    /// <summary><c>min_batch_size_records</c>: wait for this many buffered records before stepping (bounded by
    /// <see cref="MaxBufferingDelayUsecs"/>).</summary>
    public long MinBatchSizeRecords { get; init; }

    /// <summary><c>max_buffering_delay_usecs</c>: the longest a buffered record waits for <see cref="MinBatchSizeRecords"/>.</summary>
    public long MaxBufferingDelayUsecs { get; init; }

    /// <summary><c>clock_resolution_usecs</c>: the resolution of the clock behind <c>NOW()</c>; a program that reads the
    /// clock steps at every tick.</summary>
    public long ClockResolutionUsecs { get; init; } = 1_000_000;

    /// <summary><c>http</c>: the HTTP API's address and protection.</summary>
    public HttpConfig Http { get; init; } = new();
}

/// <summary>The <c>storage</c> setting: a directory, or the default one (<c>.sql2dbsp/&lt;program&gt;</c> in the working directory).</summary>
/// <param name="Path">The directory; null for the default.</param>
public sealed record StorageConfig(string? Path = null);

/// <summary>The <c>fault_tolerance</c> setting.</summary>
/// <param name="Model">The model.</param>
/// <param name="CheckpointIntervalSecs">Seconds between automatic checkpoints; null disables them.</param>
public sealed record FaultToleranceConfig(FaultToleranceModel Model, int? CheckpointIntervalSecs = FaultToleranceConfig.DefaultCheckpointIntervalSecs)
{
    /// <summary>Feldera's default checkpoint interval.</summary>
    public const int DefaultCheckpointIntervalSecs = 60;

    /// <summary>No fault tolerance.</summary>
    public static FaultToleranceConfig None { get; } = new(FaultToleranceModel.None, null);
}
