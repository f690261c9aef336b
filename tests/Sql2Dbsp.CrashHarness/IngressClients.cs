using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.CrashHarness;

/// <summary>
/// Concurrent HTTP clients posting small NDJSON batches of records with unique ids to <c>POST /ingress/events</c> of
/// the pipeline under test, across all its restarts. Each id is sent once and never retried, so its expected net
/// weight in the output is known: 1 when its request was answered 200 (acknowledged), 0 or 1 when the request's
/// outcome is unknown (it was in flight at a kill, or the pipeline was stopping), 0 when the request was refused.
/// Under at-least-once <c>/ingress</c> is refused by design (400 <c>IngressNotFaultTolerant</c>): one request per run
/// checks that, and its records must never appear.
/// </summary>
internal sealed class IngressClients
{
    private const int BatchSize = 5;

    private readonly FaultToleranceModel model;
    private readonly int clients;
    private readonly HashSet<long> acknowledged = [];
    private readonly HashSet<long> unknown = [];
    private readonly HashSet<long> refused = [];
    private readonly List<string> problems = [];
    private long next;
    private int inFlight;
    private Action? onAcknowledged;

    public IngressClients(FaultToleranceModel model, int clients)
    {
        this.model = model;
        this.clients = clients;
    }

    /// <summary>Requests answered 200.</summary>
    public int AcknowledgedRequests { get; private set; }

    /// <summary>Requests sent but not answered when it was killed.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>
    /// Runs the clients against <paramref name="process"/> until <paramref name="stop"/> is cancelled (then the requests
    /// still in flight are awaited: a SIGKILL ends them with an error). Returns at once if the API never comes up.
    /// </summary>
    public async Task RunAsync(PipelineProcess process, CancellationToken stop)
    {
        Uri api;
        try
        {
            api = await process.AddressAsync(TimeSpan.FromSeconds(120)).WaitAsync(stop).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            return;
        }
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };
        if (model != FaultToleranceModel.ExactlyOnce)
        {
            await PostAsync(http).ConfigureAwait(false);
            return;
        }
        var tasks = new Task[clients];
        for (int c = 0; c < clients; c++)
            tasks[c] = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested) await PostAsync(http).ConfigureAwait(false);
            }, CancellationToken.None);
        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Calls <paramref name="action"/> once, as soon as the next 200 arrives (to SIGKILL right after an acknowledgement).</summary>
    public void OnNextAcknowledgement(Action action) => Volatile.Write(ref onAcknowledged, action);

    /// <summary>Stops waiting for an acknowledgement (the run ends otherwise).</summary>
    public void CancelOnNextAcknowledgement() => Volatile.Write(ref onAcknowledged, null);

    private async Task PostAsync(HttpClient http)
    {
        long first = Interlocked.Add(ref next, BatchSize) - BatchSize;
        var body = new StringBuilder();
        for (long id = first; id < first + BatchSize; id++) body.Append(CultureInfo.InvariantCulture, $$$"""{"insert": {"id": {{{id}}}}}""").Append('\n');
        Interlocked.Increment(ref inFlight);
        HttpStatusCode? status = null;
        string answer = "";
        try
        {
            using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("ingress/events?format=json", content).ConfigureAwait(false);
            answer = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            status = response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // Killed while the request was in flight: it may or may not have been applied.
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
        lock (acknowledged)
        {
            var into = (status, model) switch
            {
                (HttpStatusCode.OK, FaultToleranceModel.ExactlyOnce) when Accepted(answer) == BatchSize => acknowledged,
                (HttpStatusCode.BadRequest, not FaultToleranceModel.ExactlyOnce) when answer.Contains("IngressNotFaultTolerant", StringComparison.Ordinal) => refused,
                // Unanswered, or 503 from a pipeline that was being killed or stopping.
                (null or HttpStatusCode.ServiceUnavailable, _) => unknown,
                _ => null,
            };
            if (into is null)
            {
                if (problems.Count < 5) problems.Add($"POST /ingress of ids {first}..{first + BatchSize - 1} answered {(int?)status}: {answer}");
                into = unknown;
            }
            for (long id = first; id < first + BatchSize; id++) into.Add(id);
            if (into == acknowledged) AcknowledgedRequests++;
        }
        if (status == HttpStatusCode.OK) Interlocked.Exchange(ref onAcknowledged, null)?.Invoke();
    }

    private static long Accepted(string answer)
    {
        try
        {
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.TryGetProperty("accepted", out var accepted) ? accepted.GetInt64() : -1;
        }
        catch (JsonException)
        {
            return -1;
        }
    }

    /// <summary>Checks the integrated ingress output of <paramref name="directory"/> against what was sent and answered.</summary>
    public IngressFigures Check(string directory, int killsAfterAcknowledgement, int killsWithRequestsInFlight)
    {
        var delivered = OutputComparison.Integrate(Path.Combine(directory, InputPlan.IngressOutput));
        long lost = 0, duplicated = 0, unexpected = 0, unknownApplied = 0;
        var examples = new List<string>(problems);
        foreach (long id in acknowledged)
        {
            long weight = delivered.GetValueOrDefault(id.ToString(CultureInfo.InvariantCulture));
            if (weight == 0) lost++;
            if (weight == 0 && examples.Count < 10) examples.Add($"acknowledged id {id} is not in the output");
        }
        foreach (var (row, weight) in delivered)
        {
            bool sent = long.TryParse(row, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && (acknowledged.Contains(id) || unknown.Contains(id));
            if (sent && weight > 1) duplicated += weight - 1;
            if (sent && weight > 0 && unknown.Contains(id)) unknownApplied++;
            if (!sent || weight < 0) unexpected += Math.Abs(weight);
            if ((!sent || weight is < 0 or > 1) && examples.Count < 10) examples.Add($"id '{row}' has weight {weight} in {InputPlan.IngressOutput}{(sent ? "" : ", but it was never sent or its request was refused")}");
        }
        return new IngressFigures(next, acknowledged.Count, unknown.Count, unknownApplied, refused.Count, lost, duplicated, unexpected, killsAfterAcknowledgement, killsWithRequestsInFlight, examples);
    }
}

/// <summary>What the HTTP ingress clients of one model's crash run sent, and what of it reached the output.</summary>
/// <param name="Sent">Records sent (ids).</param>
/// <param name="Acknowledged">Records whose request was answered 200: each must be in the output exactly once.</param>
/// <param name="Unknown">Records whose request was in flight at a kill: each at most once.</param>
/// <param name="UnknownApplied">Of those, the records that were applied (their request reached the ingress log).</param>
/// <param name="Refused">Records refused (at-least-once: 400 <c>IngressNotFaultTolerant</c>): never.</param>
/// <param name="Lost">Acknowledged records missing from the output.</param>
/// <param name="Duplicated">Excess deliveries of sent records.</param>
/// <param name="Unexpected">Output of ids never sent or refused, or negative weights.</param>
/// <param name="KillsAfterAcknowledgement">SIGKILLs sent as soon as a 200 arrived.</param>
/// <param name="KillsWithRequestsInFlight">SIGKILLs while at least one request was unanswered (parsing, fsync or step).</param>
/// <param name="Problems">Unexpected answers and examples of the counts above.</param>
public sealed record IngressFigures(long Sent, long Acknowledged, long Unknown, long UnknownApplied, long Refused, long Lost, long Duplicated, long Unexpected,
    int KillsAfterAcknowledgement, int KillsWithRequestsInFlight, IReadOnlyList<string> Problems)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"ingress: sent {Sent:N0}, acknowledged {Acknowledged:N0}, in flight at a kill {Unknown:N0} (of which applied {UnknownApplied:N0}), refused {Refused:N0}; lost {Lost}, duplicated {Duplicated}, unexpected {Unexpected}; " +
        $"kills right after a 200 {KillsAfterAcknowledgement}, with requests in flight {KillsWithRequestsInFlight}";
}
