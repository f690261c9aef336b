using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Host.Http;

namespace Sql2Dbsp.Host;

/// <summary>How to host a pipeline.</summary>
public sealed record HostOptions
{
    /// <summary>The runtime configuration.</summary>
    public PipelineConfig Config { get; init; } = new();

    /// <summary>The HTTP port; 0 picks a free one. The address and protection are <see cref="PipelineConfig.Http"/>.</summary>
    public int Port { get; init; } = 8080;

    /// <summary>The bearer token; null: the one of <see cref="HttpConfig.TokenFile"/> or the environment
    /// (<see cref="BearerToken.Load"/>), if any.</summary>
    public BearerToken? Token { get; init; }

    /// <summary>The directory that relative connector paths are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The largest accepted <c>/ingress</c> body.</summary>
    public long MaxIngressBodyBytes { get; init; } = 64L << 20;

    /// <summary>Start paused (connectors open but not reading until <c>/start</c>).</summary>
    public bool StartPaused { get; init; }

    /// <summary>The log to write to (a new one when null).</summary>
    public PipelineLog? Log { get; init; }

    /// <summary>
    /// The storage directory (checkpoints, journal); null: derived from <see cref="PipelineConfig.Storage"/>
    /// (<see cref="PipelineHost.StorageDirectory"/>, relative to <see cref="WorkingDirectory"/>, <c>.sql2dbsp/pipeline</c>
    /// by default), and none when storage is disabled.
    /// </summary>
    public string? StorageDirectory { get; init; }
}

/// <summary>A running pipeline with its HTTP API: a <see cref="PipelineController"/> and a <see cref="PipelineServer"/>.</summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly PipelineServer server;
    private Task? stopped;

    private PipelineHost(PipelineController controller, PipelineServer server)
    {
        Controller = controller;
        this.server = server;
    }

    /// <summary>The pipeline.</summary>
    public PipelineController Controller { get; }

    /// <summary>The HTTP API's base address.</summary>
    public Uri Address => server.Address;

    /// <summary>Starts the HTTP API, then opens the connectors and starts the pipeline (resuming from a checkpoint in the storage directory, if any).</summary>
    /// <exception cref="IOException">The port is in use; the token or TLS files cannot be read.</exception>
    /// <exception cref="ArgumentException">A connector does not support the fault-tolerance model (named in the message);
    /// a non-loopback address without a bearer token; unusable TLS files.</exception>
    /// <exception cref="Runtime.Storage.CheckpointException">The checkpoint or journal in the storage directory cannot be used.</exception>
    /// <exception cref="FaultTolerance.JournalReplayException">A journaled step could not be repeated exactly.</exception>
    public static async Task<PipelineHost> StartAsync(SqlProgram program, ConnectorCatalog connectors, HostOptions options, CancellationToken cancellationToken = default)
    {
        string? storage = options.StorageDirectory ?? StorageDirectory(options.Config, null, "pipeline", options.WorkingDirectory);
        var controller = new PipelineController(program, connectors, options.Config, options.WorkingDirectory, options.Log, storage);
        PipelineServer server;
        try
        {
            server = await PipelineServer.StartAsync(controller, ServerOptionsOf(options, controller.Log), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await controller.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        try
        {
            // Resuming (replaying the journal) happens here, before any input is read; the API answers meanwhile.
            controller.Open(options.StartPaused);
        }
        catch
        {
            await controller.DisposeAsync().ConfigureAwait(false);
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new PipelineHost(controller, server);
    }

    /// <exception cref="IOException">The token file cannot be read or written.</exception>
    private static ServerOptions ServerOptionsOf(HostOptions options, PipelineLog log)
    {
        var http = options.Config.Http;
        string? generated = null;
        var token = options.Token ?? BearerToken.Load(http.TokenFile, options.WorkingDirectory, out generated);
        if (generated is not null) log.Info($"http: wrote a new bearer token to {generated}");
        return new ServerOptions
        {
            Port = options.Port,
            Bind = System.Net.IPAddress.Parse(http.Bind),
            Token = token,
            Tls = http.TlsCertificate is { } certificate && http.TlsKey is { } key
                ? (Path.GetFullPath(certificate, options.WorkingDirectory), Path.GetFullPath(key, options.WorkingDirectory))
                : null,
            AllowedHosts = http.AllowedHosts,
            MaxRequestsPerSecond = http.MaxRequestsPerSecond,
            MaxIngressBodyBytes = options.MaxIngressBodyBytes,
        };
    }

    /// <summary>Stops the pipeline (finishing the input already read and flushing outputs), then the HTTP API. Safe to call more than once.</summary>
    public Task StopAsync()
    {
        lock (server) return stopped ??= StopCoreAsync();
    }

    private async Task StopCoreAsync()
    {
        await Controller.StopAsync().ConfigureAwait(false);
        await server.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>
    /// The storage directory: <paramref name="storageOverride"/> (<c>--storage</c>), else the configured path, else
    /// <c>.sql2dbsp/&lt;program&gt;</c> under the working directory; null when storage is disabled.
    /// </summary>
    public static string? StorageDirectory(PipelineConfig config, string? storageOverride, string programName, string workingDirectory)
    {
        if (storageOverride is not null) return Path.GetFullPath(storageOverride, workingDirectory);
        if (config.Storage is null) return null;
        return Path.GetFullPath(config.Storage.Path ?? Path.Combine(".sql2dbsp", programName), workingDirectory);
    }

    /// <summary>Where compiled programs are cached: <c>cache</c> in the storage directory, else the user's cache folder.</summary>
    public static string CacheDirectory(string? storageDirectory)
    {
        if (storageDirectory is not null) return Path.Combine(storageDirectory, "cache");
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string root = !string.IsNullOrEmpty(xdg) ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "sql2dbsp");
    }
}
