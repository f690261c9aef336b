using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL <c>DATE</c>: a day of the proleptic Gregorian calendar, stored as the number of days since 1970-01-01.
/// Text form <c>YYYY-MM-DD</c> (years before 1 AD print as <c>0044-03-15 BC</c>, as in PostgreSQL).
/// </summary>
public readonly struct SqlDate : IEquatable<SqlDate>, IComparable<SqlDate>, IComparable, Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlDate>
{
    /// <summary>Creates a date from its day number.</summary>
    /// <param name="days">Days since 1970-01-01 (negative before).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SqlDate(int days) => Days = days;

    /// <summary>Days since 1970-01-01 (negative before).</summary>
    public int Days { get; }

    /// <summary>The year (astronomical numbering: 0 is 1 BC).</summary>
    public int Year
    {
        get
        {
            CivilCalendar.CivilFromDays(Days, out long y, out _, out _);
            return (int)y;
        }
    }

    /// <summary>The month, 1..12.</summary>
    public int Month
    {
        get
        {
            CivilCalendar.CivilFromDays(Days, out _, out int m, out _);
            return m;
        }
    }

    /// <summary>The day of the month, 1..31.</summary>
    public int Day
    {
        get
        {
            CivilCalendar.CivilFromDays(Days, out _, out _, out int d);
            return d;
        }
    }

    /// <summary>Creates a date from its calendar fields.</summary>
    /// <param name="year">Year (astronomical: 0 is 1 BC).</param>
    /// <param name="month">Month, 1..12.</param>
    /// <param name="day">Day of the month.</param>
    /// <exception cref="SqlRuntimeException">The fields do not name a valid date.</exception>
    public static SqlDate FromParts(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > CivilCalendar.DaysInMonth(year, month))
        {
            SqlErrors.InvalidArgument($"invalid date: year {year}, month {month}, day {day}");
        }

        return new SqlDate((int)CivilCalendar.DaysFromCivil(year, month, day));
    }

    /// <summary>Converts a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The date.</param>
    public static SqlDate FromDateOnly(DateOnly date) => new(date.DayNumber - UnixEpochDayNumber);

    /// <summary>Converts to a <see cref="DateOnly"/>.</summary>
    /// <exception cref="SqlRuntimeException">The date is outside 0001-01-01 .. 9999-12-31.</exception>
    public DateOnly ToDateOnly()
    {
        long dayNumber = (long)Days + UnixEpochDayNumber;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber)
        {
            SqlErrors.OutOfRange(ToString(), "System.DateOnly");
        }

        return DateOnly.FromDayNumber((int)dayNumber);
    }

    internal static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Parses DATE text: <c>YYYY-MM-DD</c> with optional surrounding blanks, an optional <c>BC</c>/<c>AD</c>
    /// suffix, and an ignored time part (<c>2024-01-31 12:00</c>).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="SqlRuntimeException">The text is not a valid date.</exception>
    public static SqlDate Parse(string text) =>
        TryParse(text, out SqlDate value) ? value : SqlErrors.CannotCast<SqlDate>(text, "DATE");

    /// <summary>Parses DATE text (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The date when successful.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(string? text, out SqlDate value)
    {
        if (text is not null && DateTimeText.TryParseDate(text, out int days))
        {
            value = new SqlDate(days);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The SQL text, <c>YYYY-MM-DD</c>.</summary>
    public override string ToString() => DateTimeText.FormatDate(Days);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(SqlDate other) => Days == other.Days;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlDate other && Days == other.Days;

    /// <inheritdoc/>
    public override int GetHashCode() => Days;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(SqlDate other) => Days.CompareTo(other.Days);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SqlDate other => CompareTo(other),
        _ => throw new ArgumentException("object is not a SqlDate", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(SqlDate left, SqlDate right) => left.Days == right.Days;

    /// <summary>Inequality.</summary>
    public static bool operator !=(SqlDate left, SqlDate right) => left.Days != right.Days;

    /// <summary>Earlier than.</summary>
    public static bool operator <(SqlDate left, SqlDate right) => left.Days < right.Days;

    /// <summary>Later than.</summary>
    public static bool operator >(SqlDate left, SqlDate right) => left.Days > right.Days;

    /// <summary>Earlier than or equal.</summary>
    public static bool operator <=(SqlDate left, SqlDate right) => left.Days <= right.Days;

    /// <summary>Later than or equal.</summary>
    public static bool operator >=(SqlDate left, SqlDate right) => left.Days >= right.Days;

    /// <summary>Writes the value to a checkpoint.</summary>
    public static void Write(ref Sql2Dbsp.Runtime.Storage.StateWriter writer, in SqlDate value) => writer.WriteInt32(value.Days);

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    public static SqlDate Read(ref Sql2Dbsp.Runtime.Storage.StateReader reader) => new(reader.ReadInt32());
}
