using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Sql2Dbsp.Host.Config;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Tests;

/// <summary>
/// A pipeline with its HTTP API on a free loopback port, running in its own temporary working directory, and an
/// HTTP client for it. Disposing stops the pipeline and deletes the directory.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly bool ownsDirectory;

    private TestHost(PipelineHost host, string directory, bool ownsDirectory)
    {
        Host = host;
        Directory = directory;
        this.ownsDirectory = ownsDirectory;
        Client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public PipelineHost Host { get; }

    public PipelineController Controller => Host.Controller;

    public string Directory { get; }

    public HttpClient Client { get; }

    public static async Task<TestHost> StartAsync(HostedProgram program, PipelineConfig? config = null, long maxIngressBodyBytes = 64L << 20,
        Action<string>? prepare = null, bool paused = false, string? directory = null, PipelineLog? log = null)
    {
        // A given directory belongs to the caller (a test that restarts a pipeline in it); a new one is deleted at the end.
        bool owns = directory is null;
        directory ??= NewDirectory();
        System.IO.Directory.CreateDirectory(directory);
        prepare?.Invoke(directory);
        var host = await PipelineHost.StartAsync(program.Program, program.Connectors!, new HostOptions
        {
            Config = config ?? new PipelineConfig(),
            Port = 0,
            WorkingDirectory = directory,
            MaxIngressBodyBytes = maxIngressBodyBytes,
            StartPaused = paused,
            Log = log,
        });
        return new TestHost(host, directory, owns);
    }

    /// <summary>A new empty temporary directory.</summary>
    public static string NewDirectory()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sql2dbsp-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>POSTs a body to <c>/ingress/{table}</c>; returns the status and the JSON response.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> IngestAsync(string table, string body, string query = "format=json")
    {
        using var response = await Client.PostAsync($"ingress/{table}?{query}", new StringContent(body, Encoding.UTF8, "text/plain"));
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>POSTs raw bytes (which need not be UTF-8) to <c>/ingress/{table}</c>.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> IngestBytesAsync(string table, byte[] body, string query = "format=json")
    {
        using var response = await Client.PostAsync($"ingress/{table}?{query}", new ByteArrayContent(body));
        string text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(text), $"HTTP {(int)response.StatusCode} with an empty body");
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        string text = await Client.GetStringAsync(path);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Opens an egress stream; its chunks are collected in the background.</summary>
    public async Task<EgressStream> EgressAsync(string view, string query = "format=json&backpressure=true")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"egress/{view}?{query}");
        var client = new HttpClient { BaseAddress = Client.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EgressStream(client, response);
    }

    /// <summary>Polls until <paramref name="condition"/> holds (failing the test after 20 s).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, int timeoutMs = 20_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out waiting for {what}");
            await Task.Delay(10);
        }
    }

    /// <summary>Waits until every record queued so far has been processed and written.</summary>
    public Task WaitProcessedAsync(long records) =>
        WaitUntilAsync(() =>
        {
            var g = Controller.Stats().Global;
            return g.TotalProcessedRecords >= records && g.TotalCompletedRecords >= g.TotalProcessedRecords && g.BufferedInputRecords == 0;
        }, $"{records} processed records");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        if (!ownsDirectory) return;
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a reader that was killed; the temp folder is cleaned up eventually.
        }
    }
}

/// <summary>An HTTP egress stream: chunks as they arrive, and the changes integrated into rows with weights.</summary>
internal sealed class EgressStream : IAsyncDisposable
{
    private readonly HttpClient client;
    private readonly HttpResponseMessage response;
    private readonly Task reading;
    private readonly CancellationTokenSource stop = new();

    public EgressStream(HttpClient client, HttpResponseMessage response)
    {
        this.client = client;
        this.response = response;
        Status = response.StatusCode;
        reading = Status == HttpStatusCode.OK ? ReadAsync() : Task.CompletedTask;
    }

    public HttpStatusCode Status { get; }

    public ConcurrentQueue<JsonElement> Chunks { get; } = new();

    /// <summary>Rows of JSON chunks integrated: the row's JSON text → net weight (zero weights removed).</summary>
    public Dictionary<string, long> Integrated()
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in Chunks)
        {
            if (!chunk.TryGetProperty("json_data", out var data)) continue;
            foreach (var record in data.EnumerateArray())
            {
                var (row, weight) = record.TryGetProperty("insert", out var ins) ? (ins, 1L)
                    : record.TryGetProperty("delete", out var del) ? (del, -1L)
                    : (record.GetProperty("data"), record.GetProperty("weight").GetInt64());
                string key = row.GetRawText();
                long w = result.GetValueOrDefault(key) + weight;
                if (w == 0) result.Remove(key);
                else result[key] = w;
            }
        }
        return result;
    }

    /// <summary>Waits until the integrated rows are exactly <paramref name="rows"/> (in any order).</summary>
    public Task WaitForRowsAsync(params string[] rows) =>
        TestHost.WaitUntilAsync(() => Integrated().Keys.Order(StringComparer.Ordinal).SequenceEqual(rows.Order(StringComparer.Ordinal)),
            $"the egress rows to become [{string.Join(", ", rows)}]; they are [{string.Join(", ", Integrated().Keys)}]");

    /// <summary>The CSV lines of text chunks, in order.</summary>
    public IEnumerable<string> TextLines() =>
        Chunks.SelectMany(c => c.GetProperty("text_data").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    public long ChangeCount => Chunks.Sum(c => c.TryGetProperty("json_data", out var d) ? d.GetArrayLength() : c.GetProperty("text_data").GetString()!.Count(ch => ch == '\n'));

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            while (await reader.ReadLineAsync(stop.Token) is { } line)
                if (line.Length > 0) Chunks.Enqueue(JsonDocument.Parse(line).RootElement.Clone());
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // The test closed the stream, or the pipeline stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        response.Dispose();
        client.Dispose();
    }
}
