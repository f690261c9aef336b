using static Sql2Dbsp.Runtime.Sql.Tests.TestUtil;

namespace Sql2Dbsp.Runtime.Sql.Tests;

public class SqlDateTimeTests
{
    [Theory]
    [InlineData("1970-01-01", 0, "1970-01-01")]
    [InlineData("1969-12-31", -1, "1969-12-31")]
    [InlineData("2024-01-31", 19753, "2024-01-31")]
    [InlineData(" 2000-02-29 ", 11016, "2000-02-29")]
    [InlineData("2024-1-5", 19727, "2024-01-05")]
    [InlineData("0001-01-01", -719162, "0001-01-01")]
    [InlineData("0001-12-31 BC", -719163, "0001-12-31 BC")]
    [InlineData("0044-03-15 BC", -735160, "0044-03-15 BC")]
    [InlineData("12345-06-07", 3789548, "12345-06-07")]
    [InlineData("2024-01-31 12:34:56", 19753, "2024-01-31")]
    public void DateParseAndPrint(string text, int days, string printed)
    {
        SqlDate d = SqlDate.Parse(text);
        Assert.Equal(days, d.Days);
        Assert.Equal(printed, d.ToString());
        Assert.Equal(d, SqlDate.Parse(printed));
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("1900-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2024/01/01")]
    [InlineData("20240101")]
    [InlineData("2024-01-01x")]
    [InlineData("")]
    public void DateRejectsInvalidText(string text)
    {
        Throws($"cannot cast '{text}' to DATE", () => SqlDate.Parse(text));
        Assert.False(SqlDate.TryParse(text, out _));
    }

    [Fact]
    public void DateConversions()
    {
        SqlDate d = SqlDate.FromParts(2024, 2, 29);
        Assert.Equal(new DateOnly(2024, 2, 29), d.ToDateOnly());
        Assert.Equal(d, SqlDate.FromDateOnly(new DateOnly(2024, 2, 29)));
        Assert.Equal((2024, 2, 29), (d.Year, d.Month, d.Day));
        ThrowsStartingWith("invalid date", () => SqlDate.FromParts(2023, 2, 29));
        ThrowsStartingWith("value 12345-06-07 out of range for System.DateOnly", () => Date("12345-06-07").ToDateOnly());
    }

    [Theory]
    [InlineData("12:30:00", "12:30:00")]
    [InlineData("12:30", "12:30:00")]
    [InlineData("1:02", "01:02:00")]
    [InlineData("00:00:00", "00:00:00")]
    [InlineData("12:30:00.5", "12:30:00.5")]
    [InlineData("12:30:00.500", "12:30:00.5")]
    [InlineData("23:59:59.123456789", "23:59:59.123456789")]
    [InlineData("23:59:59.1234567891", "23:59:59.123456789")]
    [InlineData(" 08:00:00+02 ", "08:00:00")]
    [InlineData("2024-01-31 08:15:00", "08:15:00")]
    public void TimeParseAndPrint(string text, string printed)
    {
        SqlTime t = SqlTime.Parse(text);
        Assert.Equal(printed, t.ToString());
        Assert.Equal(t, SqlTime.Parse(printed));
    }

    [Theory]
    [InlineData("24:00:00")]
    [InlineData("12:60")]
    [InlineData("12:30:61")]
    [InlineData("12")]
    [InlineData("noon")]
    public void TimeRejectsInvalidText(string text) => Throws($"cannot cast '{text}' to TIME", () => SqlTime.Parse(text));

    [Fact]
    public void TimeConversions()
    {
        SqlTime t = SqlTime.FromParts(13, 14, 15, 123_456_700);
        Assert.Equal((13, 14, 15), (t.Hour, t.Minute, t.Second));
        Assert.Equal(new TimeOnly(13, 14, 15, 123, 456).Add(TimeSpan.FromTicks(7)), t.ToTimeOnly());
        Assert.Equal(t, SqlTime.FromTimeOnly(t.ToTimeOnly()));
        ThrowsStartingWith("value 86400000000000 out of range for TIME", () => _ = new SqlTime(CivilCalendar.NanosPerDay));
        ThrowsStartingWith("value -1 out of range for TIME", () => _ = new SqlTime(-1));
    }

    [Theory]
    [InlineData("2024-01-31 12:30:00", "2024-01-31 12:30:00")]
    [InlineData("2024-01-31T12:30:00.25", "2024-01-31 12:30:00.25")]
    [InlineData("2024-01-31", "2024-01-31 00:00:00")]
    [InlineData("2024-01-31 12:30", "2024-01-31 12:30:00")]
    [InlineData("1969-12-31 23:59:59.5", "1969-12-31 23:59:59.5")]
    [InlineData("2024-01-31 12:30:00.0000004", "2024-01-31 12:30:00")]
    [InlineData("2024-01-31 12:30:00.0000005", "2024-01-31 12:30:00.000001")]
    [InlineData("2024-01-31 23:59:59.9999999", "2024-02-01 00:00:00")]
    [InlineData("2024-01-31 12:30:00Z", "2024-01-31 12:30:00")]
    [InlineData("2024-01-31 12:30:00-08:00", "2024-01-31 12:30:00")]
    [InlineData("0001-01-01 00:00:00 BC", "0001-01-01 00:00:00 BC")]
    public void TimestampParseAndPrint(string text, string printed)
    {
        SqlTimestamp ts = SqlTimestamp.Parse(text);
        Assert.Equal(printed, ts.ToString());
        Assert.Equal(ts, SqlTimestamp.Parse(printed));
    }

    [Fact]
    public void TimestampParts()
    {
        Assert.Equal(-500_000, Ts("1969-12-31 23:59:59.5").Microseconds);
        Assert.Equal(Date("1969-12-31"), Ts("1969-12-31 23:59:59.5").Date);
        Assert.Equal(Time("23:59:59.5"), Ts("1969-12-31 23:59:59.5").TimeOfDay);
        Assert.Equal(Ts("2024-01-31 12:30:45.123456"), SqlTimestamp.FromParts(2024, 1, 31, 12, 30, 45, 123456));
        var dt = new DateTime(2024, 1, 31, 12, 30, 45, DateTimeKind.Utc).AddTicks(1234567);
        SqlTimestamp fromDt = SqlTimestamp.FromDateTime(dt);
        Assert.Equal("2024-01-31 12:30:45.123456", fromDt.ToString());
        Assert.Equal(DateTimeKind.Unspecified, fromDt.ToDateTime().Kind);
        Assert.Equal(dt.AddTicks(-7), fromDt.ToDateTime());
        Assert.Equal(Ts("1969-12-31 23:59:59.999999"), SqlTimestamp.FromDateTime(new DateTime(1970, 1, 1).AddTicks(-1)));
        Throws("cannot cast '2024-01-31 25:00' to TIMESTAMP", () => SqlTimestamp.Parse("2024-01-31 25:00"));
    }

    [Theory]
    [InlineData(0, "00:00:00")]
    [InlineData(1, "1 mon")]
    [InlineData(3, "3 mons")]
    [InlineData(12, "1 year")]
    [InlineData(14, "1 year 2 mons")]
    [InlineData(25, "2 years 1 mon")]
    [InlineData(-1, "-1 mons")]
    [InlineData(-14, "-1 years -2 mons")]
    public void MonthIntervalPrint(int months, string printed)
    {
        Assert.Equal(printed, Ym(months).ToString());
        Assert.Equal(Ym(months), SqlMonthInterval.Parse(printed));
    }

    [Theory]
    [InlineData("1-2", 14)]
    [InlineData("-1-2", -14)]
    [InlineData("P1Y2M", 14)]
    [InlineData("2 years ago", -24)]
    [InlineData("5", 5)]
    [InlineData("1 year 14 months", 26)]
    [InlineData("1.5 years", 18)]
    [InlineData("2 decades", 240)]
    [InlineData("@ 3 mon", 3)]
    public void MonthIntervalParse(string text, int months) => Assert.Equal(months, SqlMonthInterval.Parse(text).Months);

    [Theory]
    [InlineData("1 day")]
    [InlineData("1.5 months")]
    [InlineData("01:00")]
    [InlineData("year")]
    [InlineData("")]
    public void MonthIntervalRejects(string text) =>
        Throws($"cannot cast '{text}' to INTERVAL YEAR TO MONTH", () => SqlMonthInterval.Parse(text));

    [Theory]
    [InlineData(0L, "00:00:00")]
    [InlineData(1_000_000L, "00:00:01")]
    [InlineData(-1_000_000L, "-00:00:01")]
    [InlineData(86_400_000_000L, "1 day")]
    [InlineData(172_800_000_000L, "2 days")]
    [InlineData(-86_400_000_000L, "-1 days")]
    [InlineData(93_784_500_000L, "1 day 02:03:04.5")]
    [InlineData(-86_401_000_000L, "-1 days -00:00:01")]
    [InlineData(129_600_000_000L, "1 day 12:00:00")]
    [InlineData(1L, "00:00:00.000001")]
    [InlineData(long.MinValue, "-106751991 days -04:00:54.775808")]
    public void DayTimeIntervalPrint(long micros, string printed)
    {
        Assert.Equal(printed, new SqlDayTimeInterval(micros).ToString());
        Assert.Equal(micros, SqlDayTimeInterval.Parse(printed).Microseconds);
    }

    [Theory]
    [InlineData("90 minutes", 5_400_000_000L)]
    [InlineData("1.5 days", 129_600_000_000L)]
    [InlineData("-02:30", -9_000_000_000L)]
    [InlineData("3 4:05:06", 273_906_000_000L)]
    [InlineData("P1DT2H", 93_600_000_000L)]
    [InlineData("PT0.5S", 500_000L)]
    [InlineData("-P1D", -86_400_000_000L)]
    [InlineData("10", 10_000_000L)]
    [InlineData("1.5", 1_500_000L)]
    [InlineData("@ 1 hour", 3_600_000_000L)]
    [InlineData("1 week 2 days", 777_600_000_000L)]
    [InlineData("2 hours 30 mins ago", -9_000_000_000L)]
    [InlineData("1h", 3_600_000_000L)]
    [InlineData("5days", 432_000_000_000L)]
    [InlineData("250 ms", 250_000L)]
    [InlineData("36:00:00", 129_600_000_000L)]
    [InlineData("1 day -01:00:00", 82_800_000_000L)]
    public void DayTimeIntervalParse(string text, long micros) => Assert.Equal(micros, SqlDayTimeInterval.Parse(text).Microseconds);

    [Theory]
    [InlineData("1 month")]
    [InlineData("1 year 1 day")]
    [InlineData("1 fortnight")]
    [InlineData("1:60")]
    [InlineData("ago")]
    [InlineData("P1X")]
    public void DayTimeIntervalRejects(string text) =>
        Throws($"cannot cast '{text}' to INTERVAL DAY TO SECOND", () => SqlDayTimeInterval.Parse(text));

    [Fact]
    public void IntervalConversions()
    {
        Assert.Equal(TimeSpan.FromMinutes(90), Dt("90 minutes").ToTimeSpan());
        Assert.Equal(Dt("90 minutes"), SqlDayTimeInterval.FromTimeSpan(TimeSpan.FromMinutes(90)));
    }

    [Fact]
    public void ExtractFromDate()
    {
        SqlDate d = Date("2024-01-31"); // a Wednesday
        Assert.Equal(2024, SqlDateTime.ExtractYear(d));
        Assert.Equal(1, SqlDateTime.ExtractMonth(d));
        Assert.Equal(31, SqlDateTime.ExtractDay(d));
        Assert.Equal(1, SqlDateTime.ExtractQuarter(d));
        Assert.Equal(3, SqlDateTime.ExtractDayOfWeek(d));
        Assert.Equal(3, SqlDateTime.ExtractIsoDayOfWeek(d));
        Assert.Equal(31, SqlDateTime.ExtractDayOfYear(d));
        Assert.Equal(5, SqlDateTime.ExtractWeek(d));
        Assert.Equal(0, SqlDateTime.ExtractHour(d));
        Assert.Equal(0, SqlDateTime.ExtractMinute(d));
        Assert.Equal("0.000000", SqlDateTime.ExtractSecond(d).ToString());
        Assert.Equal(0, SqlDateTime.ExtractDayOfWeek(Date("2024-02-04"))); // Sunday
        Assert.Equal(7, SqlDateTime.ExtractIsoDayOfWeek(Date("2024-02-04")));
        Assert.Equal(366, SqlDateTime.ExtractDayOfYear(Date("2024-12-31")));
        Assert.Equal(4, SqlDateTime.ExtractQuarter(Date("2024-10-01")));
        Assert.Equal(1704067200m, SqlDateTime.ExtractEpoch(Date("2024-01-01")));
        Assert.Equal(-86400m, SqlDateTime.ExtractEpoch(Date("1969-12-31")));
    }

    [Theory]
    [InlineData("2021-01-01", 53, 2020)] // Friday: last ISO week of 2020
    [InlineData("2021-01-04", 1, 2021)]
    [InlineData("2024-12-30", 1, 2025)] // Monday: first ISO week of 2025
    [InlineData("2020-12-31", 53, 2020)]
    [InlineData("2023-01-01", 52, 2022)]
    [InlineData("2026-06-15", 25, 2026)]
    public void IsoWeek(string date, long week, long isoYear)
    {
        Assert.Equal(week, SqlDateTime.ExtractWeek(Date(date)));
        Assert.Equal(isoYear, SqlDateTime.ExtractIsoYear(Date(date)));
    }

    [Theory]
    [InlineData("2000-06-01", 200, 20, 2)]
    [InlineData("2001-01-01", 200, 21, 3)]
    [InlineData("2024-01-01", 202, 21, 3)]
    [InlineData("1900-12-31", 190, 19, 2)]
    [InlineData("0001-01-01 BC", 0, -1, -1)] // decade 0 starts with 1 BC (PostgreSQL)
    [InlineData("0100-01-01 BC", -10, -1, -1)]
    [InlineData("0101-01-01 BC", -10, -2, -1)]
    [InlineData("0012-01-01 BC", -2, -1, -1)]
    public void DecadeCenturyMillennium(string date, long decade, long century, long millennium)
    {
        Assert.Equal(decade, SqlDateTime.ExtractDecade(Date(date)));
        Assert.Equal(century, SqlDateTime.ExtractCentury(Date(date)));
        Assert.Equal(millennium, SqlDateTime.ExtractMillennium(Date(date)));
    }

    [Fact]
    public void YearOfBcDates()
    {
        Assert.Equal(-1, SqlDateTime.ExtractYear(Date("0001-06-01 BC")));
        Assert.Equal(-44, SqlDateTime.ExtractYear(Date("0044-03-15 BC")));
    }

    [Fact]
    public void ExtractFromTimestampAndTime()
    {
        SqlTimestamp ts = Ts("2024-03-15 10:20:30.123456");
        Assert.Equal(2024, SqlDateTime.ExtractYear(ts));
        Assert.Equal(3, SqlDateTime.ExtractMonth(ts));
        Assert.Equal(15, SqlDateTime.ExtractDay(ts));
        Assert.Equal(10, SqlDateTime.ExtractHour(ts));
        Assert.Equal(20, SqlDateTime.ExtractMinute(ts));
        Assert.Equal("30.123456", SqlDateTime.ExtractSecond(ts).ToString());
        Assert.Equal(30123, SqlDateTime.ExtractMillisecond(ts));
        Assert.Equal(30123456, SqlDateTime.ExtractMicrosecond(ts));
        Assert.Equal(5, SqlDateTime.ExtractDayOfWeek(ts));
        Assert.Equal("86400.000000", SqlDateTime.ExtractEpoch(Ts("1970-01-02")).ToString());
        Assert.Equal("-0.500000", SqlDateTime.ExtractEpoch(Ts("1969-12-31 23:59:59.5")).ToString());
        Assert.Equal(23, SqlDateTime.ExtractHour(Ts("1969-12-31 23:59:59.5")));
        Assert.Equal("59.500000", SqlDateTime.ExtractSecond(Ts("1969-12-31 23:59:59.5")).ToString());

        SqlTime t = Time("13:14:15.5");
        Assert.Equal(13, SqlDateTime.ExtractHour(t));
        Assert.Equal(14, SqlDateTime.ExtractMinute(t));
        Assert.Equal(15.5m, SqlDateTime.ExtractSecond(t));
        Assert.Equal(15500, SqlDateTime.ExtractMillisecond(t));
        Assert.Equal(47655.5m, SqlDateTime.ExtractEpoch(t));
        Assert.Equal(Date("2024-02-29"), SqlDateTime.LastDay(Ts("2024-02-10 10:00")));
    }

    [Fact]
    public void ExtractFromIntervals()
    {
        Assert.Equal(1, SqlDateTime.ExtractYear(Ym(14)));
        Assert.Equal(2, SqlDateTime.ExtractMonth(Ym(14)));
        Assert.Equal(-1, SqlDateTime.ExtractYear(Ym(-14)));
        Assert.Equal(-2, SqlDateTime.ExtractMonth(Ym(-14)));
        Assert.Equal(1, SqlDateTime.ExtractQuarter(Ym(14)));
        Assert.Equal(36_741_600m, SqlDateTime.ExtractEpoch(Ym(14))); // 365.25 days + 2 × 30 days
        SqlDayTimeInterval iv = Dt("-1 day -02:03:04.5");
        Assert.Equal(-1, SqlDateTime.ExtractDay(iv));
        Assert.Equal(-2, SqlDateTime.ExtractHour(iv));
        Assert.Equal(-3, SqlDateTime.ExtractMinute(iv));
        Assert.Equal("-4.500000", SqlDateTime.ExtractSecond(iv).ToString());
        Assert.Equal(-93_784.5m, SqlDateTime.ExtractEpoch(iv));
        Assert.Equal(1, SqlDateTime.ExtractDay(Dt("36 hours")));
        Assert.Equal(12, SqlDateTime.ExtractHour(Dt("36 hours")));
    }

    [Fact]
    public void NullableExtract()
    {
        Assert.Null(SqlDateTime.ExtractYear((SqlDate?)null));
        Assert.Equal(2024L, SqlDateTime.ExtractYear((SqlTimestamp?)Ts("2024-01-01")));
        Assert.Null(SqlDateTime.ExtractSecond((SqlTime?)null));
    }
}
