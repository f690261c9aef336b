using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sql2Dbsp.Host.FaultTolerance;

namespace Sql2Dbsp.Host.Http;

/// <summary><c>POST /checkpoint</c>, <c>GET /checkpoint_status</c> and <c>POST /suspend</c>, with Feldera's shapes.</summary>
public sealed partial class PipelineServer
{
    /// <summary>Requests a checkpoint; answers at once with its sequence number (<c>{"checkpoint_sequence_number": n}</c>).</summary>
    private Task Checkpoint(HttpContext context)
    {
        long sequence;
        try
        {
            (sequence, var completion) = controller.RequestCheckpoint();
            // The outcome is reported by /checkpoint_status; observing it here keeps a failure from going unobserved.
            _ = completion.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
        catch (InvalidOperationException e)
        {
            return ApiResponses.Error(context, 400, "CheckpointNotPossible", $"cannot checkpoint: {e.Message}");
        }
        return ApiResponses.Json(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("checkpoint_sequence_number", sequence);
            w.WriteEndObject();
        });
    }

    private Task CheckpointStatus(HttpContext context) =>
        ApiResponses.Json(context, 200, w => WriteStatus(w, controller.CheckpointStatus));

    /// <summary>Suspends: answers once the checkpoint is written and the circuit has ended (the process then exits).</summary>
    private async Task Suspend(HttpContext context)
    {
        CompletedCheckpoint checkpoint;
        try
        {
            checkpoint = await controller.SuspendAsync().WaitAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or Runtime.Storage.CheckpointException or IOException or TimeoutException or UnauthorizedAccessException)
        {
            await ApiResponses.Error(context, 400, "SuspendFailed", $"cannot suspend: {e.Message}").ConfigureAwait(false);
            return;
        }
        await ApiResponses.Json(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("status", controller.State.ToString());
            w.WritePropertyName("checkpoint");
            WriteCheckpoint(w, checkpoint);
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static void WriteStatus(Utf8JsonWriter w, CheckpointStatus status)
    {
        w.WriteStartObject();
        if (status.Success is long success) w.WriteNumber("success", success);
        else w.WriteNull("success");
        w.WritePropertyName("failure");
        if (status.Failure is { } failure)
        {
            w.WriteStartObject();
            w.WriteNumber("sequence_number", failure.SequenceNumber);
            w.WriteString("error", failure.Error);
            w.WriteEndObject();
        }
        else w.WriteNullValue();
        w.WritePropertyName("last");
        if (status.Last is { } last) WriteCheckpoint(w, last);
        else w.WriteNullValue();
        w.WriteEndObject();
    }

    private static void WriteCheckpoint(Utf8JsonWriter w, CompletedCheckpoint c)
    {
        w.WriteStartObject();
        w.WriteNumber("sequence_number", c.SequenceNumber);
        w.WriteNumber("checkpoint", c.Checkpoint);
        w.WriteNumber("step", c.Step);
        w.WriteNumber("transaction_id", c.Transaction);
        w.WriteNumber("bytes", c.Bytes);
        w.WriteNumber("duration_ms", Math.Round(c.Duration.TotalMilliseconds, 1));
        w.WriteString("directory", c.Directory);
        w.WriteEndObject();
    }
}
