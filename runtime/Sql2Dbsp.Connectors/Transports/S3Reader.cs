using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>The reader of an <c>s3_input</c> endpoint (see <see cref="S3InputConfig"/>).</summary>
internal sealed class S3Reader(S3InputConfig config, InputReaderContext context) : IInputReader
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    public async Task RunAsync(IInputConsumer consumer, CancellationToken cancellationToken)
    {
        using var client = config.CreateClient();
        var objects = consumer.CreateParser() as IObjectInputParser;
        var resume = S3Position.Of(context.ResumeFrom);
        string? after = null;
        while (true)
        {
            List<S3Object> listed;
            try
            {
                listed = await ListAsync(client, after, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                consumer.TransportError($"cannot list s3://{config.Bucket}/{config.Key ?? config.Prefix}: {e.Message}", fatal: true);
                return;
            }
            if (config.Key is not null && listed.Count == 0)
            {
                consumer.TransportError($"s3://{config.Bucket}/{config.Key}: no such object", fatal: true);
                return;
            }
            foreach (var item in listed)
            {
                long start = 0;
                if (resume is var (resumeKey, resumeOffset))
                {
                    int order = string.CompareOrdinal(item.Key, resumeKey);
                    if (order < 0) continue;
                    if (order == 0) start = resumeOffset;
                }
                if (!await ReadObjectAsync(client, consumer, objects, item, start, cancellationToken).ConfigureAwait(false)) return;
                after = item.Key;
            }
            if (!config.Follow) break;
            await Task.Delay(S3InputConfig.PollInterval, cancellationToken).ConfigureAwait(false);
        }
        consumer.EndOfInput();
    }

    /// <summary>The objects to read, in key order: the one <c>key</c>, or those under <c>prefix</c> after <paramref name="after"/>.</summary>
    private async Task<List<S3Object>> ListAsync(AmazonS3Client client, string? after, CancellationToken cancellationToken)
    {
        var result = new List<S3Object>();
        var request = new ListObjectsV2Request { BucketName = config.Bucket, Prefix = config.Key ?? config.Prefix, StartAfter = after };
        while (true)
        {
            var response = await client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            foreach (var item in response.S3Objects ?? [])
            {
                // Folder markers are not data; with 'key' only the exact object counts, not others sharing its prefix.
                if (item.Key.EndsWith('/') && (item.Size ?? 0) == 0) continue;
                if (config.Key is not null && item.Key != config.Key) continue;
                result.Add(item);
            }
            if (response.IsTruncated != true) break;
            request.ContinuationToken = response.NextContinuationToken;
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    /// <summary>Reads one object from <paramref name="start"/> (a byte offset, or a row for formats of whole objects),
    /// retrying failed reads from the last queued position. False when it gave up (the endpoint has failed).</summary>
    private async Task<bool> ReadObjectAsync(AmazonS3Client client, IInputConsumer consumer, IObjectInputParser? objects, S3Object item, long start,
        CancellationToken cancellationToken)
    {
        string name = $"s3://{config.Bucket}/{item.Key}";
        long position = start;
        long size = item.Size ?? 0;
        for (int failures = 0; ; failures++)
        {
            try
            {
                if (objects is null && position >= size) return true;
                var request = new GetObjectRequest { BucketName = config.Bucket, Key = item.Key };
                if (objects is null && position > 0) request.ByteRange = new ByteRange(position, size - 1);
                using var response = await client.GetObjectAsync(request, cancellationToken).ConfigureAwait(false);
                var body = response.ResponseStream;
                await using (body.ConfigureAwait(false))
                {
                    if (objects is not null)
                    {
                        await ObjectInput.ReadAsync(consumer, objects, body, name, position, row =>
                        {
                            position = row;
                            return new S3Position(item.Key, row, Rows: true);
                        }, cancellationToken).ConfigureAwait(false);
                        return true;
                    }
                    var pump = new ByteStreamPump(consumer, position, offset => new S3Position(item.Key, offset, Rows: false));
                    try
                    {
                        await pump.ReadToEndAsync(body, cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        // A read that fails resumes after the last complete record queued.
                        position = pump.Offset;
                    }
                    pump.Finish();
                    return true;
                }
            }
            catch (InvalidDataException e)
            {
                consumer.TransportError($"{e.Message}; skipped the rest of the object", fatal: false);
                return true;
            }
            catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
            {
                consumer.TransportError($"{name} disappeared before it was read: {e.Message}", fatal: false);
                return true;
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                if (failures >= config.MaxRetries)
                {
                    consumer.TransportError($"{name}: {e.Message}; gave up after {failures} retries at {(objects is null ? "byte" : "row")} {position}", fatal: true);
                    return false;
                }
                var backoff = TimeSpan.FromMilliseconds(Math.Min(100 * Math.Pow(2, failures), MaxBackoff.TotalMilliseconds));
                consumer.TransportError($"{name}: {e.Message}; retrying from {(objects is null ? "byte" : "row")} {position} in {backoff.TotalMilliseconds:F0} ms", fatal: false);
                await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsTransient(Exception e) =>
        e is AmazonServiceException or AmazonClientException or IOException or HttpRequestException or TimeoutException ||
        e is TaskCanceledException { InnerException: TimeoutException };
}
