using System.Text;

namespace Sql2Dbsp.Connectors.Config;

/// <summary>
/// Keeps secrets of connector configurations out of logs, <c>/status</c>, <c>/stats</c> and error messages: a
/// configuration key or URL query parameter whose name says it holds a secret (password, secret, token, key,
/// credentials, signature, ... — also inside names such as <c>sasl.password</c> or <c>X-Amz-Signature</c>) has its value
/// replaced by <see cref="Mask"/>, and so does the password of a URL's user information.
/// </summary>
public static class Secrets
{
    /// <summary>What a redacted value shows.</summary>
    public const string Mask = "***";

    private static readonly string[] Words =
        ["password", "passwd", "pwd", "secret", "token", "key", "apikey", "credential", "credentials", "auth", "authorization", "signature", "sig", "sas"];

    /// <summary>True when a key or parameter named <paramref name="name"/> holds a secret: one of its words (split at
    /// <c>.</c>, <c>_</c>, <c>-</c>) is a secret's word.</summary>
    public static bool IsSecretName(string name)
    {
        foreach (var part in name.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries))
            foreach (string word in Words)
                if (part.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The URL with the password of its user information and the values of secret query parameters masked.</summary>
    public static string RedactUrl(Uri url)
    {
        if (string.IsNullOrEmpty(url.UserInfo) && string.IsNullOrEmpty(url.Query)) return url.ToString();
        var builder = new UriBuilder(url);
        if (builder.Password.Length > 0) builder.Password = Mask;
        if (url.Query.Length > 1)
        {
            var query = new StringBuilder();
            foreach (string parameter in url.Query[1..].Split('&'))
            {
                if (query.Length > 0) query.Append('&');
                int equals = parameter.IndexOf('=');
                string name = Uri.UnescapeDataString(equals < 0 ? parameter : parameter[..equals]);
                query.Append(equals >= 0 && IsSecretName(name) ? parameter[..(equals + 1)] + Mask : parameter);
            }
            builder.Query = query.ToString();
        }
        return builder.Uri.ToString();
    }
}
