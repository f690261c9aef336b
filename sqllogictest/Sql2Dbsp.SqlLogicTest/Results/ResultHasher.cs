using System.Security.Cryptography;
using System.Text;

namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>The reference runner's result hash: MD5 over each rendered value followed by <c>\n</c>, as lowercase hex.</summary>
internal static class ResultHasher
{
    /// <summary>Hashes <paramref name="values"/> in the given order.</summary>
    public static string Hash(IEnumerable<string> values)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        Span<byte> newline = [(byte)'\n'];
        foreach (var v in values)
        {
            md5.AppendData(Encoding.UTF8.GetBytes(v));
            md5.AppendData(newline);
        }
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }
}
