using A = Sql2Dbsp.Compiler.Expressions.ArgKind;
using R = Sql2Dbsp.Compiler.Expressions.ResultKind;

namespace Sql2Dbsp.Compiler.Expressions;

public static partial class FunctionRegistry
{
    private static IEnumerable<SqlFunction> StringFunctions()
    {
        const FunctionFamily s = FunctionFamily.String;
        yield return F("UPPER", s, "SqlString.Upper", "Upper case.", S(R.Varchar, A.Text));
        yield return F("LOWER", s, "SqlString.Lower", "Lower case.", S(R.Varchar, A.Text));
        yield return F("INITCAP", s, "SqlString.InitCap", "First letter of each word upper case, the rest lower case (words are runs of letters and digits).", S(R.Varchar, A.Text));
        yield return F("SUBSTRING", s, "SqlString.Substring", "The characters from position `start` (1-based), `length` of them or to the end; also `SUBSTRING(s FROM start FOR length)`.",
            S(R.Varchar, A.Text, A.BigInt), S(R.Varchar, A.Text, A.BigInt, A.BigInt)) with { Aliases = ["SUBSTR"] };
        yield return F("CHAR_LENGTH", s, "SqlString.CharLength", "The number of characters.", S(R.Integer, A.Text)) with { Aliases = ["CHARACTER_LENGTH", "LENGTH", "LEN"] };
        yield return F("OCTET_LENGTH", s, "SqlString.OctetLength", "The number of bytes in UTF-8.", S(R.Integer, A.Text));
        yield return F("POSITION", s, "SqlString.Position", "The 1-based position of the first occurrence of `needle` in `s`, 0 when absent; also `POSITION(needle IN s)`.", S(R.Integer, A.Text, A.Text));
        yield return F("REPLACE", s, "SqlString.Replace", "`s` with every occurrence of `from` replaced by `to`.", S(R.Varchar, A.Text, A.Text, A.Text));
        yield return F("LEFT", s, "SqlString.Left", "The first `n` characters (all but the last -n when negative).", S(R.Varchar, A.Text, A.Integer));
        yield return F("RIGHT", s, "SqlString.Right", "The last `n` characters (all but the first -n when negative).", S(R.Varchar, A.Text, A.Integer));
        yield return F("REPEAT", s, "SqlString.Repeat", "`s` repeated `n` times (empty when n ≤ 0).", S(R.Varchar, A.Text, A.Integer));
        yield return F("REVERSE", s, "SqlString.Reverse", "The characters in reverse order.", S(R.Varchar, A.Text));
        yield return F("LPAD", s, "SqlString.Lpad", "`s` padded on the left with `fill` (default blank) to `length` characters, or truncated to it.",
            S(R.Varchar, A.Text, A.BigInt), S(R.Varchar, A.Text, A.BigInt, A.Text));
        yield return F("RPAD", s, "SqlString.Rpad", "`s` padded on the right with `fill` (default blank) to `length` characters, or truncated to it.",
            S(R.Varchar, A.Text, A.BigInt), S(R.Varchar, A.Text, A.BigInt, A.Text));
        yield return F("LTRIM", s, "SqlString.Ltrim", "`s` without leading blanks (or leading characters of `chars`).", S(R.Varchar, A.Text), S(R.Varchar, A.Text, A.Text));
        yield return F("RTRIM", s, "SqlString.Rtrim", "`s` without trailing blanks (or trailing characters of `chars`).", S(R.Varchar, A.Text), S(R.Varchar, A.Text, A.Text));
        yield return F("BTRIM", s, "SqlString.Btrim", "`s` without leading and trailing characters of `chars` (blanks by default).", S(R.Varchar, A.Text), S(R.Varchar, A.Text, A.Text));
        yield return F("ASCII", s, "SqlString.Ascii", "The code point of the first character (0 for the empty string).", S(R.Integer, A.Text));
        yield return F("CHR", s, "SqlString.Chr", "The character with the given code point (0 and invalid code points are errors).", S(R.Varchar, A.Integer));
        yield return F("MD5", s, "SqlString.Md5", "The MD5 hash of the UTF-8 bytes, as 32 lower-case hex digits.", S(R.Varchar, A.Text));
        yield return F("SPLIT_PART", s, "SqlString.SplitPart", "The `n`-th field of `s` split at `delimiter` (from the end when n < 0; empty when out of range; n = 0 is an error).",
            S(R.Varchar, A.Text, A.Text, A.Integer));
        yield return new SqlFunction("CONCAT", s, [S(R.Varchar, A.Text)], "The values concatenated (any number, at least one); NULL values are skipped, so the result is never NULL.",
            Nulls: NullRule.Special, Special: SpecialForm.Concat);
        yield return new SqlFunction("CONCAT_WS", s, [S(R.Varchar, A.Text, A.Text)], "The values (any number after the separator) joined with the separator; NULL values are skipped; NULL when the separator is NULL.",
            "SqlString.ConcatWs", NullRule.Special, SpecialForm.ConcatWs);
    }
}
