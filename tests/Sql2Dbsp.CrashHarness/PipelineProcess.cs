using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sql2Dbsp.CrashHarness;

/// <summary>
/// One <c>sql2dbsp run</c> child process: started in the run's directory with <c>--port 0</c>; its standard error is
/// read line by line (the HTTP address is taken from it, and the harness times kills by it).
/// </summary>
internal sealed partial class PipelineProcess : IDisposable
{
    private const int SigInt = 2;

    private readonly Process process;
    private readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> lines = [];
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(5) };

    private PipelineProcess(Process process, Action<string>? onLine)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                address.TrySetException(new InvalidOperationException("the pipeline exited before serving its API:\n" + Output));
                return;
            }
            lock (lines) lines.Add(e.Data);
            if (ApiLine().Match(e.Data) is { Success: true } m) address.TrySetResult(new Uri(m.Groups[1].Value));
            onLine?.Invoke(e.Data);
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (lines) lines.Add(e.Data);
        };
    }

    /// <summary>Everything the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (lines) return string.Join('\n', lines);
        }
    }

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>True once the process ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The exit code (after it exited).</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Starts <c>sql2dbsp run program.sql --config pipeline.json --port 0</c> in <paramref name="directory"/>.</summary>
    public static PipelineProcess Start(string cli, string directory, Action<string>? onLine)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])[cli, "run", "program.sql", "--config", "pipeline.json", "--port", "0"]) info.ArgumentList.Add(arg);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var wrapper = new PipelineProcess(process, onLine);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return wrapper;
    }

    /// <summary>True once the HTTP API serves.</summary>
    public bool Serving => address.Task.IsCompletedSuccessfully;

    /// <summary>The HTTP API's address, once the pipeline serves it.</summary>
    public Task<Uri> AddressAsync(TimeSpan timeout) => address.Task.WaitAsync(timeout);

    /// <summary>SIGKILL: no chance to clean up, as in a crash.</summary>
    public void Kill()
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It already exited.
        }
    }

    /// <summary>SIGINT: a clean stop (the input already read is processed and written).</summary>
    public void Interrupt() => _ = SendSignal(process.Id, SigInt);

    /// <summary>Waits for the process to exit.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
            // Let the stderr reader deliver its last lines.
            process.WaitForExit();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>GET /stats, or null when the API does not answer.</summary>
    public async Task<JsonElement?> StatsAsync(Uri api)
    {
        try
        {
            string text = await client.GetStringAsync(new Uri(api, "stats")).ConfigureAwait(false);
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Kills the process if it still runs, and releases it.</summary>
    public void Dispose()
    {
        // Never leave a pipeline behind, whatever went wrong in the harness.
        if (!process.HasExited) Kill();
        client.Dispose();
        process.Dispose();
    }

    [GeneratedRegex(@"HTTP API on (http://\S+/)")]
    private static partial Regex ApiLine();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
