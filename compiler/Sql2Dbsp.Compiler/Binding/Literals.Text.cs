using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Binding;

/// <summary>
/// String literals meeting another type (<c>int_col = '5'</c>, <c>i + '1'</c>, <c>date_col = '1998-12-01'</c>): converted
/// at compile time with the runtime's rules, so that a literal that cannot convert is an error at its span (as in
/// PostgreSQL) instead of a pipeline failure at the first row.
/// </summary>
internal static partial class Literals
{
    /// <summary>
    /// The literal <paramref name="text"/> as a value of <paramref name="target"/>: a folded literal, or the runtime cast
    /// when the value is valid but its exact conversion is the runtime's business (DECIMAL rounding, REAL/DOUBLE
    /// formatting, the less common date/time spellings, intervals, binary). Throws a user error at
    /// <paramref name="span"/> when the text cannot be a value of the type.
    /// </summary>
    public static Expr FromText(string text, SqlType target, SourceSpan span)
    {
        var type = target.WithNullable(false);
        var runtimeCast = new CastExpr(new LiteralExpr(text, SqlType.Varchar()) { Span = span }, type) { Span = span };
        string trimmed = text.Trim();
        // The typed-literal parsers below read ASCII digits only (their regular expressions' \d is wider) and
        // microseconds; the runtime keeps up to nanoseconds of a TIME, so longer fractions are its business.
        bool foldable = Ascii.IsValid(trimmed) && !LongFractionRegex().IsMatch(trimmed);
        switch (target.Kind)
        {
            case SqlTypeKind.Char:
                {
                    // CHAR(n) values are kept without trailing blanks; a CHAR without length keeps the text as written.
                    return new LiteralExpr(target.Precision >= 0 ? Truncate(text, target.Precision).TrimEnd(' ') : text, type) { Span = span };
                }
            case SqlTypeKind.Varchar:
                return new LiteralExpr(target.Precision >= 0 ? Truncate(text, target.Precision) : text, type) { Span = span };
            case SqlTypeKind.TinyInt or SqlTypeKind.SmallInt or SqlTypeKind.Integer or SqlTypeKind.BigInt:
                {
                    if (!IntegerRegex().IsMatch(trimmed)) throw Invalid(text, target, span);
                    if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) || !FitsInteger(v, target.Kind))
                        throw OutOfRange(trimmed, target, span);
                    return new LiteralExpr(v, type) { Span = span };
                }
            case SqlTypeKind.Boolean:
                return ParseBoolean(trimmed) is bool b ? LiteralExpr.Bool(b) with { Span = span } : throw Invalid(text, target, span);
            case SqlTypeKind.Decimal:
                return IsPlainNumber(trimmed) && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? runtimeCast : throw Invalid(text, target, span);
            case SqlTypeKind.Real or SqlTypeKind.Double:
                {
                    if (IsSpecialNumber(trimmed)) return runtimeCast;
                    if (!IsPlainNumber(trimmed) || !double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) throw Invalid(text, target, span);
                    if (target.Kind == SqlTypeKind.Real ? float.IsInfinity((float)d) : double.IsInfinity(d)) throw OutOfRange(trimmed, target, span);
                    return runtimeCast;
                }
            case SqlTypeKind.Date:
                if (foldable && ParseDate(trimmed) is long days) return new LiteralExpr(days, type) { Span = span };
                return LeadingDateIsValid(trimmed) ? runtimeCast : throw Invalid(text, target, span);
            case SqlTypeKind.Timestamp:
                if (foldable && Typed(new Syntax.TypedLiteral("TIMESTAMP", text, span)) is { } ts) return ts with { Span = span };
                return LeadingDateIsValid(trimmed) ? runtimeCast : throw Invalid(text, target, span);
            case SqlTypeKind.Time:
                if (foldable && ParseTime(trimmed) is long micros) return new LiteralExpr(micros * 1000, type) { Span = span };
                return TimeShapeRegex().IsMatch(trimmed) ? runtimeCast : throw Invalid(text, target, span);
            default:
                return runtimeCast;
        }
    }

    private static CompilationError Invalid(string text, SqlType target, SourceSpan span) =>
        CompilationError.User(ErrorCodes.InvalidLiteral, $"invalid input syntax for type {target.WithNullable(true)}: \"{text}\"", span);

    private static CompilationError OutOfRange(string text, SqlType target, SourceSpan span) =>
        CompilationError.User(ErrorCodes.InvalidLiteral, $"value \"{text}\" is out of range for type {target.WithNullable(true)}", span);

    private static bool FitsInteger(long v, SqlTypeKind kind) => kind switch
    {
        SqlTypeKind.TinyInt => v is >= sbyte.MinValue and <= sbyte.MaxValue,
        SqlTypeKind.SmallInt => v is >= short.MinValue and <= short.MaxValue,
        SqlTypeKind.Integer => v is >= int.MinValue and <= int.MaxValue,
        _ => true,
    };

    /// <summary>The runtime's BOOLEAN spellings: prefixes of true/false/yes/no, on/off (off from two letters), 1/0.</summary>
    private static bool? ParseBoolean(string s)
    {
        if (s.Length is 0 or > 5) return null;
        string l = s.ToLowerInvariant();
        if ("true".StartsWith(l, StringComparison.Ordinal) || "yes".StartsWith(l, StringComparison.Ordinal) || l is "on" or "1") return true;
        if ("false".StartsWith(l, StringComparison.Ordinal) || "no".StartsWith(l, StringComparison.Ordinal) || l.Length >= 2 && "off".StartsWith(l, StringComparison.Ordinal) || l == "0")
            return false;
        return null;
    }

    /// <summary>Only the characters of a decimal/exponent literal, with a digit (the runtime's test before parsing).</summary>
    private static bool IsPlainNumber(string s)
    {
        bool digit = false;
        foreach (char c in s)
        {
            if (c is >= '0' and <= '9') digit = true;
            else if (c is not ('+' or '-' or '.' or 'e' or 'E')) return false;
        }
        return digit;
    }

    private static bool IsSpecialNumber(string s)
    {
        string body = s.Length > 0 && s[0] is '+' or '-' ? s[1..] : s;
        return body.Equals("infinity", StringComparison.OrdinalIgnoreCase) || body.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || body.Equals("nan", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Every DATE and TIMESTAMP spelling the runtime reads starts with year-month-day; one whose date part is not a
    /// day of the calendar can never convert. Other spellings (a time part, a zone, BC) are left to the runtime.
    /// </summary>
    private static bool LeadingDateIsValid(string s)
    {
        var m = LeadingDateRegex().Match(s);
        if (!m.Success) return false;
        long y = long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1) return false;
        bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        int[] lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return d <= lengths[mo - 1];
    }

    private static string Truncate(string s, int codePoints)
    {
        if (s.Length <= codePoints) return s;
        var sb = new StringBuilder();
        int n = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (n++ == codePoints) break;
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerRegex();

    [GeneratedRegex(@"^([0-9]{1,9})-([0-9]{1,2})-([0-9]{1,2})")]
    private static partial Regex LeadingDateRegex();

    [GeneratedRegex(@"\.[0-9]{7}")]
    private static partial Regex LongFractionRegex();

    [GeneratedRegex(@"[0-9]{1,2}:[0-9]{1,2}")]
    private static partial Regex TimeShapeRegex();
}
