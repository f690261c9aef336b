using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Sql2Dbsp.Connectors.Formats;
using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>
/// <c>s3_input</c>: reads one object (<c>key</c>) or every object under a <c>prefix</c> of <c>bucket_name</c>, in key
/// order, from AWS S3 or an S3-compatible store (<c>endpoint_url</c>). With <c>follow: true</c> it keeps listing the
/// prefix for objects whose keys sort after the last one read (name new objects in increasing order, e.g. by time).
/// Credentials come from <c>aws_access_key_id</c>/<c>aws_secret_access_key</c>, else from the environment or profile
/// (the AWS SDK's chain); <c>no_sign_request</c> reads a public bucket anonymously. A failed read is retried with
/// exponential backoff up to <c>max_retries</c> times from the last position, so nothing is lost or read twice; an
/// object that cannot be parsed (a corrupt Parquet file) is reported and skipped, and the other objects are read.
/// Resumable: its position is the object key and the byte offset or row within it.
/// </summary>
public sealed record S3InputConfig(string Bucket, string? Key, string? Prefix, string? Region, Uri? Endpoint, string? AccessKeyId,
    string? SecretAccessKey, bool NoSignRequest = false, bool Follow = false, int MaxRetries = 5) : InputTransportConfig
{
    /// <summary>How often a followed prefix is listed for new objects.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <inheritdoc/>
    public override string Name => "s3_input";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: true);

    /// <inheritdoc/>
    public override string ToString() =>
        $"s3_input s3://{Bucket}/{Key ?? Prefix}{(Endpoint is null ? "" : $" at {Endpoint}")}{(AccessKeyId is null ? "" : " with an access key")}";

    /// <inheritdoc/>
    public override IInputReader CreateReader(InputReaderContext context) => new S3Reader(this, context);

    /// <summary>A client for the configured endpoint, region and credentials.</summary>
    internal AmazonS3Client CreateClient()
    {
        var config = new AmazonS3Config { MaxErrorRetry = MaxRetries };
        if (Endpoint is not null)
        {
            config.ServiceURL = Endpoint.ToString();
            config.ForcePathStyle = true;
            config.AuthenticationRegion = Region ?? "us-east-1";
        }
        else config.RegionEndpoint = RegionEndpoint.GetBySystemName(Region ?? "us-east-1");
        if (AccessKeyId is not null) return new AmazonS3Client(new BasicAWSCredentials(AccessKeyId, SecretAccessKey), config);
        if (NoSignRequest) return new AmazonS3Client(new AnonymousAWSCredentials(), config);
        return new AmazonS3Client(config);
    }

    internal static TransportConfig? Parse(ObjectReader config)
    {
        string? bucket = config.String("bucket_name", required: true);
        string? key = config.String("key");
        string? prefix = config.String("prefix");
        string? region = config.String("region");
        string? endpoint = config.String("endpoint_url");
        string? accessKey = config.String("aws_access_key_id");
        string? secret = config.String("aws_secret_access_key");
        bool noSign = config.Bool("no_sign_request") ?? false;
        bool follow = config.Bool("follow") ?? false;
        int retries = (int)(config.Integer("max_retries", 0, 100) ?? 5);
        config.Ignored("max_concurrent_fetches", "objects are read one at a time, in key order, which is what makes positions exact");
        config.Finish();
        if (bucket is null) return null;
        if ((key is null) == (prefix is null))
        {
            config.Problems.Error(config.Span, "s3_input needs exactly one of 'key' (one object) and 'prefix' (every object under it; \"\" for the whole bucket)");
            return null;
        }
        if ((accessKey is null) != (secret is null))
        {
            config.Problems.Error(config.Node(accessKey is null ? "aws_secret_access_key" : "aws_access_key_id")!.Span,
                "'aws_access_key_id' and 'aws_secret_access_key' go together");
            return null;
        }
        if (noSign && accessKey is not null)
        {
            config.Problems.Error(config.Node("no_sign_request")!.Span, "'no_sign_request' reads anonymously; it cannot be combined with an access key");
            return null;
        }
        if (key is not null && follow)
        {
            config.Problems.Error(config.Node("follow")!.Span, "'follow' lists a 'prefix' for new objects; it does not apply to one 'key'");
            return null;
        }
        Uri? url = null;
        if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            config.Problems.Error(config.Node("endpoint_url")!.Span, "'endpoint_url' must be an http:// or https:// URL");
            return null;
        }
        return new S3InputConfig(bucket, key, prefix, region, url, accessKey, secret, noSign, follow, retries);
    }
}
