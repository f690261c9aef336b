namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>Receives a run's results as files finish.</summary>
internal interface IRunReporter
{
    /// <summary>Called once per file, from any thread, as soon as it finished.</summary>
    void FileFinished(FileResult result);

    /// <summary>Called when a file cannot be run (unreadable, not found).</summary>
    void FileError(string path, string message);
}
