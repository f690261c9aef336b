namespace Sql2Dbsp.Host.Controller;

/// <summary>Severity of a pipeline log entry.</summary>
public enum PipelineLogLevel
{
    /// <summary>Lifecycle events.</summary>
    Info,

    /// <summary>Rejected input and other problems the pipeline survives.</summary>
    Warning,

    /// <summary>Failures of an endpoint or of the pipeline.</summary>
    Error,
}

/// <summary>One log entry.</summary>
public sealed record PipelineLogEntry(DateTimeOffset Time, PipelineLogLevel Level, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Time:yyyy-MM-dd HH:mm:ss.fff} {Level.ToString().ToUpperInvariant(),-7} {Message}";
}

/// <summary>
/// The pipeline's log: entries go to whoever subscribes to <see cref="Written"/> (the command line prints them) and
/// the last ones are kept for inspection. Thread-safe.
/// </summary>
public sealed class PipelineLog
{
    private const int Kept = 200;
    private readonly Queue<PipelineLogEntry> recent = new();

    /// <summary>Raised for every entry, on the thread that wrote it.</summary>
    public event Action<PipelineLogEntry>? Written;

    /// <summary>The most recent entries, oldest first.</summary>
    public IReadOnlyList<PipelineLogEntry> Recent
    {
        get
        {
            lock (recent) return [.. recent];
        }
    }

    /// <summary>Logs a lifecycle event.</summary>
    public void Info(string message) => Write(PipelineLogLevel.Info, message);

    /// <summary>Logs a problem the pipeline survives.</summary>
    public void Warning(string message) => Write(PipelineLogLevel.Warning, message);

    /// <summary>Logs a failure.</summary>
    public void Error(string message) => Write(PipelineLogLevel.Error, message);

    private void Write(PipelineLogLevel level, string message)
    {
        var entry = new PipelineLogEntry(DateTimeOffset.Now, level, message);
        lock (recent)
        {
            recent.Enqueue(entry);
            if (recent.Count > Kept) recent.Dequeue();
        }
        Written?.Invoke(entry);
    }
}
