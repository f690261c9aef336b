using System.Collections.Concurrent;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// A compiled SQL <c>LIKE</c> / <c>ILIKE</c> pattern. <c>%</c> matches any sequence of characters, <c>_</c> exactly one
/// character (code point); the escape character (default backslash, as in PostgreSQL) makes the next character
/// literal. Matching is ordinal (case-sensitive) for LIKE and ordinal-ignore-case for ILIKE, runs without allocating,
/// and uses vectorized searches for the literal parts: patterns like <c>abc</c>, <c>abc%</c>, <c>%abc</c> and
/// <c>%abc%</c> become a single equality, prefix, suffix or substring test. Generated code can hoist a constant
/// pattern into a static field (<c>static readonly SqlLikePattern P = SqlLikePattern.Compile("a%");</c>) and call
/// <see cref="Match(string?)"/>; <see cref="SqlString.Like(string?, string?)"/> looks patterns up in a cache.
/// </summary>
public sealed class SqlLikePattern
{
    private enum Shape
    {
        Exact,
        Prefix,
        Suffix,
        Contains,
        Any,
        General,
    }

    /// <summary>A run of pattern elements between two <c>%</c>: literal text and single-character wildcards.</summary>
    private readonly struct Piece
    {
        public Piece(string? literal, int anyCount)
        {
            Literal = literal;
            AnyCount = anyCount;
        }

        /// <summary>The literal text, or null for a run of <see cref="AnyCount"/> <c>_</c>.</summary>
        public string? Literal { get; }

        public int AnyCount { get; }
    }

    private readonly Shape _shape;
    private readonly string _literal = "";
    private readonly Piece[][] _segments = [];
    private readonly bool _anchoredStart;
    private readonly bool _anchoredEnd;
    private readonly StringComparison _comparison;

    private SqlLikePattern(string pattern, char? escape, bool ignoreCase)
    {
        Pattern = pattern;
        Escape = escape;
        IgnoreCase = ignoreCase;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        // Split into segments at unescaped '%'; each segment is a list of pieces.
        var segments = new List<Piece[]>();
        var pieces = new List<Piece>();
        var literal = new System.Text.StringBuilder();
        int anyRun = 0;
        bool sawPercent = false;
        bool sawUnderscore = false;
        _anchoredStart = pattern.Length == 0 || pattern[0] != '%';

        void FlushLiteral()
        {
            if (literal.Length > 0)
            {
                pieces.Add(new Piece(literal.ToString(), 0));
                literal.Clear();
            }
        }

        void FlushAny()
        {
            if (anyRun > 0)
            {
                pieces.Add(new Piece(null, anyRun));
                anyRun = 0;
            }
        }

        bool lastWasPercent = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            lastWasPercent = false;
            if (escape is { } e && c == e)
            {
                if (i + 1 >= pattern.Length)
                {
                    SqlErrors.InvalidArgument($"LIKE pattern must not end with escape character: '{pattern}'");
                }

                FlushAny();
                literal.Append(pattern[++i]);
            }
            else if (c == '%')
            {
                FlushLiteral();
                FlushAny();
                segments.Add([.. pieces]);
                pieces.Clear();
                sawPercent = true;
                lastWasPercent = true;
            }
            else if (c == '_')
            {
                FlushLiteral();
                anyRun++;
                sawUnderscore = true;
            }
            else
            {
                FlushAny();
                literal.Append(c);
            }
        }

        FlushLiteral();
        FlushAny();
        segments.Add([.. pieces]);
        _anchoredEnd = !lastWasPercent;

        // Classify the common shapes.
        var nonEmpty = new List<Piece[]>();
        foreach (Piece[] segment in segments)
        {
            if (segment.Length > 0)
            {
                nonEmpty.Add(segment);
            }
        }

        if (!sawPercent)
        {
            if (!sawUnderscore)
            {
                _shape = Shape.Exact;
                _literal = nonEmpty.Count == 0 ? "" : nonEmpty[0][0].Literal!;
                return;
            }
        }
        else if (!sawUnderscore && nonEmpty.Count <= 1)
        {
            _literal = nonEmpty.Count == 0 ? "" : nonEmpty[0][0].Literal!;
            _shape = nonEmpty.Count == 0 ? Shape.Any
                : _anchoredStart ? (_anchoredEnd ? Shape.General : Shape.Prefix)
                : _anchoredEnd ? Shape.Suffix : Shape.Contains;
            if (_shape != Shape.General)
            {
                return;
            }
        }

        _shape = Shape.General;
        _segments = [.. segments];
    }

    /// <summary>The pattern text.</summary>
    public string Pattern { get; }

    /// <summary>The escape character, or <see langword="null"/> for none.</summary>
    public char? Escape { get; }

    /// <summary>Whether this is an ILIKE (case-insensitive) pattern.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Compiles a pattern.</summary>
    /// <param name="pattern">The LIKE pattern.</param>
    /// <param name="escape">The ESCAPE string: one character, empty for no escape character; <see langword="null"/>
    /// means the default, backslash.</param>
    /// <param name="ignoreCase">True for ILIKE.</param>
    /// <exception cref="SqlRuntimeException">The escape string is longer than one character, or the pattern ends with
    /// the escape character.</exception>
    public static SqlLikePattern Compile(string pattern, string? escape = null, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new SqlLikePattern(pattern, EscapeChar(escape), ignoreCase);
    }

    internal static char? EscapeChar(string? escape)
    {
        if (escape is null)
        {
            return '\\';
        }

        if (escape.Length > 1)
        {
            SqlErrors.InvalidArgument($"invalid escape string '{escape}': it must be empty or one character");
        }

        return escape.Length == 0 ? null : escape[0];
    }

    /// <summary><c>s LIKE pattern</c>: NULL when <paramref name="s"/> is NULL.</summary>
    /// <param name="s">The string to test.</param>
    public bool? Match(string? s) => s is null ? null : IsMatch(s);

    /// <summary>Whether <paramref name="s"/> matches the whole pattern.</summary>
    /// <param name="s">The string to test (not NULL).</param>
    public bool IsMatch(string s)
    {
        switch (_shape)
        {
            case Shape.Exact:
                return string.Equals(s, _literal, _comparison);
            case Shape.Prefix:
                return s.StartsWith(_literal, _comparison);
            case Shape.Suffix:
                return s.EndsWith(_literal, _comparison);
            case Shape.Contains:
                return s.Contains(_literal, _comparison);
            case Shape.Any:
                return true;
            default:
                return MatchGeneral(s);
        }
    }

    private bool MatchGeneral(ReadOnlySpan<char> s)
    {
        Piece[][] segs = _segments;
        int first = 0;
        int last = segs.Length - 1;
        int pos = 0;
        if (segs.Length == 1)
        {
            // No '%': the single segment must match the whole string.
            return MatchAt(segs[0], s, 0) == s.Length;
        }

        if (_anchoredStart)
        {
            pos = MatchAt(segs[0], s, 0);
            if (pos < 0)
            {
                return false;
            }

            first = 1;
        }

        int end = s.Length;
        if (_anchoredEnd)
        {
            int start = MatchBackward(segs[last], s, s.Length);
            if (start < pos)
            {
                return false;
            }

            end = start;
            last--;
        }

        // Middle segments: the leftmost match of each is always the best choice.
        for (int k = first; k <= last; k++)
        {
            Piece[] seg = segs[k];
            if (seg.Length == 0)
            {
                continue;
            }

            int found = FindLeftmost(seg, s[..end], pos, out int matchEnd);
            if (found < 0)
            {
                return false;
            }

            pos = matchEnd;
        }

        return pos <= end;
    }

    /// <summary>Matches a segment starting at <paramref name="at"/>; returns the end offset or -1.</summary>
    private int MatchAt(Piece[] seg, ReadOnlySpan<char> s, int at)
    {
        int i = at;
        foreach (Piece p in seg)
        {
            if (p.Literal is { } lit)
            {
                if (!s[i..].StartsWith(lit, _comparison))
                {
                    return -1;
                }

                i += lit.Length;
            }
            else
            {
                for (int n = 0; n < p.AnyCount; n++)
                {
                    if (i >= s.Length)
                    {
                        return -1;
                    }

                    i += CodePoints.WidthAt(s, i);
                }
            }
        }

        return i;
    }

    /// <summary>Matches a segment ending exactly at <paramref name="end"/>; returns its start offset or -1.</summary>
    private int MatchBackward(Piece[] seg, ReadOnlySpan<char> s, int end)
    {
        int i = end;
        for (int k = seg.Length - 1; k >= 0; k--)
        {
            Piece p = seg[k];
            if (p.Literal is { } lit)
            {
                if (i < lit.Length || !s[..i].EndsWith(lit, _comparison))
                {
                    return -1;
                }

                i -= lit.Length;
            }
            else
            {
                for (int n = 0; n < p.AnyCount; n++)
                {
                    if (i <= 0)
                    {
                        return -1;
                    }

                    i -= i >= 2 && char.IsLowSurrogate(s[i - 1]) && char.IsHighSurrogate(s[i - 2]) ? 2 : 1;
                }
            }
        }

        return i;
    }

    /// <summary>Finds the leftmost start ≥ <paramref name="from"/> where the segment matches within <paramref name="s"/>.</summary>
    private int FindLeftmost(Piece[] seg, ReadOnlySpan<char> s, int from, out int matchEnd)
    {
        int start = from;
        string? lead = seg[0].Literal;
        while (start <= s.Length)
        {
            if (lead is not null)
            {
                // Jump to the next occurrence of the leading literal (vectorized).
                int idx = s[start..].IndexOf(lead, _comparison);
                if (idx < 0)
                {
                    break;
                }

                start += idx;
            }

            int e = MatchAt(seg, s, start);
            if (e >= 0)
            {
                matchEnd = e;
                return start;
            }

            if (start >= s.Length)
            {
                break;
            }

            start += CodePoints.WidthAt(s, start);
        }

        matchEnd = -1;
        return -1;
    }

    // ---------------------------------------------------------------- cache

    private readonly record struct Key(string Pattern, char? Escape, bool IgnoreCase);

    private const int MaxCached = 4096;
    private static readonly ConcurrentDictionary<Key, SqlLikePattern> Cache = new();

    [ThreadStatic]
    private static SqlLikePattern? _last;

    /// <summary>The compiled pattern for the arguments, from a per-thread one-entry cache (a hit costs a reference
    /// comparison when the pattern is a constant string) backed by a bounded shared cache.</summary>
    internal static SqlLikePattern Get(string pattern, char? escape, bool ignoreCase)
    {
        SqlLikePattern? last = _last;
        if (last is not null && (ReferenceEquals(last.Pattern, pattern) || string.Equals(last.Pattern, pattern))
            && last.Escape == escape && last.IgnoreCase == ignoreCase)
        {
            return last;
        }

        var key = new Key(pattern, escape, ignoreCase);
        if (!Cache.TryGetValue(key, out SqlLikePattern? compiled))
        {
            compiled = new SqlLikePattern(pattern, escape, ignoreCase);
            if (Cache.Count >= MaxCached)
            {
                Cache.Clear();
            }

            Cache.TryAdd(key, compiled);
        }

        _last = compiled;
        return compiled;
    }
}
