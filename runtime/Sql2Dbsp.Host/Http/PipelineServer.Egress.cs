using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Sql2Dbsp.Host.Http;

/// <summary><c>POST /egress/{view}</c>: a view's changes streamed to the client, one chunk per step.</summary>
public sealed partial class PipelineServer
{
    private async Task Egress(HttpContext context)
    {
        string view = (string)context.Request.RouteValues["view"]!;
        if (NotRunning(context) is { } refused)
        {
            await refused.ConfigureAwait(false);
            return;
        }
        var (format, _, formatError) = FormatQuery.Parse(context.Request.Query, input: false);
        if (format is null)
        {
            await ApiResponses.Error(context, 400, "UnknownOutputFormat", formatError!).ConfigureAwait(false);
            return;
        }
        if (!FormatQuery.TryBool(context.Request.Query, "backpressure", out bool backpressure))
        {
            await ApiResponses.Error(context, 400, "InvalidQuery", "'backpressure' must be true or false").ConfigureAwait(false);
            return;
        }
        var response = context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/x-ndjson";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var endpoint = controller.AddEgress(view, format, response.Body, backpressure);
        if (endpoint is null)
        {
            await ApiResponses.Error(context, 400, "UnknownOutputTable",
                $"unknown view '{view}'; the views with output are: {string.Join(", ", controller.ViewNames)}").ConfigureAwait(false);
            return;
        }
        try
        {
            // Headers go out now, so the client knows it is subscribed before it sends input.
            await response.StartAsync(context.RequestAborted).ConfigureAwait(false);
            await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await endpoint.Completion.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            controller.Log.Info($"output {endpoint.EndpointName}: client disconnected");
        }
        finally
        {
            endpoint.MarkClosing();
            controller.RemoveOutput(endpoint);
            await endpoint.Completion.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }
}
