using System.Collections.Immutable;

namespace Sql2Dbsp.Host.Config;

/// <summary>
/// The <c>http</c> setting (this runtime's own; Feldera's pipeline process is reached through its manager): where the
/// HTTP API listens and how it is protected. Loopback needs nothing; any other address needs a bearer token.
/// </summary>
public sealed record HttpConfig
{
    /// <summary>The default: the loopback address only.</summary>
    public const string Loopback = "127.0.0.1";

    /// <summary>The default of <see cref="MaxRequestsPerSecond"/>.</summary>
    public const int DefaultMaxRequestsPerSecond = 1000;

    /// <summary><c>bind</c>: the IP address to listen on (<c>0.0.0.0</c> or <c>::</c> for all); not loopback needs a token.</summary>
    public string Bind { get; init; } = Loopback;

    /// <summary><c>token_file</c>: a file holding the bearer token every request must present; created with a new
    /// random token when it does not exist. Without it the token comes from the environment variable
    /// <c>SQL2DBSP_HTTP_TOKEN</c>, if set.</summary>
    public string? TokenFile { get; init; }

    /// <summary><c>tls.certificate</c>: a PEM certificate (chain) file; with <see cref="TlsKey"/> the API speaks HTTPS.</summary>
    public string? TlsCertificate { get; init; }

    /// <summary><c>tls.key</c>: the PEM private key of <see cref="TlsCertificate"/>.</summary>
    public string? TlsKey { get; init; }

    /// <summary><c>allowed_hosts</c>: host names a request may name in its <c>Host</c> header besides the bound address
    /// and <c>localhost</c> (for a DNS name of a non-loopback address).</summary>
    public ImmutableArray<string> AllowedHosts { get; init; } = ImmutableArray<string>.Empty;

    /// <summary><c>max_requests_per_second</c>: requests per connection per second (bursts up to as many); more get HTTP 429.</summary>
    public int MaxRequestsPerSecond { get; init; } = DefaultMaxRequestsPerSecond;
}
