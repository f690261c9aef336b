using System.Buffers;
using Microsoft.AspNetCore.Http;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Transports;
using Sql2Dbsp.Host.Controller;

namespace Sql2Dbsp.Host.Http;

/// <summary><c>POST /ingress/{table}</c>: a request body parsed into a table through the table's HTTP input endpoint.</summary>
public sealed partial class PipelineServer
{
    private async Task Ingress(HttpContext context)
    {
        string table = (string)context.Request.RouteValues["table"]!;
        if (NotRunning(context) is { } refused)
        {
            await refused.ConfigureAwait(false);
            return;
        }
        var (format, key, formatError) = FormatQuery.Parse(context.Request.Query, input: true);
        if (format is null)
        {
            await ApiResponses.Error(context, 400, "UnknownInputFormat", formatError!).ConfigureAwait(false);
            return;
        }
        if (!FormatQuery.TryBool(context.Request.Query, "force", out bool force))
        {
            await ApiResponses.Error(context, 400, "InvalidQuery", "'force' must be true or false").ConfigureAwait(false);
            return;
        }
        if (!new HttpInputConfig().FaultTolerance.Supports(controller.FaultToleranceModel))
        {
            // Ingress cannot re-read its input and at-least-once keeps no journal: acknowledged records could be lost.
            await ApiResponses.Error(context, 400, "IngressNotFaultTolerant",
                $"HTTP ingress (http_input) does not support fault_tolerance model '{controller.FaultToleranceModel.ConfigName()}': its records cannot be read again " +
                "after a crash; use exactly_once (which journals them) or a connector that can be re-read").ConfigureAwait(false);
            return;
        }
        var endpoint = controller.Ingress(table, format, key);
        if (endpoint is null)
        {
            controller.Log.Warning($"ingress: rejected a request for unknown table '{table}'");
            await ApiResponses.Error(context, 400, "UnknownInputTable",
                $"unknown table '{table}'; the tables are: {string.Join(", ", controller.TableNames)}").ConfigureAwait(false);
            return;
        }
        endpoint.RequestStarted();
        byte[]? body = null;
        try
        {
            int length;
            (body, length) = await ReadBodyAsync(context.Request, options.MaxIngressBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                string message = $"the request body is larger than {options.MaxIngressBodyBytes:N0} bytes; nothing was ingested (split it into smaller requests)";
                endpoint.TransportError(message, fatal: false);
                await ApiResponses.Error(context, 400, "PayloadTooLarge", message, w => Details(w, endpoint.EndpointName, 0, 0, [])).ConfigureAwait(false);
                return;
            }
            var reader = (HttpInputReader)endpoint.Reader!;
            var request = new IngestRequest(endpoint);
            IngestResult result;
            try
            {
                // Exactly-once: each batch is appended to the ingress log, which the step taking it fsyncs before its journal record.
                result = await reader.IngestAsync(body.AsMemory(0, length), force, request, context.RequestAborted).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                await ApiResponses.Error(context, 503, "IngressNotDurable",
                    $"the records could not be made durable, so they are not acknowledged (the pipeline stops taking ingress): {e.Message}").ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (controller.Stopping && !context.RequestAborted.IsCancellationRequested)
            {
                await ApiResponses.Error(context, 503, "PipelineNotRunning",
                    "the pipeline stopped before this request was ingested (records of it queued earlier are processed)").ConfigureAwait(false);
                return;
            }
            finally
            {
                request.Parsed();
            }
            // The answer says what the tables did with the records: wait for the step that applies the last of them. Under
            // exactly-once that step is journaled, and the records fsynced in the ingress log, before it completes.
            await Task.WhenAny(request.Applied, controller.CircuitCompletion).WaitAsync(context.RequestAborted).ConfigureAwait(false);
            if (!request.Applied.IsCompleted)
            {
                await ApiResponses.Error(context, 503, "PipelineNotRunning",
                    $"the pipeline ended before this request's records were applied: it is {controller.State}{(controller.Error is { } e ? ": " + e : "")}").ConfigureAwait(false);
                return;
            }
            if (request.Rejected is { Count: > 0 } rejected)
                result = result with { Accepted = result.Accepted - rejected.Count, Errors = [.. result.Errors.Concat(rejected).OrderBy(e => e.Record)] };
            if (result.Errors.Count == 0)
            {
                await ApiResponses.Json(context, 200, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("endpoint", endpoint.EndpointName);
                    w.WriteNumber("records", result.Records);
                    w.WriteNumber("accepted", result.Accepted);
                    w.WriteEndObject();
                }).ConfigureAwait(false);
                return;
            }
            var first = result.Errors[0];
            string summary = result.Accepted > 0
                ? $"{result.Errors.Count} of {result.Records} record(s) rejected (the other {result.Accepted} were ingested); first: {first}"
                : $"{result.Errors.Count} of {result.Records} record(s) rejected; first: {first}";
            await ApiResponses.Error(context, 400, "ParseErrors", $"{endpoint.EndpointName}: {summary}",
                w => Details(w, endpoint.EndpointName, result.Records, result.Accepted, result.Errors)).ConfigureAwait(false);
        }
        finally
        {
            if (body is not null) ArrayPool<byte>.Shared.Return(body);
            endpoint.RequestFinished();
        }
    }

    private static void Details(System.Text.Json.Utf8JsonWriter w, string endpoint, long records, long accepted, IReadOnlyList<ParseError> errors)
    {
        const int Listed = 100;
        w.WriteStartObject();
        w.WriteString("endpoint", endpoint);
        w.WriteNumber("records", records);
        w.WriteNumber("accepted", accepted);
        w.WriteNumber("rejected", errors.Count);
        w.WriteStartArray("errors");
        foreach (var e in errors.Take(Listed))
        {
            w.WriteStartObject();
            w.WriteNumber("record", e.Record);
            if (e.Line > 0) w.WriteNumber("line", e.Line);
            else w.WriteNull("line");
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The whole body in a pooled array, or null when it exceeds <paramref name="limit"/>.</summary>
    private static async Task<(byte[]? Body, int Length)> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return (null, 0);
        var pool = ArrayPool<byte>.Shared;
        byte[] buffer = pool.Rent((int)Math.Min(request.ContentLength ?? 64 * 1024, limit) + 1);
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    pool.Return(buffer);
                    return (null, 0);
                }
                byte[] larger = pool.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                buffer.AsSpan(0, length).CopyTo(larger);
                pool.Return(buffer);
                buffer = larger;
            }
            int n = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (n == 0) break;
            length += n;
        }
        if (length > limit)
        {
            pool.Return(buffer);
            return (null, 0);
        }
        return (buffer, length);
    }
}
