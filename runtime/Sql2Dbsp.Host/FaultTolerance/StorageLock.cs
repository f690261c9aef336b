using System.Globalization;

namespace Sql2Dbsp.Host.FaultTolerance;

/// <summary>Another pipeline process holds the storage directory.</summary>
public sealed class StorageInUseException : IOException
{
    /// <summary>Creates the exception.</summary>
    public StorageInUseException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}

/// <summary>
/// The exclusive hold of a pipeline on its storage directory, taken before anything in it is read: two processes
/// resuming the same checkpoint and appending to the same journal would each deliver the steps of the other again.
/// </summary>
/// <remarks>
/// The hold is an OS file lock on <c>lock</c> in the directory (a <see cref="FileStream"/> opened with
/// <see cref="FileShare.None"/>: <c>flock</c> on Unix, a sharing lock on Windows), which the kernel releases when the
/// process dies, so a lock left by a killed process is simply taken over. <c>lock.pid</c> holds the holder's process
/// id, only for the message of the process that is refused.
/// </remarks>
internal sealed class StorageLock : IDisposable
{
    private const string LockName = "lock";
    private const string PidName = "lock.pid";

    private readonly FileStream stream;

    private StorageLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock of <paramref name="directory"/> (created if needed).</summary>
    /// <exception cref="StorageInUseException">Another process (named by its id when known) holds it.</exception>
    public static StorageLock Acquire(string directory)
    {
        Directory.CreateDirectory(directory);
        FileStream stream;
        try
        {
            stream = new FileStream(Path.Combine(directory, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StorageInUseException(
                $"the storage directory '{directory}' is in use by another pipeline ({Holder(directory)}); " +
                "stop it first, or use another storage directory", e);
        }
        try
        {
            string pid = Path.Combine(directory, PidName);
            string temporary = pid + ".tmp";
            File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture,
                $"{Environment.ProcessId} {Environment.MachineName} {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n"));
            File.Move(temporary, pid, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The id is only for another process's message; the lock itself is held.
        }
        return new StorageLock(stream);
    }

    /// <inheritdoc/>
    public void Dispose() => stream.Dispose();

    private static string Holder(string directory)
    {
        try
        {
            string[] parts = File.ReadAllText(Path.Combine(directory, PidName)).Split(' ', 3, StringSplitOptions.TrimEntries);
            return parts.Length == 3 ? $"process {parts[0]} on {parts[1]}, since {parts[2]}" : "process unknown";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "process unknown";
        }
    }
}
