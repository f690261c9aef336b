namespace Sql2Dbsp.Runtime.Sql.Tests;

internal static class TestUtil
{
    /// <summary>Asserts that the action throws <see cref="SqlRuntimeException"/> with exactly this message.</summary>
    public static void Throws(string message, Action action)
    {
        var e = Assert.Throws<SqlRuntimeException>(action);
        Assert.Equal(message, e.Message);
    }

    /// <summary>Asserts that the action throws <see cref="SqlRuntimeException"/> whose message starts with the prefix.</summary>
    public static void ThrowsStartingWith(string prefix, Action action)
    {
        var e = Assert.Throws<SqlRuntimeException>(action);
        Assert.StartsWith(prefix, e.Message, StringComparison.Ordinal);
    }

    public static SqlDecimal D(string s) => SqlDecimal.Parse(s);

    public static SqlDate Date(string s) => SqlDate.Parse(s);

    public static SqlTimestamp Ts(string s) => SqlTimestamp.Parse(s);

    public static SqlTime Time(string s) => SqlTime.Parse(s);

    public static SqlDayTimeInterval Dt(string s) => SqlDayTimeInterval.Parse(s);

    public static SqlMonthInterval Ym(int months) => new(months);
}
