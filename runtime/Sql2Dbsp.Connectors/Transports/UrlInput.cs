using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Sql2Dbsp.Connectors.Config;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// <c>url_input</c>: reads the body of an HTTP GET of <c>path</c> (an http or https URL) to its end. Resumable by byte
/// offset: a resumed read asks for a <c>Range</c> and skips the bytes itself when the server ignores it.
/// </summary>
public sealed record UrlInputConfig(Uri Url) : InputTransportConfig
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <inheritdoc/>
    public override string Name => "url_input";

    /// <summary>The URL as messages show it (secrets in it masked).</summary>
    public string Shown => Secrets.RedactUrl(Url);

    /// <inheritdoc/>
    public override string ToString() => $"url_input {Shown}";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: true);

    /// <inheritdoc/>
    public override IInputReader CreateReader(InputReaderContext context) => new Reader(this, context);

    internal static TransportConfig? Parse(ObjectReader config)
    {
        string? path = config.String("path", required: true);
        config.Ignored("pause_timeout", "the connection is kept open while the endpoint is paused");
        config.Finish();
        if (path is null) return null;
        if (!Uri.TryCreate(path, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            config.Problems.Error(config.Node("path")!.Span, "'path' must be an http:// or https:// URL");
            return null;
        }
        return new UrlInputConfig(url);
    }

    private sealed class Reader(UrlInputConfig config, InputReaderContext context) : IInputReader
    {
        public async Task RunAsync(IInputConsumer consumer, CancellationToken cancellationToken)
        {
            if (consumer.CreateParser() is IObjectInputParser objects)
            {
                await ReadObjectAsync(consumer, objects, cancellationToken).ConfigureAwait(false);
                return;
            }
            long offset = ByteOffsetPosition.OffsetOf(context.ResumeFrom) ?? 0;
            var pump = new ByteStreamPump(consumer, offset);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, config.Url);
                if (offset > 0) request.Headers.Range = new RangeHeaderValue(offset, null);
                using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    consumer.TransportError($"GET {config.Shown}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}", fatal: true);
                    return;
                }
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    if (offset > 0 && response.StatusCode != HttpStatusCode.PartialContent) await SkipAsync(body, offset, cancellationToken).ConfigureAwait(false);
                    await pump.ReadToEndAsync(body, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                consumer.TransportError($"GET {config.Shown} failed after byte {pump.Offset} (record {pump.Parser.Records}): {e.Message.Replace(config.Url.ToString(), config.Shown, StringComparison.Ordinal)}", fatal: true);
                return;
            }
            pump.Finish();
            consumer.EndOfInput();
        }

        /// <summary>A body in a format of whole objects (Parquet, Arrow) is read by rows; a resumed read skips the rows it read before.</summary>
        private async Task ReadObjectAsync(IInputConsumer consumer, IObjectInputParser objects, CancellationToken cancellationToken)
        {
            try
            {
                using var response = await Client.GetAsync(config.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    consumer.TransportError($"GET {config.Shown}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}", fatal: true);
                    return;
                }
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                    await ObjectInput.ReadAsync(consumer, objects, body, config.Shown, RowPosition.RowOf(context.ResumeFrom) ?? 0, row => new RowPosition(row), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException && !cancellationToken.IsCancellationRequested)
            {
                consumer.TransportError($"GET {config.Shown}: {e.Message.Replace(config.Url.ToString(), config.Shown, StringComparison.Ordinal)}", fatal: true);
                return;
            }
            consumer.EndOfInput();
        }

        private static async Task SkipAsync(Stream body, long count, CancellationToken cancellationToken)
        {
            var scratch = new byte[64 * 1024];
            while (count > 0)
            {
                int n = await body.ReadAsync(scratch.AsMemory(0, (int)Math.Min(scratch.Length, count)), cancellationToken).ConfigureAwait(false);
                if (n == 0) throw new IOException("the body is shorter than the position to resume from");
                count -= n;
            }
        }
    }
}
