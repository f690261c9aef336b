using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>What the HTTP API promises about who may use it: only requests that name this server, not from other web
/// origins, with the bearer token when one is set, within the request rate; never on the network without a token.</summary>
public sealed class HttpSecurityTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8080")]
    [InlineData("127.0.0.2")]
    public async Task RequestNamingAnotherHostIsMisdirected(string host)
    {
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http);
        var request = new HttpRequestMessage(HttpMethod.Post, "ingress/events?format=csv") { Content = new StringContent("1,a\n") };
        request.Headers.Host = host;
        var (status, body) = await SendAsync(pipeline.Client, request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, status);
        Assert.Equal("MisdirectedRequest", body.GetProperty("error_code").GetString());
        Assert.Contains($"does not answer for '{host}'", body.GetProperty("message").GetString());
        Assert.Empty(pipeline.Controller.Stats().Inputs);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST")]
    public async Task LocalhostAndTheBoundAddressAreAccepted(string host)
    {
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http);
        var request = new HttpRequestMessage(HttpMethod.Get, "status");
        request.Headers.Host = $"{host}:{pipeline.Host.Address.Port}";
        var (status, _) = await SendAsync(pipeline.Client, request);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task CrossOriginPostIsRefusedAndIngestsNothing()
    {
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http);
        // What a web page can send without a CORS preflight: a text/plain POST.
        var request = new HttpRequestMessage(HttpMethod.Post, "ingress/events?format=csv") { Content = new StringContent("1,a\n", Encoding.UTF8, "text/plain") };
        request.Headers.Add("Origin", "http://evil.example");
        var (status, body) = await SendAsync(pipeline.Client, request);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("CrossOriginRequest", body.GetProperty("error_code").GetString());
        Assert.Contains("Origin: http://evil.example", body.GetProperty("message").GetString());
        Assert.Empty(pipeline.Controller.Stats().Inputs);

        // An image or a link: a GET without Origin, which browsers mark cross-site.
        var pause = new HttpRequestMessage(HttpMethod.Get, "pause");
        pause.Headers.Add("Sec-Fetch-Site", "cross-site");
        (status, _) = await SendAsync(pipeline.Client, pause);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(PipelineState.Running, pipeline.Controller.State);
    }

    [Fact]
    public async Task SameOriginRequestsAndNonBrowserClientsAreServed()
    {
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http);
        var request = new HttpRequestMessage(HttpMethod.Post, "ingress/events?format=csv") { Content = new StringContent("1,a\n") };
        request.Headers.Add("Origin", pipeline.Host.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        var (status, _) = await SendAsync(pipeline.Client, request);
        Assert.Equal(HttpStatusCode.OK, status);
        using var response = await pipeline.Client.GetAsync("stats");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task NonLoopbackAddressWithoutATokenIsRefused()
    {
        var config = new PipelineConfig { Http = new HttpConfig { Bind = "0.0.0.0" } };
        var e = await Assert.ThrowsAsync<ArgumentException>(() => TestHost.StartAsync(TestPrograms.Http, config));
        Assert.Contains("refusing to serve the HTTP API on 0.0.0.0 without authentication", e.Message);
        Assert.Contains("--token-file", e.Message);
    }

    [Fact]
    public async Task TokenIsRequiredOnEveryEndpointWhenSet()
    {
        string directory = TestHost.NewDirectory();
        var config = new PipelineConfig { Http = new HttpConfig { TokenFile = "secrets/token" } };
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http, config, directory: directory);
        string tokenPath = Path.Combine(directory, "secrets", "token");
        string token = File.ReadAllText(tokenPath).Trim();
        Assert.True(token.Length >= 40, "a generated token has 256 bits");
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tokenPath));
        Assert.Contains(pipeline.Controller.Log.Recent, e => e.Message.Contains("wrote a new bearer token", StringComparison.Ordinal) && !e.Message.Contains(token, StringComparison.Ordinal));

        foreach (var (method, path) in new[] { (HttpMethod.Get, "status"), (HttpMethod.Get, "stats"), (HttpMethod.Get, "metrics"), (HttpMethod.Post, "ingress/events?format=csv"), (HttpMethod.Post, "pause"), (HttpMethod.Get, "nope") })
        {
            var (status, body) = await SendAsync(pipeline.Client, new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? new StringContent("1,a\n") : null });
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("Unauthorized", body.GetProperty("error_code").GetString());

            var wrong = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? new StringContent("1,a\n") : null };
            wrong.Headers.Authorization = new("Bearer", token[..^1] + (token[^1] == 'A' ? 'B' : 'A'));
            (status, body) = await SendAsync(pipeline.Client, wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal("the bearer token is not valid", body.GetProperty("message").GetString());
        }
        Assert.Equal(PipelineState.Running, pipeline.Controller.State);
        Assert.Empty(pipeline.Controller.Stats().Inputs);

        var right = new HttpRequestMessage(HttpMethod.Post, "ingress/events?format=csv") { Content = new StringContent("1,a\n") };
        right.Headers.Authorization = new("Bearer", token);
        var (ok, _) = await SendAsync(pipeline.Client, right);
        Assert.Equal(HttpStatusCode.OK, ok);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task ExistingTokenFileIsUsedAsItIs()
    {
        const string Token = "correct-horse-battery-staple-42";
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http, new PipelineConfig { Http = new HttpConfig { TokenFile = "token" } },
            prepare: dir => File.WriteAllText(Path.Combine(dir, "token"), Token + "\n"));
        var request = new HttpRequestMessage(HttpMethod.Get, "status");
        request.Headers.Authorization = new("Bearer", Token);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(pipeline.Client, request)).Status);
    }

    [Fact]
    public async Task RequestsBeyondTheRateOfAConnectionGet429()
    {
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http, new PipelineConfig { Http = new HttpConfig { MaxRequestsPerSecond = 2 } });
        var statuses = new List<HttpStatusCode>();
        JsonElement refused = default;
        for (int i = 0; i < 10; i++)
        {
            var (status, body) = await SendAsync(pipeline.Client, new HttpRequestMessage(HttpMethod.Get, "status"));
            statuses.Add(status);
            if (status == HttpStatusCode.TooManyRequests) refused = body;
        }
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal("TooManyRequests", refused.GetProperty("error_code").GetString());
        Assert.Contains("more than 2 requests per second", refused.GetProperty("message").GetString());
    }

    [Fact]
    public async Task OversizeHeadersGet431()
    {
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http);
        var request = new HttpRequestMessage(HttpMethod.Get, "status");
        request.Headers.Add("X-Padding", new string('x', 40 * 1024));
        using var response = await pipeline.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pipeline.Client.GetAsync("status")).StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedJsonIsARejectedRecord()
    {
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http);
        string deep = "{\"insert\": {\"k\": 2, \"v\": " + new string('[', 100) + new string(']', 100) + "}}";
        var (status, body) = await pipeline.IngestAsync("events", "{\"insert\": {\"k\": 1, \"v\": \"a\"}}\n" + deep + "\n");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.GetProperty("details").GetProperty("errors")[0];
        Assert.Equal(2, error.GetProperty("record").GetInt64());
        Assert.Contains("nested deeper than 64 levels", error.GetProperty("message").GetString());
        Assert.Equal(1, body.GetProperty("details").GetProperty("accepted").GetInt64());
    }

    [Fact]
    public async Task TlsServesHttpsWithTheGivenCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var config = new PipelineConfig { Http = new HttpConfig { TlsCertificate = "cert.pem", TlsKey = "key.pem" } };
        await using var pipeline = await TestHost.StartAsync(TestPrograms.Http, config, prepare: dir =>
        {
            File.WriteAllText(Path.Combine(dir, "cert.pem"), certificate.ExportCertificatePem());
            File.WriteAllText(Path.Combine(dir, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        });
        Assert.Equal("https", pipeline.Host.Address.Scheme);
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint };
        using var client = new HttpClient(handler) { BaseAddress = pipeline.Host.Address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("status")).StatusCode);
    }
}
