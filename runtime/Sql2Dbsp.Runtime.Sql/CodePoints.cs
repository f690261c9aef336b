using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Code point (character) positions in UTF-16 strings. SQL lengths and positions count Unicode characters, so a
/// surrogate pair is one character; the common surrogate-free case is detected with one vectorized scan.
/// </summary>
internal static class CodePoints
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool HasSurrogates(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>Number of code points (an unpaired surrogate counts as one).</summary>
    internal static int Count(ReadOnlySpan<char> s)
    {
        int first = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return s.Length;
        }

        int count = first;
        for (int i = first; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>The UTF-16 offset just after the first <paramref name="codePoints"/> code points (or the length when the
    /// string is shorter).</summary>
    internal static int Offset(ReadOnlySpan<char> s, long codePoints)
    {
        if (codePoints <= 0)
        {
            return 0;
        }

        int first = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || codePoints <= first)
        {
            return (int)Math.Min(codePoints, s.Length);
        }

        int i = first;
        long n = first;
        while (i < s.Length && n < codePoints)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            n++;
        }

        return i;
    }

    /// <summary>The UTF-16 length of the code point starting at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int WidthAt(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;

    /// <summary>The first <paramref name="maxCodePoints"/> code points of <paramref name="s"/>.</summary>
    internal static string Truncate(string s, int maxCodePoints)
    {
        if (s.Length <= maxCodePoints)
        {
            return s;
        }

        int end = Offset(s, maxCodePoints);
        return end == s.Length ? s : s[..end];
    }
}
