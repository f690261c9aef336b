using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL <c>INTERVAL YEAR</c> / <c>MONTH</c> / <c>YEAR TO MONTH</c>: a signed number of months.
/// Text form is PostgreSQL's (<c>IntervalStyle = postgres</c>): <c>1 year 2 mons</c>, <c>-3 mons</c>, <c>00:00:00</c> for zero.
/// </summary>
public readonly struct SqlMonthInterval : IEquatable<SqlMonthInterval>, IComparable<SqlMonthInterval>, IComparable, Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlMonthInterval>
{
    /// <summary>Creates an interval.</summary>
    /// <param name="months">The signed number of months.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SqlMonthInterval(int months) => Months = months;

    /// <summary>The signed number of months.</summary>
    public int Months { get; }

    /// <summary>Parses interval text: PostgreSQL output (<c>1 year 2 mons</c>), unit words (<c>14 months</c>,
    /// <c>2 years ago</c>), SQL-standard <c>Y-M</c> (<c>1-2</c>), ISO 8601 (<c>P1Y2M</c>); a bare integer is a number of
    /// months. Day-time units are rejected.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="SqlRuntimeException">The text is not a year-month interval.</exception>
    public static SqlMonthInterval Parse(string text) =>
        TryParse(text, out SqlMonthInterval value) ? value : SqlErrors.CannotCast<SqlMonthInterval>(text, "INTERVAL YEAR TO MONTH");

    /// <summary>Parses interval text (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The interval when successful.</param>
    /// <returns>Whether the text is a valid year-month interval.</returns>
    public static bool TryParse(string? text, out SqlMonthInterval value)
    {
        if (text is not null && IntervalText.TryParse(text, bareIsMonths: true, out long months, out long micros)
            && micros == 0 && months is >= int.MinValue and <= int.MaxValue)
        {
            value = new SqlMonthInterval((int)months);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The PostgreSQL text, e.g. <c>1 year 2 mons</c>.</summary>
    public override string ToString() => IntervalText.FormatMonths(Months);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(SqlMonthInterval other) => Months == other.Months;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlMonthInterval other && Months == other.Months;

    /// <inheritdoc/>
    public override int GetHashCode() => Months;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(SqlMonthInterval other) => Months.CompareTo(other.Months);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SqlMonthInterval other => CompareTo(other),
        _ => throw new ArgumentException("object is not a SqlMonthInterval", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(SqlMonthInterval left, SqlMonthInterval right) => left.Months == right.Months;

    /// <summary>Inequality.</summary>
    public static bool operator !=(SqlMonthInterval left, SqlMonthInterval right) => left.Months != right.Months;

    /// <summary>Shorter than.</summary>
    public static bool operator <(SqlMonthInterval left, SqlMonthInterval right) => left.Months < right.Months;

    /// <summary>Longer than.</summary>
    public static bool operator >(SqlMonthInterval left, SqlMonthInterval right) => left.Months > right.Months;

    /// <summary>Shorter than or equal.</summary>
    public static bool operator <=(SqlMonthInterval left, SqlMonthInterval right) => left.Months <= right.Months;

    /// <summary>Longer than or equal.</summary>
    public static bool operator >=(SqlMonthInterval left, SqlMonthInterval right) => left.Months >= right.Months;

    /// <summary>Writes the value to a checkpoint.</summary>
    public static void Write(ref Sql2Dbsp.Runtime.Storage.StateWriter writer, in SqlMonthInterval value) => writer.WriteInt32(value.Months);

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    public static SqlMonthInterval Read(ref Sql2Dbsp.Runtime.Storage.StateReader reader) => new(reader.ReadInt32());
}
