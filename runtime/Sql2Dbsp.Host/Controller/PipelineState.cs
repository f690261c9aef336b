namespace Sql2Dbsp.Host.Controller;

/// <summary>Where a pipeline is in its lifecycle (Feldera's names).</summary>
public enum PipelineState
{
    /// <summary>Compiled and configured; connectors not yet open.</summary>
    Initializing,

    /// <summary>Connectors read input and the circuit steps.</summary>
    Running,

    /// <summary>Connectors do not read; input already ingested is still processed.</summary>
    Paused,

    /// <summary>A step failed (a runtime error in a view); the circuit refuses further steps.</summary>
    Failed,

    /// <summary>Stopped: connectors closed, outputs flushed.</summary>
    Stopped,

    /// <summary>Suspended (<c>POST /suspend</c>): a checkpoint holds everything processed, and the circuit has ended;
    /// running the pipeline again with the same storage resumes from it.</summary>
    Suspended,
}
