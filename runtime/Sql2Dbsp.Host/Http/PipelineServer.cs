using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sql2Dbsp.Host.Controller;
using Sql2Dbsp.Host.Stats;

namespace Sql2Dbsp.Host.Http;

/// <summary>Options of the HTTP API.</summary>
public sealed record ServerOptions
{
    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; } = 8080;

    /// <summary>The address to listen on: loopback by default; any other needs <see cref="Token"/>.</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>The bearer token every request must carry; null: none (allowed on loopback only).</summary>
    public BearerToken? Token { get; init; }

    /// <summary>PEM certificate and private key files: serve HTTPS instead of HTTP.</summary>
    public (string Certificate, string Key)? Tls { get; init; }

    /// <summary>Host names accepted in the <c>Host</c> header besides the bound address and <c>localhost</c>.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Requests per second per connection; more get HTTP 429.</summary>
    public int MaxRequestsPerSecond { get; init; } = Config.HttpConfig.DefaultMaxRequestsPerSecond;

    /// <summary>The largest <c>/ingress</c> request body accepted; larger ones get HTTP 400 and nothing is ingested.</summary>
    public long MaxIngressBodyBytes { get; init; } = 64L << 20;
}

/// <summary>
/// The HTTP API of a running pipeline (on 127.0.0.1 unless bound elsewhere; see <see cref="RequestGuards"/> for its
/// protection), with the paths and meaning of Feldera's pipeline process:
/// <c>POST /ingress/{table}</c>, <c>POST /egress/{view}</c>, <c>/start</c>, <c>/pause</c>, <c>/status</c>, <c>/stats</c>,
/// <c>/metrics</c>, <c>/input_endpoints/{name}/pause|start|stats</c>, <c>/output_endpoints/{name}/stats</c>.
/// </summary>
public sealed partial class PipelineServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly PipelineController controller;
    private readonly ServerOptions options;

    private PipelineServer(WebApplication app, PipelineController controller, ServerOptions options)
    {
        this.app = app;
        this.controller = controller;
        this.options = options;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts serving <paramref name="controller"/>'s pipeline.</summary>
    /// <exception cref="IOException">The port is in use, or the TLS files cannot be read.</exception>
    /// <exception cref="ArgumentException">A non-loopback address without a token, or TLS files that are not a certificate and its key.</exception>
    public static async Task<PipelineServer> StartAsync(PipelineController controller, ServerOptions options, CancellationToken cancellationToken = default)
    {
        if (!IPAddress.IsLoopback(options.Bind) && options.Token is null)
            throw new ArgumentException(
                $"refusing to serve the HTTP API on {options.Bind} without authentication: anyone who can reach that address could read and change the pipeline. " +
                $"Give a bearer token (--token-file FILE, http.token_file, or the {BearerToken.EnvironmentVariable} environment variable; a token file that does not exist is created with a new token), " +
                "or bind 127.0.0.1", nameof(options));
        var certificate = options.Tls is { } tls ? LoadCertificate(tls.Certificate, tls.Key) : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Bind, options.Port, listen =>
            {
                if (certificate is not null) listen.UseHttps(certificate);
            });
            // Ingress enforces its own limit so that an oversize body gets a JSON error like any other bad input.
            kestrel.Limits.MaxRequestBodySize = null;
            // Kestrel answers 431 (headers) and 414 (request line) itself; these are its defaults, stated to be documented.
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 100;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        var server = new PipelineServer(app, controller, options);
        var guards = new RequestGuards(options.Bind, options.AllowedHosts, options.Token, options.MaxRequestsPerSecond);
        app.Use(guards.InvokeAsync);
        server.Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"cannot listen on {options.Bind}:{options.Port}: the port is in use or the address is not this machine's (choose another with --port, or 0 for any free port)", e);
        }
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return server;
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadCertificate(string certificate, string key)
    {
        try
        {
            using var pem = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(certificate, key);
            // A PEM key is ephemeral; some platforms' TLS stacks need it in a PKCS#12 store.
            return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(
                pem.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12), null);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new ArgumentException($"cannot use TLS certificate '{certificate}' with key '{key}': {e.Message}", e);
        }
    }

    /// <summary>Stops serving (open egress streams end).</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await app.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Connections that did not close in time are dropped.
        }
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private void Map(IEndpointRouteBuilder routes)
    {
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        routes.MapPost("/ingress/{table}", Ingress);
        routes.MapPost("/egress/{view}", Egress);
        routes.MapMethods("/start", getOrPost, c => Lifecycle(c, controller.Start));
        routes.MapMethods("/pause", getOrPost, c => Lifecycle(c, controller.Pause));
        routes.MapGet("/status", Status);
        routes.MapPost("/checkpoint", Checkpoint);
        routes.MapGet("/checkpoint_status", CheckpointStatus);
        routes.MapPost("/suspend", Suspend);
        routes.MapGet("/stats", c => ApiResponses.Json(c, 200, w => StatsJson.Write(w, controller.Stats())));
        routes.MapGet("/metrics", Metrics);
        routes.MapMethods("/input_endpoints/{name}/pause", getOrPost, c => EndpointPause(c, paused: true));
        routes.MapMethods("/input_endpoints/{name}/start", getOrPost, c => EndpointPause(c, paused: false));
        routes.MapGet("/input_endpoints/{name}/stats", InputStats);
        routes.MapGet("/output_endpoints/{name}/stats", OutputStats);
        routes.MapFallback(c => ApiResponses.Error(c, 404, "NotFound", $"no such API: {c.Request.Method} {c.Request.Path}",
            w =>
            {
                w.WriteStartObject();
                w.WriteString("api", "POST /ingress/{table}, POST /egress/{view}, /start, /pause, GET /status, POST /checkpoint, GET /checkpoint_status, POST /suspend, GET /stats, GET /metrics, /input_endpoints/{name}/pause|start|stats, GET /output_endpoints/{name}/stats");
                w.WriteEndObject();
            }));
    }

    private Task Lifecycle(HttpContext context, Func<bool> action)
    {
        if (!action())
            return ApiResponses.Error(context, 400, "PipelineNotRunning", $"the pipeline is {controller.State}{(controller.Error is { } e ? ": " + e : "")}");
        return WriteStatus(context);
    }

    private Task Status(HttpContext context) => WriteStatus(context);

    private Task WriteStatus(HttpContext context) =>
        ApiResponses.Json(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", controller.State.ToString());
            w.WriteString("error", controller.Error);
            w.WriteNumber("step", controller.Steps);
            w.WriteBoolean("pipeline_complete", controller.IsComplete());
            w.WriteEndObject();
        });

    private async Task Metrics(HttpContext context)
    {
        context.Response.ContentType = "text/plain; version=0.0.4";
        await context.Response.WriteAsync(PrometheusText.Render(controller.Stats()), context.RequestAborted).ConfigureAwait(false);
    }

    private Task EndpointPause(HttpContext context, bool paused)
    {
        string name = (string)context.Request.RouteValues["name"]!;
        if (!controller.SetEndpointPaused(name, paused)) return UnknownEndpoint(context, name, "input");
        return InputStats(context);
    }

    private Task InputStats(HttpContext context)
    {
        string name = (string)context.Request.RouteValues["name"]!;
        return controller.InputStats(name) is { } stats
            ? ApiResponses.Json(context, 200, w => StatsJson.Write(w, stats))
            : UnknownEndpoint(context, name, "input");
    }

    private Task OutputStats(HttpContext context)
    {
        string name = (string)context.Request.RouteValues["name"]!;
        return controller.OutputStats(name) is { } stats
            ? ApiResponses.Json(context, 200, w => StatsJson.Write(w, stats))
            : UnknownEndpoint(context, name, "output");
    }

    private Task UnknownEndpoint(HttpContext context, string name, string direction)
    {
        var names = direction == "input" ? controller.InputNames : controller.OutputNames;
        return ApiResponses.Error(context, 404, direction == "input" ? "UnknownInputEndpoint" : "UnknownOutputEndpoint",
            $"unknown {direction} endpoint '{name}'; the {direction} endpoints are: {string.Join(", ", names)}");
    }

    private Task? NotRunning(HttpContext context) =>
        controller.State is PipelineState.Failed or PipelineState.Stopped or PipelineState.Suspended || controller.Stopping
            ? ApiResponses.Error(context, 503, "PipelineNotRunning",
                $"the pipeline is {(controller.Stopping && controller.State is not PipelineState.Failed ? "stopping" : controller.State.ToString())}{(controller.Error is { } e ? ": " + e : "")}")
            : null;
}
