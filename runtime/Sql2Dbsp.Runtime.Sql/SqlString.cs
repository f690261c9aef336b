using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL string functions with PostgreSQL semantics. Lengths and positions count characters (Unicode code points, so a
/// surrogate pair is one character) and are 1-based. Every function returns NULL when any argument is NULL, except
/// <see cref="ConcatFunction"/>/<see cref="Concat(string?[])"/> and <see cref="ConcatWs"/>, which skip NULL values
/// like PostgreSQL's <c>concat</c>/<c>concat_ws</c>. Results that are value types (lengths, positions, LIKE) are
/// nullable because VARCHAR uses the same C# type (<see cref="string"/>) for nullable and NOT NULL columns (see
/// <see cref="SqlValue"/>).
/// </summary>
public static partial class SqlString
{
    // ---------------------------------------------------------------- concatenation

    /// <summary><c>a || b</c>: NULL when either side is NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [return: NotNullIfNotNull(nameof(a))]
    public static string? Concat(string? a, string? b) => a is null || b is null ? null : string.Concat(a, b);

    /// <summary><c>CONCAT(v1, v2, ...)</c>: concatenates the non-NULL values (NULLs are skipped; never NULL).
    /// Beware: a call with exactly two separate arguments binds to <see cref="Concat(string?, string?)"/>
    /// (the <c>||</c> operator, NULL-propagating); use <see cref="ConcatFunction"/> for the function.</summary>
    public static string Concat(params string?[] values) => ConcatFunction(values);

    /// <summary><c>CONCAT(v1, v2, ...)</c>: concatenates the non-NULL values (NULLs are skipped; never NULL).</summary>
    public static string ConcatFunction(params ReadOnlySpan<string?> values)
    {
        int length = 0;
        foreach (string? v in values)
        {
            length += v?.Length ?? 0;
        }

        if (length == 0)
        {
            return "";
        }

        var sb = new StringBuilder(length);
        foreach (string? v in values)
        {
            sb.Append(v);
        }

        return sb.ToString();
    }

    /// <summary><c>CONCAT_WS(separator, v1, v2, ...)</c>: joins the non-NULL values with the separator; NULL when the
    /// separator is NULL.</summary>
    public static string? ConcatWs(string? separator, params ReadOnlySpan<string?> values)
    {
        if (separator is null)
        {
            return null;
        }

        var sb = new StringBuilder();
        bool first = true;
        foreach (string? v in values)
        {
            if (v is null)
            {
                continue;
            }

            if (!first)
            {
                sb.Append(separator);
            }

            sb.Append(v);
            first = false;
        }

        return sb.ToString();
    }

    // ---------------------------------------------------------------- case

    /// <summary><c>UPPER(s)</c> (Unicode simple case mapping, culture-invariant).</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Upper(string? s) => s?.ToUpperInvariant();

    /// <summary><c>LOWER(s)</c> (Unicode simple case mapping, culture-invariant).</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Lower(string? s) => s?.ToLowerInvariant();

    /// <summary><c>INITCAP(s)</c>: the first letter of each word upper case, the others lower case; words are runs of
    /// letters and digits (PostgreSQL).</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? InitCap(string? s)
    {
        if (s is null)
        {
            return null;
        }

        return string.Create(s.Length, s, static (dst, src) =>
        {
            bool inWord = false;
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                bool alnum = char.IsLetterOrDigit(c) || char.IsSurrogate(c);
                dst[i] = alnum ? (inWord ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)) : c;
                inWord = alnum;
            }
        });
    }

    // ---------------------------------------------------------------- length and position

    /// <summary><c>CHAR_LENGTH(s)</c> / <c>CHARACTER_LENGTH</c> / <c>LENGTH</c>: the number of characters (code points).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int? CharLength(string? s) => s is null ? null : CodePoints.Count(s);

    /// <summary>A CHAR(<paramref name="length"/>) value with its padding: blanks up to <paramref name="length"/>
    /// characters (code points). CHAR values are kept without trailing blanks (<see cref="SqlCast.ToChar(string?, int)"/>);
    /// this is the form PostgreSQL prints and the one its LIKE and CONCAT see. NULL gives NULL.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? PadChar(string? s, int length)
    {
        if (s is null || (s.Length >= length && !CodePoints.HasSurrogates(s)))
        {
            return s;
        }

        int count = CodePoints.Count(s);
        return count < length ? s + new string(' ', length - count) : s;
    }

    /// <summary>A value of a CHAR without length (which keeps its trailing blanks) as PostgreSQL's casts to VARCHAR and
    /// text see it, and as its comparisons do: without trailing blanks. Returns <paramref name="s"/> itself when it has
    /// none. NULL gives NULL.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? TrimPadding(string? s) => s is null || s.Length == 0 || s[^1] != ' ' ? s : s.TrimEnd(' ');

    /// <summary><c>OCTET_LENGTH(s)</c>: the number of bytes of the UTF-8 encoding.</summary>
    public static int? OctetLength(string? s) => s is null ? null : Encoding.UTF8.GetByteCount(s);

    /// <summary><c>POSITION(needle IN haystack)</c>: the 1-based character position of the first occurrence, 0 when
    /// absent, 1 for an empty needle.</summary>
    public static int? Position(string? needle, string? haystack)
    {
        if (needle is null || haystack is null)
        {
            return null;
        }

        int idx = haystack.AsSpan().IndexOf(needle.AsSpan());
        if (idx < 0)
        {
            return 0;
        }

        return CodePoints.Count(haystack.AsSpan(0, idx)) + 1;
    }

    // ---------------------------------------------------------------- substrings

    /// <summary><c>SUBSTRING(s FROM start)</c>: the characters from 1-based position <paramref name="start"/> to the end
    /// (positions before 1 are clamped).</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Substring(string? s, long start)
    {
        if (s is null)
        {
            return null;
        }

        if (start <= 1)
        {
            return s;
        }

        int from = CodePoints.Offset(s, start - 1);
        return s[from..];
    }

    /// <summary>Nullable form of <see cref="Substring(string?, long)"/>.</summary>
    public static string? Substring(string? s, long? start) =>
        start.HasValue ? Substring(s, start.GetValueOrDefault()) : null;

    /// <summary><c>SUBSTRING(s FROM start FOR length)</c>: the characters at 1-based positions
    /// [start, start + length) that exist (so <c>SUBSTRING('hello' FROM 0 FOR 3)</c> is <c>he</c>); a negative length
    /// throws.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Substring(string? s, long start, long length)
    {
        if (s is null)
        {
            return null;
        }

        if (length < 0)
        {
            SqlErrors.InvalidArgument(string.Create(CultureInfo.InvariantCulture, $"negative substring length not allowed: SUBSTRING(... FROM {start} FOR {length})"));
        }

        long endExclusive = start > long.MaxValue - length ? long.MaxValue : start + length; // 1-based, exclusive
        if (endExclusive <= 1)
        {
            return "";
        }

        long first = Math.Max(start, 1);
        int from = CodePoints.Offset(s, first - 1);
        int to = CodePoints.Offset(s, endExclusive - 1);
        return from >= to ? "" : s[from..to];
    }

    /// <summary>Nullable form of <see cref="Substring(string?, long, long)"/>.</summary>
    public static string? Substring(string? s, long? start, long? length) =>
        start.HasValue && length.HasValue ? Substring(s, start.GetValueOrDefault(), length.GetValueOrDefault()) : null;

    /// <summary><c>LEFT(s, n)</c>: the first <paramref name="n"/> characters; a negative <paramref name="n"/> means all
    /// but the last |n| characters.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Left(string? s, long n)
    {
        if (s is null)
        {
            return null;
        }

        if (n < 0)
        {
            long keep = CodePoints.Count(s) + n;
            return keep <= 0 ? "" : s[..CodePoints.Offset(s, keep)];
        }

        return s[..CodePoints.Offset(s, n)];
    }

    /// <summary>Nullable form of <see cref="Left(string?, long)"/>.</summary>
    public static string? Left(string? s, long? n) => n.HasValue ? Left(s, n.GetValueOrDefault()) : null;

    /// <summary><c>RIGHT(s, n)</c>: the last <paramref name="n"/> characters; a negative <paramref name="n"/> means all
    /// but the first |n| characters.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Right(string? s, long n)
    {
        if (s is null)
        {
            return null;
        }

        long count = CodePoints.Count(s);
        long skip = n < 0 ? -Math.Max(n, -count) : Math.Max(count - n, 0);
        return s[CodePoints.Offset(s, skip)..];
    }

    /// <summary>Nullable form of <see cref="Right(string?, long)"/>.</summary>
    public static string? Right(string? s, long? n) => n.HasValue ? Right(s, n.GetValueOrDefault()) : null;

    // ---------------------------------------------------------------- trimming

    /// <summary><c>TRIM(s)</c>: removes leading and trailing blanks (U+0020 only, as in SQL).</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Trim(string? s) => s?.Trim(' ');

    /// <summary><c>TRIM([LEADING | TRAILING | BOTH] [characters] FROM s)</c>.</summary>
    /// <param name="leading">Remove from the start (LEADING or BOTH).</param>
    /// <param name="trailing">Remove from the end (TRAILING or BOTH).</param>
    /// <param name="characters">The set of characters to remove; <see langword="null"/> means a blank (the binder
    /// passes NULL when the SQL omits the characters).</param>
    /// <param name="s">The string.</param>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Trim(bool leading, bool trailing, string? characters, string? s)
    {
        if (s is null)
        {
            return null;
        }

        if (characters is null || characters == " ")
        {
            return leading ? (trailing ? s.Trim(' ') : s.TrimStart(' ')) : (trailing ? s.TrimEnd(' ') : s);
        }

        if (!CodePoints.HasSurrogates(characters) && !CodePoints.HasSurrogates(s))
        {
            ReadOnlySpan<char> set = characters;
            ReadOnlySpan<char> span = s;
            if (leading)
            {
                span = span.TrimStart(set);
            }

            if (trailing)
            {
                span = span.TrimEnd(set);
            }

            return span.Length == s.Length ? s : span.ToString();
        }

        return TrimCodePoints(leading, trailing, characters, s);
    }

    private static string TrimCodePoints(bool leading, bool trailing, string characters, string s)
    {
        var set = new HashSet<int>();
        foreach (Rune r in characters.EnumerateRunes())
        {
            set.Add(r.Value);
        }

        int start = 0;
        int end = s.Length;
        if (leading)
        {
            while (start < end)
            {
                Rune.DecodeFromUtf16(s.AsSpan(start, end - start), out Rune r, out int used);
                if (!set.Contains(r.Value))
                {
                    break;
                }

                start += used;
            }
        }

        if (trailing)
        {
            while (end > start)
            {
                Rune.DecodeLastFromUtf16(s.AsSpan(start, end - start), out Rune r, out int used);
                if (!set.Contains(r.Value))
                {
                    break;
                }

                end -= used;
            }
        }

        return s[start..end];
    }

    /// <summary><c>LTRIM(s)</c>: removes leading blanks.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Ltrim(string? s) => s?.TrimStart(' ');

    /// <summary><c>RTRIM(s)</c>: removes trailing blanks.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Rtrim(string? s) => s?.TrimEnd(' ');

    /// <summary><c>LTRIM(s, characters)</c>: removes leading characters of the set.</summary>
    public static string? Ltrim(string? s, string? characters) => characters is null ? null : Trim(true, false, characters, s);

    /// <summary><c>RTRIM(s, characters)</c>: removes trailing characters of the set.</summary>
    public static string? Rtrim(string? s, string? characters) => characters is null ? null : Trim(false, true, characters, s);

    /// <summary><c>BTRIM(s, characters)</c>: removes leading and trailing characters of the set.</summary>
    public static string? Btrim(string? s, string? characters) => characters is null ? null : Trim(true, true, characters, s);

    // ---------------------------------------------------------------- LIKE

    /// <summary><c>s LIKE pattern</c> with the default escape character (backslash, as in PostgreSQL).</summary>
    public static bool? Like(string? s, string? pattern) =>
        s is null || pattern is null ? null : SqlLikePattern.Get(pattern, '\\', false).IsMatch(s);

    /// <summary><c>s LIKE pattern ESCAPE escape</c>; an empty escape string means no escape character.</summary>
    public static bool? Like(string? s, string? pattern, string? escape) =>
        s is null || pattern is null || escape is null ? null : SqlLikePattern.Get(pattern, SqlLikePattern.EscapeChar(escape), false).IsMatch(s);

    /// <summary><c>s ILIKE pattern</c>: case-insensitive LIKE (ordinal ignore-case), default escape backslash.</summary>
    public static bool? ILike(string? s, string? pattern) =>
        s is null || pattern is null ? null : SqlLikePattern.Get(pattern, '\\', true).IsMatch(s);

    /// <summary><c>s ILIKE pattern ESCAPE escape</c>.</summary>
    public static bool? ILike(string? s, string? pattern, string? escape) =>
        s is null || pattern is null || escape is null ? null : SqlLikePattern.Get(pattern, SqlLikePattern.EscapeChar(escape), true).IsMatch(s);

    // ---------------------------------------------------------------- other functions

    /// <summary><c>REPLACE(s, from, to)</c>: replaces every occurrence of <paramref name="from"/> (ordinal); an empty
    /// <paramref name="from"/> leaves <paramref name="s"/> unchanged.</summary>
    public static string? Replace(string? s, string? from, string? to)
    {
        if (s is null || from is null || to is null)
        {
            return null;
        }

        return from.Length == 0 ? s : s.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>Largest string a function will build (in UTF-16 code units), as a guard against runaway REPEAT/LPAD.</summary>
    public const int MaxResultLength = 256 * 1024 * 1024;

    /// <summary><c>REPEAT(s, n)</c>: <paramref name="s"/> repeated <paramref name="n"/> times; empty when n ≤ 0.</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Repeat(string? s, long n)
    {
        if (s is null)
        {
            return null;
        }

        if (n <= 0 || s.Length == 0)
        {
            return "";
        }

        if (n > MaxResultLength / s.Length)
        {
            SqlErrors.InvalidArgument(string.Create(CultureInfo.InvariantCulture, $"requested length too large: REPEAT(..., {n})"));
        }

        return string.Create((int)(s.Length * n), s, static (dst, src) =>
        {
            for (int i = 0; i < dst.Length; i += src.Length)
            {
                src.CopyTo(dst[i..]);
            }
        });
    }

    /// <summary>Nullable form of <see cref="Repeat(string?, long)"/>.</summary>
    public static string? Repeat(string? s, long? n) => n.HasValue ? Repeat(s, n.GetValueOrDefault()) : null;

    /// <summary><c>LPAD(s, length [, fill])</c>: pads on the left with <paramref name="fill"/> (default blank) to
    /// <paramref name="length"/> characters, or truncates to that length (PostgreSQL).</summary>
    public static string? Lpad(string? s, long length, string? fill = " ") => Pad(s, length, fill, left: true);

    /// <summary>Nullable form of <see cref="Lpad(string?, long, string?)"/>.</summary>
    public static string? Lpad(string? s, long? length, string? fill = " ") =>
        length.HasValue ? Pad(s, length.GetValueOrDefault(), fill, left: true) : null;

    /// <summary><c>RPAD(s, length [, fill])</c>: pads on the right with <paramref name="fill"/> (default blank) to
    /// <paramref name="length"/> characters, or truncates to that length (PostgreSQL).</summary>
    public static string? Rpad(string? s, long length, string? fill = " ") => Pad(s, length, fill, left: false);

    /// <summary>Nullable form of <see cref="Rpad(string?, long, string?)"/>.</summary>
    public static string? Rpad(string? s, long? length, string? fill = " ") =>
        length.HasValue ? Pad(s, length.GetValueOrDefault(), fill, left: false) : null;

    private static string? Pad(string? s, long length, string? fill, bool left)
    {
        if (s is null || fill is null)
        {
            return null;
        }

        if (length <= 0)
        {
            return "";
        }

        if (length > MaxResultLength)
        {
            SqlErrors.InvalidArgument(string.Create(CultureInfo.InvariantCulture, $"requested length too large: {(left ? "LPAD" : "RPAD")}(..., {length})"));
        }

        int count = CodePoints.Count(s);
        if (count >= length)
        {
            return s[..CodePoints.Offset(s, length)];
        }

        if (fill.Length == 0)
        {
            return s;
        }

        var sb = new StringBuilder((int)length);
        long missing = length - count;
        if (!left)
        {
            sb.Append(s);
        }

        int fillCount = CodePoints.Count(fill);
        while (missing > 0)
        {
            if (missing >= fillCount)
            {
                sb.Append(fill);
                missing -= fillCount;
            }
            else
            {
                sb.Append(fill, 0, CodePoints.Offset(fill, missing));
                missing = 0;
            }
        }

        if (left)
        {
            sb.Append(s);
        }

        return sb.ToString();
    }

    /// <summary><c>REVERSE(s)</c>: the characters in reverse order (surrogate pairs kept intact).</summary>
    [return: NotNullIfNotNull(nameof(s))]
    public static string? Reverse(string? s)
    {
        if (s is null || s.Length < 2)
        {
            return s;
        }

        return string.Create(s.Length, s, static (dst, src) =>
        {
            int o = dst.Length;
            for (int i = 0; i < src.Length; i++)
            {
                int w = CodePoints.WidthAt(src, i);
                o -= w;
                src.AsSpan(i, w).CopyTo(dst[o..]);
                i += w - 1;
            }
        });
    }
}
