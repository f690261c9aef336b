using System.Globalization;
using System.Numerics;
using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlDecimalTests
{
    private const string Max38 = "99999999999999999999999999999999999999";

    private static SqlDecimal D(string text) => SqlDecimal.Parse(text);

    private static void Same(string expected, SqlDecimal actual) => Assert.Equal(expected, actual.ToString());

    [Fact]
    public void ParseKeepsScaleAndFormatsLikePostgres()
    {
        Same("1.50", D("1.50"));
        Same("-0.50", SqlDecimal.Rescale(D("-.5"), 3, 2));
        Same("0", D("0"));
        Same("0.000", D("-0.000"));
        Same("12", D(" +12 "));
        Same("1500", D("1.5E3"));
        Same("1500", D("1.5e+3"));
        Same("0.0015", D("1.5E-3"));
        Same("15.00", D("1500E-2"));
        Same(Max38, D(Max38));
        Same("-" + Max38, D("-" + Max38));
        Same("0." + Max38, D("0." + Max38));
        Same("-9.9999999999999999999999999999999999999", D("-9.9999999999999999999999999999999999999"));
        Same("1", D("000000000000000000000000000000000000000000001"));
        Assert.Equal(2, D("1.50").Scale);
        Assert.Equal((Int128)150, D("1.50").Unscaled);
    }

    [Fact]
    public void ParseRejectsBadTextAndTooManyDigits()
    {
        Throws("cannot cast 'abc' to DECIMAL", () => D("abc"));
        Throws("cannot cast '1.2.3' to DECIMAL", () => D("1.2.3"));
        Throws("cannot cast '1e' to DECIMAL", () => D("1e"));
        Throws("cannot cast '.' to DECIMAL", () => D("."));
        Throws("cannot cast '' to DECIMAL", () => D(""));
        Throws("value 1" + Max38 + " out of range for DECIMAL(38)", () => D("1" + Max38));
        Throws("value 1E38 out of range for DECIMAL(38)", () => D("1E38"));
        Assert.False(SqlDecimal.TryParse("1" + Max38, out _));
        Assert.False(SqlDecimal.TryParse(null, out _));
        Assert.False(SqlDecimal.TryParse("1x", out _));
        Assert.True(SqlDecimal.TryParse("1E37", out var big));
        Same("10000000000000000000000000000000000000", big);
    }

    [Fact]
    public void ParseAsTypeRoundsHalfAwayFromZeroFromAllDigits()
    {
        Same("1.24", SqlDecimal.Parse("1.235", 5, 2));
        Same("-1.24", SqlDecimal.Parse("-1.235", 5, 2));
        Same("1.23", SqlDecimal.Parse("1.2349999999999999999999999999999999999999999999", 5, 2));
        Same("0.33333333333333333333333333333333333333",
            SqlDecimal.Parse("0.333333333333333333333333333333333333333333333333333", 38, 38));
        Same("1.50", SqlDecimal.Parse("1.5", 3, 2));
        Same("2000", SqlDecimal.Parse("2E3", 4, 0));
        Same("0", SqlDecimal.Parse("4E-1", 4, 0));
        Same("1", SqlDecimal.Parse("5E-1", 4, 0));
        Same("0", SqlDecimal.Parse("1E-999999999999", 4, 0));
        Throws("value 999.995 out of range for DECIMAL(5, 2)", () => SqlDecimal.Parse("999.995", 5, 2));
        Throws("value 1E99999999999 out of range for DECIMAL(5, 2)", () => SqlDecimal.Parse("1E99999999999", 5, 2));
        Throws("cannot cast 'x' to DECIMAL(5, 2)", () => SqlDecimal.Parse("x", 5, 2));
    }

    [Fact]
    public void EqualValuesWithDifferentScalesAreEqualAndHashEqually()
    {
        Assert.Equal(D("1.5"), D("1.50"));
        Assert.True(D("1.5") == D("1.5000000000000000000000000000000000000"));
        Assert.Equal(D("1.5").GetHashCode(), D("1.50").GetHashCode());
        Assert.Equal(D("0").GetHashCode(), D("0.000").GetHashCode());
        Assert.Equal(D("-100").GetHashCode(), D("-100.00").GetHashCode());
        Assert.NotEqual(D("1.5"), D("1.51"));
        Assert.NotEqual(D("15"), D("1.5"));
        Assert.True(D("-2") < D("-1.99"));
        Assert.True(D("0.1") > D("0.09999999999999999999999999999999999999"));
        Assert.True(D(Max38) > D("9999999999999999999999999999999999999.9"));
        Assert.True(D("-" + Max38) < D("-0.1"));
        Assert.Equal(0, D("0.00").CompareTo(default));
        Assert.Equal(1, D("0.01").CompareTo(null));
    }

    [Fact]
    public void HashIsDeterministic()
    {
        // Hashes partition persisted state: changing these values is a storage format change.
        Assert.Equal(D("1.50").GetHashCode(), new SqlDecimal(15, 1).GetHashCode());
        Assert.Equal(SqlDecimal.Parse("12.345").GetHashCode(), new SqlDecimal(12345000, 6).GetHashCode());
    }

    [Fact]
    public void ArithmeticAtThirtyEightDigits()
    {
        Same(Max38, SqlDecimal.Add(D("99999999999999999999999999999999999998"), D("1"), 38, 0));
        Throws("decimal overflow: " + Max38 + " + 1 (DECIMAL(38, 0))", () => SqlDecimal.Add(D(Max38), D("1"), 38, 0));
        Throws("decimal overflow: -" + Max38 + " - 1 (DECIMAL(38, 0))", () => SqlDecimal.Subtract(D("-" + Max38), D("1"), 38, 0));
        Same("0", SqlDecimal.Subtract(D(Max38), D(Max38), 38, 0));
        Same("0.00000000000000000000000000000000000002",
            SqlDecimal.Add(D("0.00000000000000000000000000000000000001"), D("0.00000000000000000000000000000000000001"), 38, 38));
        Same("99999999999999999999999999999999999998",
            SqlDecimal.Add(D("99999999999999999999999999999999999998"), D("0.00000000000000000000000000000000000001"), 38, 0));
        Same("9999999999999999999.0000000000000000001",
            SqlDecimal.Add(D("9999999999999999999"), D("0.0000000000000000001"), 38, 19));
        // (10^19 - 10^-19)^2 = 10^38 - 2 + 10^-38.
        Same("99999999999999999999999999999999999998",
            SqlDecimal.Multiply(D("9999999999999999999.9999999999999999999"), D("9999999999999999999.9999999999999999999"), 38, 0));
        // (1 - 10^-38)(1 + 10^-37) = 1.00000000000000000000000000000000000009 - 10^-75.
        Same("1.0000000000000000000000000000000000001",
            SqlDecimal.Multiply(D("0.99999999999999999999999999999999999999"), D("1.0000000000000000000000000000000000001"), 38, 37));
        Throws("decimal overflow: 10000000000000000000 * 10000000000000000000 (DECIMAL(38, 0))",
            () => SqlDecimal.Multiply(D("10000000000000000000"), D("10000000000000000000"), 38, 0));
        Same("-" + Max38, SqlDecimal.Negate(D(Max38)));
        Same(Max38, SqlDecimal.Abs(D("-" + Max38)));
        Same("1.5", SqlDecimal.Abs(D("-1.5")));
    }

    [Fact]
    public void RoundingTiesGoAwayFromZero()
    {
        Same("0.3", SqlDecimal.Multiply(D("0.5"), D("0.5"), 10, 1));
        Same("-0.3", SqlDecimal.Multiply(D("-0.5"), D("0.5"), 10, 1));
        Same("0.2", SqlDecimal.Multiply(D("0.5"), D("0.49"), 10, 1));
        Same("3", SqlDecimal.Rescale(D("2.5"), 5, 0));
        Same("-3", SqlDecimal.Rescale(D("-2.5"), 5, 0));
        Same("-2", SqlDecimal.Rescale(D("-2.4999"), 5, 0));
        Same("1.50", SqlDecimal.Rescale(D("1.5"), 5, 2));
        Throws("value 99.95 out of range for DECIMAL(3, 1)", () => SqlDecimal.Rescale(D("99.95"), 3, 1));
        Same("1.3", SqlDecimal.Round(D("1.25"), 1));
        Same("-1.3", SqlDecimal.Round(D("-1.25"), 1));
        Same("1.500", SqlDecimal.Round(D("1.5"), 3));
        Same("1300", SqlDecimal.Round(D("1250"), -2));
        Same("-1300", SqlDecimal.Round(D("-1250.7"), -2));
        Same("0", SqlDecimal.Round(D("49.9"), -2));
        Same("0", SqlDecimal.Round(D(Max38), -40));
        Throws("decimal overflow: ROUND(" + Max38 + ", -1) needs more than 38 digits (DECIMAL(38))", () => SqlDecimal.Round(D(Max38), -1));
        Same("-2", SqlDecimal.Floor(D("-1.1")));
        Same("1", SqlDecimal.Floor(D("1.9")));
        Same("-1", SqlDecimal.Ceiling(D("-1.9")));
        Same("2", SqlDecimal.Ceiling(D("1.1")));
        Same("-1", SqlDecimal.Truncate(D("-1.9")));
        Same("12.300", SqlDecimal.Truncate(D("12.345"), 1));
        Same("-12.300", SqlDecimal.Truncate(D("-12.345"), 1));
        Same("1.5", SqlDecimal.Truncate(D("1.5"), 3));
        Same("-1200.0", SqlDecimal.Truncate(D("-1250.7"), -2));
        Same("0", SqlDecimal.Truncate(D(Max38), -40));
        Same("1", SqlDecimal.Ceiling(D("0.00000000000000000000000000000000000001")));
        Same(Max38, SqlDecimal.Floor(D(Max38)));
    }

    [Fact]
    public void DivisionRoundsTheExactQuotientAtTheResultScale()
    {
        Same("0.33333333333333333333333333333333333333", SqlDecimal.Divide(D("1"), D("3"), 38, 38));
        Same("0.66666666666666666666666666666666666667", SqlDecimal.Divide(D("2"), D("3"), 38, 38));
        Same("-0.67", SqlDecimal.Divide(D("-2"), D("3"), 10, 2));
        Same("0.67", SqlDecimal.Divide(D("-2"), D("-3"), 10, 2));
        Same("0.5", SqlDecimal.Divide(D("1"), D("2"), 10, 1));
        Same("1", SqlDecimal.Divide(D("1"), D("2"), 10, 0));
        Same("-1", SqlDecimal.Divide(D("-1"), D("2"), 10, 0));
        Same("0", SqlDecimal.Divide(D("1"), D("3"), 10, 0));
        Same(Max38, SqlDecimal.Divide(D(Max38), D("1"), 38, 0));
        Same("1", SqlDecimal.Divide(D(Max38), D(Max38), 38, 0));
        Same("0.00000000000000000000000000000000000001", SqlDecimal.Divide(D("1"), D(Max38), 38, 38));
        Same("100000000000000000000000000000000000", SqlDecimal.Divide(D("1"), D("0.00000000000000000000000000000000001"), 38, 0));
        Throws("decimal overflow: 1 / 0.00000000000000000000000000000000000001 (DECIMAL(38, 0))",
            () => SqlDecimal.Divide(D("1"), D("0.00000000000000000000000000000000000001"), 38, 0));
        Throws("decimal overflow: " + Max38 + " / 0.1 (DECIMAL(38, 0))", () => SqlDecimal.Divide(D(Max38), D("0.1"), 38, 0));
        Throws("division by zero: 1.5 / 0", () => SqlDecimal.Divide(D("1.5"), D("0.00"), 10, 2));
        Same("0.000", SqlDecimal.Divide(D("0"), D("7"), 10, 3));
    }

    [Fact]
    public void ModuloTakesTheSignOfTheDividend()
    {
        Same("-1.5", SqlDecimal.Modulo(D("-7.5"), D("2"), 10, 1));
        Same("1.5", SqlDecimal.Modulo(D("7.5"), D("-2"), 10, 1));
        Same("0.0000000000000000000000000000000000001",
            SqlDecimal.Modulo(D("1.0000000000000000000000000000000000001"), D("1"), 38, 37));
        Same("1", SqlDecimal.Modulo(D(Max38), D("2"), 38, 0));
        Throws("division by zero: 7 % 0", () => SqlDecimal.Modulo(D("7"), D("0"), 10, 0));
    }

    [Fact]
    public void ConversionsAreChecked()
    {
        SqlDecimal fromLong = long.MinValue;
        Same("-9223372036854775808", fromLong);
        Assert.Equal(long.MinValue, (long)fromLong);
        SqlDecimal fromDecimal = 1.50m;
        Same("1.50", fromDecimal);
        Same("-79228162514264337593543950335", (SqlDecimal)decimal.MinValue);
        Same("0.0000000000000000000000000001", (SqlDecimal)0.0000000000000000000000000001m);
        Assert.Equal(3L, D("2.5").ToInt64());
        Assert.Equal(-3, D("-2.5").ToInt32());
        Throws("value 9223372036854775807.5 out of range for BIGINT", () => D("9223372036854775807.5").ToInt64());
        Throws("value 2147483648 out of range for INTEGER", () => D("2147483648").ToInt32());
        Assert.Equal(0.1, D("0.1").ToDouble());
        Assert.Equal(1e37, D("10000000000000000000000000000000000000").ToDouble());
        Assert.Equal(-12345.0, (double)D("-12345"));
        Assert.Equal(1.50m, (decimal)D("1.50"));
        Assert.Equal(2, ((decimal)D("1.50")).Scale);
        Assert.Equal(0.3333333333333333333333333333m, D("0.33333333333333333333333333333333333333").ToDecimal());
        Assert.Equal(1234567890123456789012345678.9m, D("1234567890123456789012345678.9012345678").ToDecimal());
        Throws("value " + Max38 + " out of range for System.Decimal", () => D(Max38).ToDecimal());
        Same("0.10", SqlDecimal.FromDouble(0.1, 5, 2));
        Same("100000000000000000000", SqlDecimal.FromDouble(1e20, 38, 0));
        Same("-0.0000012", SqlDecimal.FromDouble(-1.2e-6, 10, 7));
        Throws("cannot cast 'NaN' to DECIMAL(5, 2)", () => SqlDecimal.FromDouble(double.NaN, 5, 2));
        Throws("value 1E+20 out of range for DECIMAL(5, 2)", () => SqlDecimal.FromDouble(1e20, 5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqlDecimal(Int128.Parse("1" + new string('0', 38), CultureInfo.InvariantCulture), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqlDecimal(1, 39));
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlDecimal.Add(D("1"), D("1"), 39, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlDecimal.Add(D("1"), D("1"), 5, 6));
    }

    [Fact]
    public void RandomArithmeticMatchesBigInteger()
    {
        var random = new Random(20261207);
        for (int iteration = 0; iteration < 20000; iteration++)
        {
            var (x, xu, xs) = RandomValue(random);
            var (y, yu, ys) = RandomValue(random);
            int precision = random.Next(1, 39);
            int scale = random.Next(0, precision + 1);
            string context = $"x={x} y={y} DECIMAL({precision}, {scale})";

            int common = Math.Max(xs, ys);
            var xa = xu * BigInteger.Pow(10, common - xs);
            var ya = yu * BigInteger.Pow(10, common - ys);
            Check(Reference(xa + ya, common, precision, scale), () => SqlDecimal.Add(x, y, precision, scale), "+ " + context);
            Check(Reference(xa - ya, common, precision, scale), () => SqlDecimal.Subtract(x, y, precision, scale), "- " + context);
            Check(Reference(xu * yu, xs + ys, precision, scale), () => SqlDecimal.Multiply(x, y, precision, scale), "* " + context);
            Check(Reference(xu, xs, precision, scale), () => SqlDecimal.Rescale(x, precision, scale), "cast " + context);
            if (!yu.IsZero)
            {
                Check(ReferenceDivide(xu, xs, yu, ys, precision, scale), () => SqlDecimal.Divide(x, y, precision, scale), "/ " + context);
                Check(Reference(BigInteger.Remainder(xa, ya), common, precision, scale), () => SqlDecimal.Modulo(x, y, precision, scale), "% " + context);
            }

            Assert.True(Math.Sign(xa.CompareTo(ya)) == x.CompareTo(y), "compare " + context);
            Assert.Equal(xa == ya, x.Equals(y));
            Assert.Equal(x, SqlDecimal.Parse(x.ToString()));
            Assert.Equal(x.Scale, SqlDecimal.Parse(x.ToString()).Scale);
            Assert.Equal(Text(xu, xs), x.ToString());
        }
    }

    [Fact]
    public void RandomEqualValuesHashEqually()
    {
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            var (x, _, xs) = RandomValue(random);
            int wider = random.Next(xs, SqlDecimal.MaxPrecision + 1);
            if (SqlDecimal.Abs(x).CompareTo(SqlDecimal.Parse("1E" + (SqlDecimal.MaxPrecision - wider).ToString(CultureInfo.InvariantCulture))) >= 0)
            {
                continue;
            }

            var padded = SqlDecimal.Rescale(x, SqlDecimal.MaxPrecision, wider);
            Assert.Equal(x, padded);
            Assert.Equal(x.GetHashCode(), padded.GetHashCode());
        }
    }

    private static (SqlDecimal Value, BigInteger Unscaled, int Scale) RandomValue(Random random)
    {
        int digits = random.Next(0, 5) == 0 ? random.Next(1, 4) : random.Next(1, 39);
        var text = new char[digits];
        for (int i = 0; i < digits; i++)
        {
            text[i] = (char)('0' + random.Next(0, 10));
        }

        if (random.Next(0, 8) == 0)
        {
            // Edge digits: all nines, or a tie at the end.
            Array.Fill(text, random.Next(0, 2) == 0 ? '9' : '0');
            text[^1] = random.Next(0, 2) == 0 ? '9' : '5';
        }

        var unscaled = BigInteger.Parse(new string(text), CultureInfo.InvariantCulture);
        if (random.Next(0, 2) == 0)
        {
            unscaled = -unscaled;
        }

        int scale = random.Next(0, SqlDecimal.MaxPrecision + 1);
        return (new SqlDecimal((Int128)unscaled, scale), unscaled, scale);
    }

    /// <summary>unscaled * 10^-valueScale rounded half away from zero to the scale; null when it overflows DECIMAL(p, s).</summary>
    private static string? Reference(BigInteger unscaled, int valueScale, int precision, int scale)
    {
        BigInteger v;
        if (valueScale >= scale)
        {
            var divisor = BigInteger.Pow(10, valueScale - scale);
            v = BigInteger.DivRem(unscaled, divisor, out var rem);
            if (BigInteger.Abs(rem) * 2 >= divisor)
            {
                v += unscaled.Sign;
            }
        }
        else
        {
            v = unscaled * BigInteger.Pow(10, scale - valueScale);
        }

        return BigInteger.Abs(v) >= BigInteger.Pow(10, precision) ? null : Text(v, scale);
    }

    private static string? ReferenceDivide(BigInteger x, int xs, BigInteger y, int ys, int precision, int scale)
    {
        // x / y = (x * 10^(ys + 80)) / (y * 10^xs) * 10^-80, exact to 80 digits; then rounded at the scale.
        var n = x * BigInteger.Pow(10, ys + 80);
        var d = y * BigInteger.Pow(10, xs);
        var q = BigInteger.DivRem(n, d, out var rem);
        // A non-zero remainder beyond 80 digits cannot change a rounding at scale <= 38 unless the digits in between
        // are an exact tie, which a remainder makes "above the tie": add a sticky unit beyond the tie position.
        q = q * 10 + (rem.IsZero ? 0 : (n.Sign * d.Sign));
        return Reference(q, 81, precision, scale);
    }

    private static string Text(BigInteger unscaled, int scale)
    {
        string digits = BigInteger.Abs(unscaled).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        string text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..];
        return unscaled.Sign < 0 ? "-" + text : text;
    }

    private static void Check(string? expected, Func<SqlDecimal> actual, string context)
    {
        if (expected is null)
        {
            Assert.Throws<SqlRuntimeException>(() => actual());
            return;
        }

        string got;
        try
        {
            got = actual().ToString();
        }
        catch (SqlRuntimeException e)
        {
            throw new Xunit.Sdk.XunitException($"{context}: expected {expected}, got {e.Message}");
        }

        Assert.True(expected == got, $"{context}: expected {expected}, got {got}");
    }

    [Fact]
    public void The128BitPathRoundsAndChecksLikeTheExactPath()
    {
        // Small operands take the Int128 path; each case is also checked against the 256-bit path's answer.
        Same("0.63", SqlDecimal.Multiply(D("1.25"), D("0.5"), 10, 2));
        Same("-0.63", SqlDecimal.Multiply(D("-1.25"), D("0.5"), 10, 2));
        Same("0.62", SqlDecimal.Multiply(D("1.249"), D("0.5"), 10, 2));
        Same("3.750", SqlDecimal.Add(D("1.25"), D("2.5"), 10, 3));
        Same("-1.25", SqlDecimal.Subtract(D("1.25"), D("2.5"), 10, 2));
        Same("1.3", SqlDecimal.Add(D("1.25"), D("0.001"), 10, 1)); // needs rounding: the exact path
        Throws("decimal overflow: 99.99 + 0.01 (DECIMAL(4, 2))", () => SqlDecimal.Add(D("99.99"), D("0.01"), 4, 2));
        Throws("decimal overflow: 99.99 * 1.01 (DECIMAL(4, 2))", () => SqlDecimal.Multiply(D("99.99"), D("1.01"), 4, 2));
        Same("100.00", SqlDecimal.Rescale(D("99.995"), 5, 2));
        Throws("value 99.995 out of range for DECIMAL(4, 2)", () => SqlDecimal.Rescale(D("99.995"), 4, 2));
        Assert.True(D("1.5") < D("1.51"));
        Assert.True(D("-1.5") > D("-1.51"));
        Assert.Equal(0, D("2.50").CompareTo(D("2.5")));
        Assert.True(D("0." + Max38) < D("1.0")); // too wide for 128 bits once aligned
        Assert.Equal(D("1.500").GetHashCode(), D("1.5").GetHashCode());
        Assert.Equal(D("12345678901234567890123.000").GetHashCode(), D("12345678901234567890123").GetHashCode());
    }

    [Fact]
    public void AValueTakes24Bytes()
    {
        // Rows hold DECIMAL columns inline: an Int128 field (16-byte aligned) would make each 32 bytes.
        Assert.Equal(24, System.Runtime.CompilerServices.Unsafe.SizeOf<SqlDecimal>());
        Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<SqlDecimal?>());
    }

    [Fact]
    public void ParsesUtf8ConnectorText()
    {
        Assert.True(SqlDecimal.TryParse(" 1.005 "u8, 10, 2, out var value, out _));
        Same("1.01", value);
        Assert.False(SqlDecimal.TryParse("1.0x"u8, 10, 2, out _, out bool outOfRange));
        Assert.False(outOfRange);
        Assert.False(SqlDecimal.TryParse("1000"u8, 5, 2, out _, out outOfRange));
        Assert.True(outOfRange);
        Assert.False(SqlDecimal.TryParse("1\u00e9"u8, 5, 2, out _, out _));
    }
}
