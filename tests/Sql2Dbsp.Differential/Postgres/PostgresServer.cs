using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sql2Dbsp.Differential.Postgres;

/// <summary>
/// The PostgreSQL the differential run compares with: the one named by <c>SQL2DBSP_PG</c> (a connection string), or
/// else a private cluster started from <c>/usr/lib/postgresql/15/bin</c> in a temporary directory on a free loopback
/// port (as the <c>postgres</c> OS user when running as root, since initdb refuses root), stopped and deleted on
/// dispose. <see cref="TryStart"/> says why when neither is possible.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    public const string ConnectionVariable = "SQL2DBSP_PG";
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly string? directory;
    private readonly string? dataDirectory;
    private int disposed;

    private PostgresServer(string connectionString, string? directory)
    {
        ConnectionString = connectionString;
        this.directory = directory;
        dataDirectory = directory is null ? null : Path.Combine(directory, "data");
    }

    /// <summary>An Npgsql connection string for the server.</summary>
    public string ConnectionString { get; }

    /// <summary>Connects to <c>SQL2DBSP_PG</c> or starts a private cluster; null with the reason when neither works.</summary>
    public static PostgresServer? TryStart(out string reason)
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured)
        {
            reason = "";
            return new PostgresServer(configured, null);
        }
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            reason = $"PostgreSQL 15 is not installed ({BinDirectory}/initdb is missing) and {ConnectionVariable} is not set";
            return null;
        }
        string dir = Directory.CreateTempSubdirectory("sql2dbsp-pg-").FullName;
        try
        {
            bool root = Environment.UserName == "root";
            if (root) Run("chown", ["postgres:postgres", dir]);
            string data = Path.Combine(dir, "data");
            RunPg(root, "initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"]);
            int port = FreePort();
            // fsync off: the cluster is thrown away; C collation (--no-locale) compares strings by code point like we do.
            RunPg(root, "pg_ctl", ["-D", data, "-l", Path.Combine(dir, "server.log"), "-w", "-o",
                $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"]);
            reason = "";
            return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false", dir);
        }
        catch (InvalidOperationException e)
        {
            reason = "could not start a private PostgreSQL cluster: " + e.Message;
            TryDelete(dir);
            return null;
        }
    }

    public void Dispose()
    {
        // Called again from exit handlers; only the first call stops the cluster.
        if (directory is null || Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            RunPg(Environment.UserName == "root", "pg_ctl", ["-D", dataDirectory!, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the directory goes anyway.
        }
        TryDelete(directory);
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunPg(bool asPostgresUser, string tool, string[] args)
    {
        string exe = Path.Combine(BinDirectory, tool);
        if (asPostgresUser) Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        else Run(exe, args);
    }

    private static void Run(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        // pg_ctl's server inherits the pipes; read them asynchronously so a full pipe never blocks it.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) throw new InvalidOperationException($"{file} {string.Join(' ', args)} timed out");
        if (process.ExitCode != 0)
        {
            string err = stderr.IsCompleted ? stderr.Result : "";
            string output = stdout.IsCompleted ? stdout.Result : "";
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {err}{output}".Trim());
        }
    }
}
