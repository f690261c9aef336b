using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlCompareTests
{
    [Fact]
    public void NullSortsFirstAndEqualsNull()
    {
        Assert.Equal(-1, SqlCompare.Compare(null, (long?)5));
        Assert.Equal(1, SqlCompare.Compare((long?)5, null));
        Assert.Equal(0, SqlCompare.Compare((long?)null, null));
        Assert.True(SqlCompare.Equal((long?)null, null));
        Assert.False(SqlCompare.Equal((long?)null, 0));
        Assert.Equal(-1, SqlCompare.Compare(null, "a"));
        Assert.Equal(0, SqlCompare.Compare((string?)null, null));
        Assert.True(SqlCompare.Equal((string?)null, null));
        Assert.Equal(SqlCompare.Hash((int?)null), SqlCompare.Hash((string?)null));
    }

    [Fact]
    public void IntegersAndBooleans()
    {
        Assert.Equal(-1, SqlCompare.Compare(int.MinValue, int.MaxValue));
        Assert.Equal(1, SqlCompare.Compare(long.MaxValue, long.MinValue));
        Assert.Equal(0, SqlCompare.Compare((sbyte)7, (sbyte)7));
        Assert.Equal(-1, SqlCompare.Compare(false, true));
        Assert.Equal(1, SqlCompare.Compare(true, false));
        Assert.Equal(SqlCompare.Hash((sbyte)5), SqlCompare.Hash(5L));
        Assert.Equal(SqlCompare.Hash((short)-5), SqlCompare.Hash(-5));
        Assert.NotEqual(SqlCompare.Hash(1L), SqlCompare.Hash(2L));
    }

    [Fact]
    public void DoubleTotalOrder()
    {
        double nan = double.NaN;
        Assert.Equal(0, SqlCompare.Compare(-0.0, 0.0));
        Assert.True(SqlCompare.Equal(-0.0, 0.0));
        Assert.Equal(SqlCompare.Hash(-0.0), SqlCompare.Hash(0.0));
        Assert.Equal(1, SqlCompare.Compare(nan, double.PositiveInfinity));
        Assert.Equal(-1, SqlCompare.Compare(double.PositiveInfinity, nan));
        Assert.Equal(0, SqlCompare.Compare(nan, nan));
        Assert.True(SqlCompare.Equal(nan, nan));
        double otherNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000123UL));
        Assert.True(double.IsNaN(otherNaN));
        Assert.Equal(SqlCompare.Hash(nan), SqlCompare.Hash(otherNaN));
        Assert.Equal(-1, SqlCompare.Compare(double.NegativeInfinity, -1e308));
        Assert.Equal(1, SqlCompare.Compare(float.NaN, float.PositiveInfinity));
        Assert.Equal(SqlCompare.Hash(1.5f), SqlCompare.Hash(1.5));
        Assert.Equal(-1, SqlCompare.Compare((double?)null, nan));

        var values = new List<double?> { 3, nan, null, -0.0, double.NegativeInfinity, 0.0, double.PositiveInfinity, -1 };
        values.Sort(SqlComparer<double?>.Default);
        Assert.Equal(new double?[] { null, double.NegativeInfinity, -1, -0.0, 0.0, 3, double.PositiveInfinity, nan }, values);
    }

    [Fact]
    public void DecimalIgnoresScale()
    {
        Assert.True(SqlCompare.Equal(1.0m, 1.00m));
        Assert.Equal(SqlCompare.Hash(1.0m), SqlCompare.Hash(1.00m));
        Assert.Equal(-1, SqlCompare.Compare(-0.01m, 0m));
    }

    [Fact]
    public void StringsCompareByCodePoint()
    {
        Assert.Equal(-1, SqlCompare.Compare("a", "ab"));
        Assert.Equal(1, SqlCompare.Compare("b", "ab"));
        Assert.Equal(0, SqlCompare.Compare("abc", new string("abc".ToCharArray())));
        Assert.Equal(1, SqlCompare.Compare("é", "z"));
        Assert.Equal(-1, SqlCompare.Compare("Z", "a"));

        // U+FFFF sorts before U+1F600 by code point, although its UTF-16 unit 0xFFFF is above the surrogate 0xD83D.
        Assert.True(string.CompareOrdinal("\uFFFF", "😀") > 0);
        Assert.Equal(-1, SqlCompare.Compare("\uFFFF", "😀"));
        Assert.Equal(1, SqlCompare.Compare("😀", "\uE000"));
        Assert.Equal(-1, SqlCompare.Compare("\uD7FF", "😀"));
        Assert.Equal(-1, SqlCompare.Compare("x😀", "x😁"));
        Assert.Equal(-1, SqlCompare.Compare("😀", "😀a"));
    }

    [Fact]
    public void CharWithoutLengthOrdersWithoutTrailingBlanksThenByPadding()
    {
        // PostgreSQL's bpchar order ignores trailing blanks: 'a\t' sorts after 'a  ' although '\t' < ' '.
        Assert.True(SqlCompare.CompareChar("a  ", "a\t") < 0);
        Assert.True(SqlCompare.CompareChar("b", "a    ") > 0);
        // Values equal but for padding are still ordered (the order agrees with exact equality), least padded first.
        Assert.True(SqlCompare.CompareChar("a", "a  ") < 0);
        Assert.Equal(0, SqlCompare.CompareChar("a ", "a "));
        Assert.True(SqlCompare.CompareChar(null, "") < 0);
    }

    [Fact]
    public void StringHashIsDeterministic()
    {
        // Hashes may partition persisted state: changing the algorithm is a storage format change.
        Assert.Equal(SqlCompare.Hash("hello"), SqlCompare.Hash(new string("hello".ToCharArray())));
        Assert.Equal(863100652, SqlCompare.Hash("hello"));
        Assert.Equal(-1908254260, SqlCompare.Hash(42L));
        Assert.NotEqual(SqlCompare.Hash(""), SqlCompare.Hash((string?)null));
    }

    [Fact]
    public void BinaryComparesUnsignedBytes()
    {
        var a = new SqlBinary([1]);
        var b = new SqlBinary([1, 0]);
        var c = new SqlBinary([0xFF]);
        Assert.Equal(-1, SqlCompare.Compare(a, b));
        Assert.Equal(-1, SqlCompare.Compare(b, c));
        Assert.Equal(0, SqlCompare.Compare(default, new SqlBinary([])));
        Assert.True(SqlCompare.Equal(new SqlBinary([1, 2]), new SqlBinary([1, 2])));
        Assert.Equal(SqlCompare.Hash(new SqlBinary([1, 2])), SqlCompare.Hash(new SqlBinary([1, 2])));
    }

    [Fact]
    public void TemporalValues()
    {
        Assert.Equal(-1, SqlCompare.Compare(Date("2024-01-01"), Date("2024-01-02")));
        Assert.Equal(1, SqlCompare.Compare(Ts("2024-01-01 00:00:01"), Ts("2024-01-01")));
        Assert.Equal(-1, SqlCompare.Compare(Time("01:00"), Time("02:00")));
        Assert.Equal(-1, SqlCompare.Compare(Ym(-1), Ym(1)));
        Assert.Equal(1, SqlCompare.Compare(Dt("1 day"), Dt("23:59:59")));
    }

    [Fact]
    public void GenericComparerDispatches()
    {
        Assert.Equal(1, SqlComparer<double>.Default.Compare(double.NaN, 1.0));
        Assert.True(SqlComparer<double>.Default.Equals(-0.0, 0.0));
        Assert.Equal(SqlComparer<double>.Default.GetHashCode(-0.0), SqlComparer<double>.Default.GetHashCode(0.0));
        Assert.Equal(-1, SqlComparer<string>.Default.Compare("\uFFFF", "😀"));
        Assert.Equal(-1, SqlComparer<long?>.Default.Compare(null, 1));
        Assert.Equal(SqlCompare.Hash("x"), SqlComparer<string>.Default.GetHashCode("x"));
        Assert.Equal(SqlCompare.Hash(Date("2024-01-01")), SqlComparer<SqlDate>.Default.GetHashCode(Date("2024-01-01")));
        Assert.Equal(-1, SqlComparer<Guid>.Default.Compare(Guid.Empty, Guid.Parse("00000000-0000-0000-0000-000000000001")));
    }
}
