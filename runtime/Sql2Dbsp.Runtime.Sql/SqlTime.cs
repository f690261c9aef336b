using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL <c>TIME</c> (without time zone): a time of day stored as nanoseconds since midnight, in [0, 24h).
/// Text form <c>HH:MM:SS</c>, followed by the fraction of a second only when it is not zero (<c>12:30:00.25</c>).
/// </summary>
public readonly struct SqlTime : IEquatable<SqlTime>, IComparable<SqlTime>, IComparable, Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlTime>
{
    /// <summary>Creates a time of day.</summary>
    /// <param name="nanoseconds">Nanoseconds since midnight, 0 ≤ value &lt; 86 400 000 000 000.</param>
    /// <exception cref="SqlRuntimeException">The value is outside one day.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SqlTime(long nanoseconds)
    {
        if ((ulong)nanoseconds >= (ulong)CivilCalendar.NanosPerDay)
        {
            SqlErrors.OutOfRange(nanoseconds, "TIME (nanoseconds since midnight)");
        }

        Nanoseconds = nanoseconds;
    }

    /// <summary>Nanoseconds since midnight.</summary>
    public long Nanoseconds { get; }

    /// <summary>The hour, 0..23.</summary>
    public int Hour => (int)(Nanoseconds / CivilCalendar.NanosPerHour);

    /// <summary>The minute, 0..59.</summary>
    public int Minute => (int)(Nanoseconds / CivilCalendar.NanosPerMinute % 60);

    /// <summary>The whole second, 0..59.</summary>
    public int Second => (int)(Nanoseconds / CivilCalendar.NanosPerSecond % 60);

    /// <summary>Creates a time from its fields.</summary>
    /// <param name="hour">0..23.</param>
    /// <param name="minute">0..59.</param>
    /// <param name="second">0..59.</param>
    /// <param name="nanosecond">Fraction of the second in nanoseconds, 0..999 999 999.</param>
    /// <exception cref="SqlRuntimeException">A field is out of range.</exception>
    public static SqlTime FromParts(int hour, int minute, int second, long nanosecond = 0)
    {
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || nanosecond is < 0 or >= CivilCalendar.NanosPerSecond)
        {
            SqlErrors.InvalidArgument($"invalid time: {hour}:{minute}:{second}.{nanosecond}");
        }

        return new SqlTime(hour * CivilCalendar.NanosPerHour + minute * CivilCalendar.NanosPerMinute + second * CivilCalendar.NanosPerSecond + nanosecond);
    }

    /// <summary>Converts a <see cref="TimeOnly"/> (100 ns ticks).</summary>
    /// <param name="time">The time of day.</param>
    public static SqlTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Converts to a <see cref="TimeOnly"/>; sub-tick nanoseconds (below 100 ns) are truncated.</summary>
    public TimeOnly ToTimeOnly() => new(Nanoseconds / 100);

    /// <summary>Parses TIME text <c>H:MM[:SS[.fffffffff]]</c> with optional blanks; a leading date and a trailing
    /// time zone are accepted and ignored (PostgreSQL).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="SqlRuntimeException">The text is not a valid time.</exception>
    public static SqlTime Parse(string text) =>
        TryParse(text, out SqlTime value) ? value : SqlErrors.CannotCast<SqlTime>(text, "TIME");

    /// <summary>Parses TIME text (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The time when successful.</param>
    /// <returns>Whether the text is a valid time.</returns>
    public static bool TryParse(string? text, out SqlTime value)
    {
        if (text is not null && DateTimeText.TryParseTime(text, out long nanos))
        {
            value = new SqlTime(nanos);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The SQL text, <c>HH:MM:SS</c> plus a fraction when not zero.</summary>
    public override string ToString() => DateTimeText.FormatTime(Nanoseconds);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(SqlTime other) => Nanoseconds == other.Nanoseconds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlTime other && Nanoseconds == other.Nanoseconds;

    /// <inheritdoc/>
    public override int GetHashCode() => Nanoseconds.GetHashCode();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(SqlTime other) => Nanoseconds.CompareTo(other.Nanoseconds);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SqlTime other => CompareTo(other),
        _ => throw new ArgumentException("object is not a SqlTime", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(SqlTime left, SqlTime right) => left.Nanoseconds == right.Nanoseconds;

    /// <summary>Inequality.</summary>
    public static bool operator !=(SqlTime left, SqlTime right) => left.Nanoseconds != right.Nanoseconds;

    /// <summary>Earlier than.</summary>
    public static bool operator <(SqlTime left, SqlTime right) => left.Nanoseconds < right.Nanoseconds;

    /// <summary>Later than.</summary>
    public static bool operator >(SqlTime left, SqlTime right) => left.Nanoseconds > right.Nanoseconds;

    /// <summary>Earlier than or equal.</summary>
    public static bool operator <=(SqlTime left, SqlTime right) => left.Nanoseconds <= right.Nanoseconds;

    /// <summary>Later than or equal.</summary>
    public static bool operator >=(SqlTime left, SqlTime right) => left.Nanoseconds >= right.Nanoseconds;

    /// <summary>Writes the value to a checkpoint.</summary>
    public static void Write(ref Sql2Dbsp.Runtime.Storage.StateWriter writer, in SqlTime value) => writer.WriteInt64(value.Nanoseconds);

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    public static SqlTime Read(ref Sql2Dbsp.Runtime.Storage.StateReader reader) => new(reader.ReadInt64());
}
