using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Sql2Dbsp.Host.Tests.Lake;

/// <summary>
/// A fact that needs moto's S3 server (<c>moto_server</c> on the PATH; part of the machine image). Without it the test
/// is reported as skipped with the reason, except under <c>CI=true</c>, where it runs and fails loudly.
/// </summary>
public sealed class MotoFactAttribute : FactAttribute
{
    public MotoFactAttribute()
    {
        if (MotoServer.Executable is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) return;
        Skip = "needs moto's S3 server: 'moto_server' is not on the PATH (it is part of the machine image; PyPI is not reachable to install it)";
    }
}

/// <summary>moto's S3 server on a free loopback port, started for a test class and stopped (by its process id) after it.</summary>
public sealed class MotoServer : IAsyncLifetime
{
    public const string AccessKey = "testing";
    public const string SecretKey = "testing-secret";

    private Process? process;

    /// <summary>The path of <c>moto_server</c>, or null when it is not on the PATH.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
        .Select(d => Path.Combine(d, "moto_server")).FirstOrDefault(File.Exists);

    public Uri Endpoint { get; private set; } = null!;

    public AmazonS3Client Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("moto_server is not on the PATH"), $"-H 127.0.0.1 -p {port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                break;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
        Client = new AmazonS3Client(new BasicAWSCredentials(AccessKey, SecretKey),
            new AmazonS3Config { ServiceURL = Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.WaitForExit(10_000);
        process?.Dispose();
        return Task.CompletedTask;
    }

    public async Task<string> NewBucketAsync()
    {
        string bucket = "b" + Guid.NewGuid().ToString("N")[..12];
        await Client.PutBucketAsync(bucket);
        return bucket;
    }

    public Task PutAsync(string bucket, string key, byte[] data) =>
        Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = new MemoryStream(data) });
}
