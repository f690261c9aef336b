using System.Security.Cryptography;
using System.Text;

namespace Sql2Dbsp.Host.Http;

/// <summary>
/// The secret every request presents as <c>Authorization: Bearer …</c> when the API is protected. It is compared in
/// constant time over SHA-256 digests, so neither its content nor its length leaks through response timing.
/// </summary>
public sealed class BearerToken
{
    /// <summary>The environment variable a token is read from when no token file is configured.</summary>
    public const string EnvironmentVariable = "SQL2DBSP_HTTP_TOKEN";

    private readonly byte[] digest;

    /// <summary>A token with the given text (surrounding white space is not part of it).</summary>
    /// <exception cref="ArgumentException">The text is shorter than 16 characters.</exception>
    public BearerToken(string token)
    {
        token = token.Trim();
        if (token.Length < 16) throw new ArgumentException("a bearer token must be at least 16 characters long (use a generated one: give a token file that does not exist yet)", nameof(token));
        digest = SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>True when <paramref name="presented"/> is this token.</summary>
    public bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    /// <summary>
    /// The token from <paramref name="tokenFile"/> (relative to <paramref name="workingDirectory"/>; a new random one is
    /// written there, readable by the owner only, when the file does not exist), else from <see cref="EnvironmentVariable"/>,
    /// else none.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    /// <exception cref="ArgumentException">The token is too short.</exception>
    public static BearerToken? Load(string? tokenFile, string workingDirectory, out string? generatedAt)
    {
        generatedAt = null;
        if (tokenFile is null)
            return Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? new BearerToken(fromEnvironment) : null;
        string path = Path.GetFullPath(tokenFile, workingDirectory);
        if (File.Exists(path)) return new BearerToken(File.ReadAllText(path));
        string token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, Encoding.ASCII, options)) writer.Write(token + "\n");
        generatedAt = path;
        return new BearerToken(token);
    }
}
