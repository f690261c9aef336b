using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlStringTests
{
    [Fact]
    public void Concatenation()
    {
        Assert.Equal("ab", SqlString.Concat("a", "b"));
        Assert.Null(SqlString.Concat("a", null));
        Assert.Null(SqlString.Concat(null, "b"));
        Assert.Equal("ab", SqlString.ConcatFunction("a", null, "b"));
        Assert.Equal("a", SqlString.ConcatFunction("a", null));
        Assert.Equal("", SqlString.ConcatFunction(null, null));
        Assert.Equal("a", SqlString.Concat(new string?[] { "a", null }));
        Assert.Equal("a,b", SqlString.ConcatWs(",", "a", null, "b"));
        Assert.Equal("", SqlString.ConcatWs(",", null, null));
        Assert.Null(SqlString.ConcatWs(null, "a"));
    }

    [Fact]
    public void CaseFunctions()
    {
        Assert.Equal("ABC É", SqlString.Upper("abc é"));
        Assert.Equal("abc é", SqlString.Lower("ABC É"));
        Assert.Null(SqlString.Upper(null));
        Assert.Equal("Hello World Foo-Bar 2nd", SqlString.InitCap("hello wORLD foo-bar 2ND"));
    }

    [Fact]
    public void LengthsCountCodePoints()
    {
        Assert.Equal(3, SqlString.CharLength("a😀b"));
        Assert.Equal(0, SqlString.CharLength(""));
        Assert.Null(SqlString.CharLength(null));
        Assert.Equal(6, SqlString.OctetLength("a😀b"));
    }

    [Fact]
    public void Substring()
    {
        Assert.Equal("ello", SqlString.Substring("hello", 2));
        Assert.Equal("hello", SqlString.Substring("hello", -5));
        Assert.Equal("", SqlString.Substring("hello", 10));
        Assert.Equal("ell", SqlString.Substring("hello", 2, 3));
        Assert.Equal("he", SqlString.Substring("hello", 0, 3));
        Assert.Equal("", SqlString.Substring("hello", -1, 2));
        Assert.Equal("lo", SqlString.Substring("hello", 4, 10));
        Assert.Equal("", SqlString.Substring("hello", 2, 0));
        Assert.Equal("😀", SqlString.Substring("a😀b", 2, 1));
        Assert.Equal("b", SqlString.Substring("a😀b", 3));
        Assert.Equal("hello", SqlString.Substring("hello", 1, long.MaxValue));
        Assert.Null(SqlString.Substring(null, 1, 2));
        Assert.Null(SqlString.Substring("abc", (long?)null));
        Assert.Null(SqlString.Substring("abc", 1, (long?)null));
        Throws("negative substring length not allowed: SUBSTRING(... FROM 1 FOR -1)", () => SqlString.Substring("hello", 1, -1));
    }

    [Fact]
    public void Position()
    {
        Assert.Equal(4, SqlString.Position("lo", "hello"));
        Assert.Equal(0, SqlString.Position("x", "hello"));
        Assert.Equal(1, SqlString.Position("", "abc"));
        Assert.Equal(2, SqlString.Position("b", "😀b"));
        Assert.Null(SqlString.Position(null, "abc"));
    }

    [Fact]
    public void Trim()
    {
        Assert.Equal("a b", SqlString.Trim("  a b  "));
        Assert.Equal("\ta\t", SqlString.Trim(" \ta\t "));
        Assert.Equal("axyy", SqlString.Trim(true, false, "xy", "xxaxyy"));
        Assert.Equal("xxa", SqlString.Trim(false, true, "xy", "xxaxyy"));
        Assert.Equal("a", SqlString.Trim(true, true, "xy", "xxayy"));
        Assert.Equal("a ", SqlString.Trim(true, false, null, "  a "));
        Assert.Equal("a", SqlString.Trim(true, true, "😀", "😀a😀😀"));
        Assert.Null(SqlString.Trim(true, true, "x", null));
        Assert.Equal("a  ", SqlString.Ltrim("  a  "));
        Assert.Equal("  a", SqlString.Rtrim("  a  "));
        Assert.Equal("a", SqlString.Btrim("xax", "x"));
        Assert.Null(SqlString.Btrim("xax", null));
    }

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "ABC", false)]
    [InlineData("abc", "a%", true)]
    [InlineData("abc", "b%", false)]
    [InlineData("abc", "%c", true)]
    [InlineData("abc", "%b%", true)]
    [InlineData("abc", "%x%", false)]
    [InlineData("abc", "a_c", true)]
    [InlineData("abc", "a_", false)]
    [InlineData("abc", "___", true)]
    [InlineData("abc", "____", false)]
    [InlineData("", "%", true)]
    [InlineData("", "", true)]
    [InlineData("", "_", false)]
    [InlineData("abc", "%", true)]
    [InlineData("abc", "%%", true)]
    [InlineData("😀", "_", true)]
    [InlineData("a😀c", "a_c", true)]
    [InlineData("a😀c", "%_c", true)]
    [InlineData("a😀", "%a_", true)]
    [InlineData("aXbXc", "a%b%c", true)]
    [InlineData("ab", "a%b%c", false)]
    [InlineData("a", "a%a", false)]
    [InlineData("aa", "a%a", true)]
    [InlineData("aba", "ab%ba", false)]
    [InlineData("abba", "ab%ba", true)]
    [InlineData("abxbc", "%b_c", false)]
    [InlineData("abxc", "%b_c", true)]
    [InlineData("xxabcabcxx", "%abc_bc%", true)]
    [InlineData("xxabcabcxx", "%abc_bd%", false)]
    [InlineData("xxabcabcxx", "%abc_b%", true)]
    [InlineData("mississippi", "%iss%ppi", true)]
    [InlineData("mississippi", "m%ss%ss%", true)]
    [InlineData("mississippi", "m%ss%ss%ss%", false)]
    [InlineData("a%c", "a\\%c", true)]
    [InlineData("abc", "a\\%c", false)]
    [InlineData("a_c", "a\\_c", true)]
    [InlineData("abc", "a\\_c", false)]
    [InlineData("a\\c", "a\\\\c", true)]
    [InlineData("100%", "%\\%", true)]
    public void Like(string s, string pattern, bool expected)
    {
        Assert.Equal(expected, SqlString.Like(s, pattern));
        Assert.Equal(expected, SqlLikePattern.Compile(pattern).IsMatch(s));
    }

    [Fact]
    public void LikeWithEscapeAndNulls()
    {
        Assert.True(SqlString.Like("10%", "10!%", "!"));
        Assert.False(SqlString.Like("10x", "10!%", "!"));
        Assert.True(SqlString.Like("a\\b", "a\\b", "")); // empty ESCAPE: backslash is an ordinary character
        Assert.Null(SqlString.Like(null, "a"));
        Assert.Null(SqlString.Like("a", null));
        Assert.Null(SqlString.Like("a", "a", null));
        Throws("LIKE pattern must not end with escape character: 'ab\\'", () => SqlString.Like("ab", "ab\\"));
        Throws("invalid escape string '!!': it must be empty or one character", () => SqlString.Like("ab", "ab", "!!"));
    }

    [Fact]
    public void ILikeIgnoresCase()
    {
        Assert.True(SqlString.ILike("abc", "ABC"));
        Assert.True(SqlString.ILike("Hello World", "%WORLD"));
        Assert.True(SqlString.ILike("ÉCOLE", "éc%"));
        Assert.True(SqlString.ILike("xAbCx", "%a_c%"));
        Assert.False(SqlString.ILike("abd", "ABC"));
        Assert.True(SqlString.ILike("a%", "A!%", "!"));
    }

    [Fact]
    public void CompiledPatternCanBeHoisted()
    {
        var p = SqlLikePattern.Compile("a%z");
        Assert.True(p.Match("abcz"));
        Assert.Null(p.Match(null));
        Assert.False(p.IsMatch("abc"));
        Assert.Equal('\\', p.Escape);
        Assert.Null(SqlLikePattern.Compile("a", "").Escape);
        Assert.True(SqlLikePattern.Compile("A%", ignoreCase: true).IsMatch("abc"));
    }

    [Fact]
    public void LikeCacheIsUsedAcrossPatterns()
    {
        // Alternate patterns to exercise the per-thread and shared caches.
        for (int i = 0; i < 3; i++)
        {
            Assert.True(SqlString.Like("abc", "a%"));
            Assert.False(SqlString.Like("abc", "b%"));
            Assert.True(SqlString.ILike("ABC", "a%"));
        }
    }

    [Fact]
    public void OtherFunctions()
    {
        Assert.Equal("aXcaXc", SqlString.Replace("abcabc", "b", "X"));
        Assert.Equal("abc", SqlString.Replace("abc", "", "X"));
        Assert.Null(SqlString.Replace("abc", "b", null));
        Assert.Equal("he", SqlString.Left("hello", 2));
        Assert.Equal("hel", SqlString.Left("hello", -2));
        Assert.Equal("", SqlString.Left("hello", -10));
        Assert.Equal("hi", SqlString.Left("hi", 10));
        Assert.Equal("a😀", SqlString.Left("a😀b", 2));
        Assert.Equal("lo", SqlString.Right("hello", 2));
        Assert.Equal("llo", SqlString.Right("hello", -2));
        Assert.Equal("", SqlString.Right("hi", -5));
        Assert.Equal("hi", SqlString.Right("hi", 5));
        Assert.Equal("😀b", SqlString.Right("a😀b", 2));
        Assert.Null(SqlString.Left(null, 1));
        Assert.Null(SqlString.Right("a", (long?)null));
        Assert.Equal("ababab", SqlString.Repeat("ab", 3));
        Assert.Equal("", SqlString.Repeat("ab", 0));
        Assert.Equal("", SqlString.Repeat("ab", -1));
        ThrowsStartingWith("requested length too large", () => SqlString.Repeat("ab", long.MaxValue));
        Assert.Equal("xyxhi", SqlString.Lpad("hi", 5, "xy"));
        Assert.Equal("hi   ", SqlString.Rpad("hi", 5));
        Assert.Equal("hel", SqlString.Lpad("hello", 3));
        Assert.Equal("hi", SqlString.Lpad("hi", 5, ""));
        Assert.Equal("", SqlString.Rpad("hi", 0));
        Assert.Equal("b😀a", SqlString.Reverse("a😀b"));
        Assert.Equal("", SqlString.Reverse(""));
    }
}
