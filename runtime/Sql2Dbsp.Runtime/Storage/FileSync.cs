using System.Runtime.InteropServices;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// Durability helpers. A renamed or created file is durable only once its directory entry is: on Unix that takes an
/// fsync of the directory, which .NET has no API for, hence the two libc calls.
/// </summary>
public static partial class FileSync
{
    private const int ReadOnly = 0;       // O_RDONLY
    private const int DirectoryFlag = 0x10000; // O_DIRECTORY (Linux)

    /// <summary>Flushes a directory's entries (created, renamed, deleted files) to disk. No-op where unsupported.</summary>
    public static void Directory(string path)
    {
        if (!OperatingSystem.IsLinux()) return; // Windows commits directory entries with the file; other Unixes: best effort skipped
        int fd = Open(path, ReadOnly | DirectoryFlag);
        if (fd < 0) throw new IOException($"cannot open directory '{path}' to sync it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"cannot sync directory '{path}' (errno {Marshal.GetLastPInvokeError()})");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
