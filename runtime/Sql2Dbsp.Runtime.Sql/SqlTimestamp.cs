using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL <c>TIMESTAMP</c> (without time zone): microseconds since 1970-01-01 00:00:00 on the proleptic Gregorian
/// calendar. Text form <c>YYYY-MM-DD HH:MM:SS</c>, plus the fraction of a second only when it is not zero.
/// </summary>
public readonly struct SqlTimestamp : IEquatable<SqlTimestamp>, IComparable<SqlTimestamp>, IComparable, Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlTimestamp>
{
    /// <summary>Creates a timestamp.</summary>
    /// <param name="microseconds">Microseconds since 1970-01-01 00:00:00 (negative before).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SqlTimestamp(long microseconds) => Microseconds = microseconds;

    /// <summary>Microseconds since 1970-01-01 00:00:00 (negative before).</summary>
    public long Microseconds { get; }

    /// <summary>The date part (floor of the timestamp to the day).</summary>
    public SqlDate Date => new((int)CivilCalendar.FloorDiv(Microseconds, CivilCalendar.MicrosPerDay));

    /// <summary>The time-of-day part.</summary>
    public SqlTime TimeOfDay => new(CivilCalendar.FloorMod(Microseconds, CivilCalendar.MicrosPerDay) * CivilCalendar.NanosPerMicro);

    /// <summary>Creates a timestamp from its fields.</summary>
    /// <param name="year">Year (astronomical: 0 is 1 BC).</param>
    /// <param name="month">1..12.</param>
    /// <param name="day">Day of the month.</param>
    /// <param name="hour">0..23.</param>
    /// <param name="minute">0..59.</param>
    /// <param name="second">0..59.</param>
    /// <param name="microsecond">0..999 999.</param>
    /// <exception cref="SqlRuntimeException">A field is out of range.</exception>
    public static SqlTimestamp FromParts(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int microsecond = 0)
    {
        SqlDate date = SqlDate.FromParts(year, month, day);
        SqlTime time = SqlTime.FromParts(hour, minute, second, microsecond * CivilCalendar.NanosPerMicro);
        return new SqlTimestamp(date.Days * CivilCalendar.MicrosPerDay + time.Nanoseconds / CivilCalendar.NanosPerMicro);
    }

    /// <summary>Converts a <see cref="DateTime"/>'s wall-clock value (its <see cref="DateTime.Kind"/> is ignored);
    /// the 100 ns tick below a microsecond is truncated.</summary>
    /// <param name="value">The date and time.</param>
    public static SqlTimestamp FromDateTime(DateTime value) => new(CivilCalendar.FloorDiv(value.Ticks - UnixEpochTicks, 10));

    /// <summary>Converts to a <see cref="DateTime"/> of kind <see cref="DateTimeKind.Unspecified"/>.</summary>
    /// <exception cref="SqlRuntimeException">The timestamp is outside the years 1..9999.</exception>
    public DateTime ToDateTime()
    {
        const long maxMicros = (3155378975999999999L - UnixEpochTicks) / 10; // DateTime.MaxValue.Ticks
        const long minMicros = -UnixEpochTicks / 10;
        if (Microseconds < minMicros || Microseconds > maxMicros)
        {
            SqlErrors.OutOfRange(ToString(), "System.DateTime");
        }

        return new DateTime(Microseconds * 10 + UnixEpochTicks, DateTimeKind.Unspecified);
    }

    internal const long UnixEpochTicks = 621355968000000000L;

    /// <summary>Parses TIMESTAMP text <c>YYYY-MM-DD[( |T)HH:MM[:SS[.fffffffff]]]</c> with optional blanks, an ignored time
    /// zone suffix and an optional <c>BC</c>/<c>AD</c>; a date alone means midnight; fractions are rounded to
    /// microseconds.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="SqlRuntimeException">The text is not a valid timestamp.</exception>
    public static SqlTimestamp Parse(string text) =>
        TryParse(text, out SqlTimestamp value) ? value : SqlErrors.CannotCast<SqlTimestamp>(text, "TIMESTAMP");

    /// <summary>Parses TIMESTAMP text (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The timestamp when successful.</param>
    /// <returns>Whether the text is a valid timestamp.</returns>
    public static bool TryParse(string? text, out SqlTimestamp value)
    {
        if (text is not null && DateTimeText.TryParseTimestamp(text, out long micros))
        {
            value = new SqlTimestamp(micros);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The SQL text, <c>YYYY-MM-DD HH:MM:SS</c> plus a fraction when not zero.</summary>
    public override string ToString() => DateTimeText.FormatTimestamp(Microseconds);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(SqlTimestamp other) => Microseconds == other.Microseconds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlTimestamp other && Microseconds == other.Microseconds;

    /// <inheritdoc/>
    public override int GetHashCode() => Microseconds.GetHashCode();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(SqlTimestamp other) => Microseconds.CompareTo(other.Microseconds);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SqlTimestamp other => CompareTo(other),
        _ => throw new ArgumentException("object is not a SqlTimestamp", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(SqlTimestamp left, SqlTimestamp right) => left.Microseconds == right.Microseconds;

    /// <summary>Inequality.</summary>
    public static bool operator !=(SqlTimestamp left, SqlTimestamp right) => left.Microseconds != right.Microseconds;

    /// <summary>Earlier than.</summary>
    public static bool operator <(SqlTimestamp left, SqlTimestamp right) => left.Microseconds < right.Microseconds;

    /// <summary>Later than.</summary>
    public static bool operator >(SqlTimestamp left, SqlTimestamp right) => left.Microseconds > right.Microseconds;

    /// <summary>Earlier than or equal.</summary>
    public static bool operator <=(SqlTimestamp left, SqlTimestamp right) => left.Microseconds <= right.Microseconds;

    /// <summary>Later than or equal.</summary>
    public static bool operator >=(SqlTimestamp left, SqlTimestamp right) => left.Microseconds >= right.Microseconds;

    /// <summary>Writes the value to a checkpoint.</summary>
    public static void Write(ref Sql2Dbsp.Runtime.Storage.StateWriter writer, in SqlTimestamp value) => writer.WriteInt64(value.Microseconds);

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    public static SqlTimestamp Read(ref Sql2Dbsp.Runtime.Storage.StateReader reader) => new(reader.ReadInt64());
}
