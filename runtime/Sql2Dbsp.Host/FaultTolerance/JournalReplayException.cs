namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>
/// An exactly-once restart could not repeat a journaled step: an input no longer gives the records it gave (a
/// different count or hash), cannot be read again, or the journal names an endpoint or table the pipeline lacks. The
/// pipeline does not start: continuing would silently produce output that differs from what was delivered.
/// </summary>
public sealed class JournalReplayException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalReplayException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
