namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>Live counters of a run (read by the progress line), updated from any thread.</summary>
internal sealed class RunProgress
{
    private long done, failed, filesDone;

    /// <summary>Records finished (passed, failed or skipped).</summary>
    public long Done => Interlocked.Read(ref done);

    /// <summary>Records failed.</summary>
    public long Failed => Interlocked.Read(ref failed);

    /// <summary>Files finished.</summary>
    public long FilesDone => Interlocked.Read(ref filesDone);

    /// <summary>Counts one finished record.</summary>
    public void Count(RecordStatus status)
    {
        Interlocked.Increment(ref done);
        if (status == RecordStatus.Failed) Interlocked.Increment(ref failed);
    }

    /// <summary>A record that passed at first was failed later (by its label).</summary>
    public void Refail() => Interlocked.Increment(ref failed);

    /// <summary>Counts one finished file.</summary>
    public void FileDone() => Interlocked.Increment(ref filesDone);
}
