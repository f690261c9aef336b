using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Sql2Dbsp.Host.Http;

/// <summary>
/// Checks every request before it reaches an endpoint, in this order: the <c>Host</c> header names this server (421
/// otherwise: a DNS-rebinding page names its own host), the connection is within its request rate (429), the request
/// does not come from another web origin (403: a page the user visits must not drive the pipeline), and it carries
/// the bearer token when one is set (401). No CORS headers are ever sent, so browsers keep other origins out.
/// </summary>
internal sealed class RequestGuards
{
    private readonly HashSet<string>? allowedHosts;
    private readonly BearerToken? token;
    private readonly int maxRequestsPerSecond;

    public RequestGuards(IPAddress bind, IEnumerable<string> allowedHosts, BearerToken? token, int maxRequestsPerSecond)
    {
        this.token = token;
        this.maxRequestsPerSecond = maxRequestsPerSecond;
        // A wildcard address has no name to check against: any host is accepted, and the token (required off loopback) protects.
        if (bind.Equals(IPAddress.Any) || bind.Equals(IPAddress.IPv6Any)) return;
        this.allowedHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "localhost", bind.ToString() };
        if (IPAddress.IsLoopback(bind)) this.allowedHosts.UnionWith(["127.0.0.1", "::1"]);
        this.allowedHosts.UnionWith(allowedHosts);
    }

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (allowedHosts is not null && !allowedHosts.Contains(request.Host.Host.Trim('[', ']')))
        {
            string shown = request.Host.HasValue ? $"'{request.Host.Value}'" : "no Host header";
            return ApiResponses.Error(context, StatusCodes.Status421MisdirectedRequest, "MisdirectedRequest",
                $"this server does not answer for {shown}; use {string.Join(" or ", allowedHosts.Order(StringComparer.Ordinal))} " +
                "(add a DNS name of a non-loopback address to http.allowed_hosts)");
        }
        if (!WithinRate(context))
        {
            context.Response.Headers.RetryAfter = "1";
            return ApiResponses.Error(context, StatusCodes.Status429TooManyRequests, "TooManyRequests",
                $"more than {maxRequestsPerSecond:N0} requests per second on this connection (http.max_requests_per_second); slow down or batch records into fewer requests");
        }
        if (CrossOrigin(request) is { } origin)
            return ApiResponses.Error(context, StatusCodes.Status403Forbidden, "CrossOriginRequest",
                $"requests from another web origin ({origin}) are refused: a web page must not be able to read or change the pipeline");
        if (token is not null && !Authorized(request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiResponses.Error(context, StatusCodes.Status401Unauthorized, "Unauthorized",
                request.Headers.Authorization.Count == 0
                    ? "this API needs a bearer token: send 'Authorization: Bearer <token>' (the token is in the configured token file or SQL2DBSP_HTTP_TOKEN)"
                    : "the bearer token is not valid");
        }
        return next(context);
    }

    /// <summary>
    /// The other origin a browser says the request comes from, or null. <c>Origin</c> comes with every cross-origin
    /// request except simple GETs (an image, a link), which <c>Sec-Fetch-Site</c> covers in current browsers; clients
    /// other than browsers send neither.
    /// </summary>
    private static string? CrossOrigin(HttpRequest request)
    {
        string? site = request.Headers["Sec-Fetch-Site"];
        if (site is "cross-site" or "same-site") return $"Sec-Fetch-Site: {site}";
        string? origin = request.Headers.Origin;
        if (string.IsNullOrEmpty(origin)) return null;
        string self = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, self, StringComparison.OrdinalIgnoreCase) ? null : $"Origin: {origin}";
    }

    private bool Authorized(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        const string Scheme = "Bearer ";
        return header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && token!.Matches(header[Scheme.Length..].Trim());
    }

    /// <summary>A token bucket per connection: <see cref="maxRequestsPerSecond"/> per second, bursts up to as many.</summary>
    private bool WithinRate(HttpContext context)
    {
        var items = context.Features.Get<IConnectionItemsFeature>()?.Items;
        if (items is null) return true;
        if (!items.TryGetValue(typeof(RequestGuards), out object? value)) items[typeof(RequestGuards)] = value = new Bucket(maxRequestsPerSecond);
        return ((Bucket)value!).TryTake(maxRequestsPerSecond);
    }

    private sealed class Bucket(double tokens)
    {
        private double tokens = tokens;
        private long last = Stopwatch.GetTimestamp();

        public bool TryTake(int rate)
        {
            // Requests of one HTTP/1.1 connection arrive one after another; HTTP/2 streams of one connection may not.
            lock (this)
            {
                long now = Stopwatch.GetTimestamp();
                tokens = Math.Min(rate, tokens + Stopwatch.GetElapsedTime(last, now).TotalSeconds * rate);
                last = now;
                if (tokens < 1) return false;
                tokens--;
                return true;
            }
        }
    }
}
