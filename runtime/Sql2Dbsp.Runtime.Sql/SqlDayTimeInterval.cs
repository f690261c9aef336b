using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL <c>INTERVAL DAY</c> .. <c>SECOND</c>: a signed number of microseconds. A day is always 24 hours (no time
/// zones), so the value is normalized: 36 hours prints as <c>1 day 12:00:00</c>. Text form is PostgreSQL's
/// (<c>IntervalStyle = postgres</c>): <c>3 days 04:05:06.5</c>, <c>-1 days -00:00:01</c>, <c>00:00:00</c> for zero.
/// </summary>
public readonly struct SqlDayTimeInterval : IEquatable<SqlDayTimeInterval>, IComparable<SqlDayTimeInterval>, IComparable, Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlDayTimeInterval>
{
    /// <summary>Creates an interval.</summary>
    /// <param name="microseconds">The signed number of microseconds.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SqlDayTimeInterval(long microseconds) => Microseconds = microseconds;

    /// <summary>The signed number of microseconds.</summary>
    public long Microseconds { get; }

    /// <summary>Converts a <see cref="TimeSpan"/>; the 100 ns tick below a microsecond is truncated toward zero.</summary>
    /// <param name="value">The time span.</param>
    public static SqlDayTimeInterval FromTimeSpan(TimeSpan value) => new(value.Ticks / 10);

    /// <summary>Converts to a <see cref="TimeSpan"/>.</summary>
    /// <exception cref="SqlRuntimeException">The interval exceeds the range of <see cref="TimeSpan"/>.</exception>
    public TimeSpan ToTimeSpan()
    {
        if (Microseconds > TimeSpan.MaxValue.Ticks / 10 || Microseconds < TimeSpan.MinValue.Ticks / 10)
        {
            SqlErrors.OutOfRange(ToString(), "System.TimeSpan");
        }

        return new TimeSpan(Microseconds * 10);
    }

    /// <summary>Parses interval text: PostgreSQL output (<c>1 day 02:03:04.5</c>), unit words (<c>90 minutes</c>,
    /// <c>1.5 days</c>, <c>3 hours ago</c>), clock text (<c>-02:30</c>, <c>1:02:03</c>), SQL-standard <c>D H:M:S</c>,
    /// ISO 8601 (<c>P1DT2H</c>); a bare number is a number of seconds (PostgreSQL). Year/month units are rejected.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="SqlRuntimeException">The text is not a day-time interval.</exception>
    public static SqlDayTimeInterval Parse(string text) =>
        TryParse(text, out SqlDayTimeInterval value) ? value : SqlErrors.CannotCast<SqlDayTimeInterval>(text, "INTERVAL DAY TO SECOND");

    /// <summary>Parses interval text (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The interval when successful.</param>
    /// <returns>Whether the text is a valid day-time interval.</returns>
    public static bool TryParse(string? text, out SqlDayTimeInterval value)
    {
        if (text is not null && IntervalText.TryParse(text, bareIsMonths: false, out long months, out long micros) && months == 0)
        {
            value = new SqlDayTimeInterval(micros);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The PostgreSQL text, e.g. <c>1 day 02:03:04</c>.</summary>
    public override string ToString() => IntervalText.FormatMicros(Microseconds);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(SqlDayTimeInterval other) => Microseconds == other.Microseconds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlDayTimeInterval other && Microseconds == other.Microseconds;

    /// <inheritdoc/>
    public override int GetHashCode() => Microseconds.GetHashCode();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(SqlDayTimeInterval other) => Microseconds.CompareTo(other.Microseconds);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SqlDayTimeInterval other => CompareTo(other),
        _ => throw new ArgumentException("object is not a SqlDayTimeInterval", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(SqlDayTimeInterval left, SqlDayTimeInterval right) => left.Microseconds == right.Microseconds;

    /// <summary>Inequality.</summary>
    public static bool operator !=(SqlDayTimeInterval left, SqlDayTimeInterval right) => left.Microseconds != right.Microseconds;

    /// <summary>Shorter than.</summary>
    public static bool operator <(SqlDayTimeInterval left, SqlDayTimeInterval right) => left.Microseconds < right.Microseconds;

    /// <summary>Longer than.</summary>
    public static bool operator >(SqlDayTimeInterval left, SqlDayTimeInterval right) => left.Microseconds > right.Microseconds;

    /// <summary>Shorter than or equal.</summary>
    public static bool operator <=(SqlDayTimeInterval left, SqlDayTimeInterval right) => left.Microseconds <= right.Microseconds;

    /// <summary>Longer than or equal.</summary>
    public static bool operator >=(SqlDayTimeInterval left, SqlDayTimeInterval right) => left.Microseconds >= right.Microseconds;

    /// <summary>Writes the value to a checkpoint.</summary>
    public static void Write(ref Sql2Dbsp.Runtime.Storage.StateWriter writer, in SqlDayTimeInterval value) => writer.WriteInt64(value.Microseconds);

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    public static SqlDayTimeInterval Read(ref Sql2Dbsp.Runtime.Storage.StateReader reader) => new(reader.ReadInt64());
}
