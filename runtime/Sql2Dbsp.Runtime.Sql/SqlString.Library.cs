using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sql2Dbsp.Runtime.Sql;

/// <content>ASCII, CHR, MD5, SPLIT_PART and one-argument BTRIM (PostgreSQL semantics).</content>
public static partial class SqlString
{
    /// <summary><c>BTRIM(s)</c>: removes leading and trailing blanks.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Btrim(string? s) => s?.Trim(' ');

    /// <summary><c>ASCII(s)</c>: the code point of the first character; 0 for the empty string.</summary>
    public static int? Ascii(string? s) => s is null ? null : s.Length == 0 ? 0 : char.ConvertToUtf32(s, 0);

    /// <summary><c>CHR(n)</c>: the character with code point <paramref name="n"/>; 0, surrogates and values above U+10FFFF are errors.</summary>
    public static string Chr(int n)
    {
        if (n == 0)
        {
            SqlErrors.InvalidArgument("null character not permitted: CHR(0)");
        }

        if (n < 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
        {
            SqlErrors.InvalidArgument($"requested character not valid for encoding: CHR({n.ToString(CultureInfo.InvariantCulture)})");
        }

        return char.ConvertFromUtf32(n);
    }

    /// <summary>Nullable form of <see cref="Chr(int)"/>.</summary>
    public static string? Chr(int? n) => n.HasValue ? Chr(n.GetValueOrDefault()) : null;

    /// <summary><c>MD5(s)</c>: the MD5 digest of the UTF-8 bytes as 32 lower-case hexadecimal digits.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Md5(string? s)
    {
        if (s is null)
        {
            return null;
        }

        Span<byte> hash = stackalloc byte[16];
        // MD5 is what SQL asks for here (a checksum, not security).
#pragma warning disable CA5351
        MD5.HashData(Encoding.UTF8.GetBytes(s), hash);
#pragma warning restore CA5351
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// <c>SPLIT_PART(s, delimiter, n)</c>: the <paramref name="n"/>-th field (1-based; from the end when negative) of
    /// <paramref name="s"/> split at <paramref name="delimiter"/>; empty when out of range; an empty delimiter makes
    /// the whole string the only field; n = 0 is an error.
    /// </summary>
    public static string? SplitPart(string? s, string? delimiter, int n)
    {
        if (s is null || delimiter is null)
        {
            return null;
        }

        if (n == 0)
        {
            SqlErrors.InvalidArgument("field position must not be zero: SPLIT_PART(s, delimiter, 0)");
        }

        string[] fields = delimiter.Length == 0 ? [s] : s.Split(delimiter);
        if (s.Length == 0)
        {
            return "";
        }

        int index = n > 0 ? n - 1 : fields.Length + n;
        return index >= 0 && index < fields.Length ? fields[index] : "";
    }

    /// <summary>Nullable form of <see cref="SplitPart(string?, string?, int)"/>.</summary>
    public static string? SplitPart(string? s, string? delimiter, int? n) => n.HasValue ? SplitPart(s, delimiter, n.GetValueOrDefault()) : null;
}
