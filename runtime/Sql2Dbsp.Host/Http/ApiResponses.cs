using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sql2Dbsp.Host.Http;

/// <summary>JSON responses of the HTTP API. Errors have Feldera's shape: <c>{"message", "error_code", "details"}</c>.</summary>
internal static class ApiResponses
{
    public static Task Error(HttpContext context, int status, string code, string message, Action<Utf8JsonWriter>? details = null) =>
        Json(context, status, w =>
        {
            w.WriteStartObject();
            w.WriteString("message", message);
            w.WriteString("error_code", code);
            w.WritePropertyName("details");
            if (details is null) w.WriteNullValue();
            else details(w);
            w.WriteEndObject();
        });

    public static async Task Json(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) write(writer);
        buffer.Write("\n"u8);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
