using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// An exact DECIMAL value of up to 38 significant digits: a 128-bit two's-complement unscaled integer and a scale, so
/// the value is <c>Unscaled * 10^-Scale</c>. Operations take the SQL result type (precision, scale), round once, half
/// away from zero, to that scale and throw <see cref="SqlRuntimeException"/> when the result needs more digits than the
/// type has. Equal values with different scales (1.50 and 1.5) are equal and hash equally; the scale matters only for
/// <see cref="ToString()"/>. <c>default</c> is 0 with scale 0.
/// </summary>
public readonly partial struct SqlDecimal : IEquatable<SqlDecimal>, IComparable<SqlDecimal>, IComparable,
    Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlDecimal>
{
    /// <summary>The largest precision (and scale) of a DECIMAL value: 38 digits, as in Feldera and Calcite.</summary>
    public const int MaxPrecision = 38;

    /// <summary>10^38: every unscaled value is below it in magnitude.</summary>
    private static readonly UInt128 Limit = UInt256.PowersOfTen[MaxPrecision].Low128;

    // Two 64-bit halves rather than an Int128 field: Int128 is 16-byte aligned, which would make every value (and every
    // row column holding one) 32 bytes instead of 24.
    private readonly ulong low;
    private readonly ulong high;
    private readonly byte scale;

    /// <summary>Creates the value <paramref name="unscaled"/> * 10^-<paramref name="scale"/>.</summary>
    /// <param name="unscaled">The digits as an integer; its magnitude must be below 10^38.</param>
    /// <param name="scale">The number of fraction digits, 0 to 38.</param>
    /// <exception cref="ArgumentOutOfRangeException">The unscaled value has more than 38 digits or the scale is out of range.</exception>
    public SqlDecimal(Int128 unscaled, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxPrecision);
        if (Magnitude(unscaled) >= Limit)
        {
            throw new ArgumentOutOfRangeException(nameof(unscaled), "a DECIMAL value has at most 38 digits");
        }

        low = (ulong)unscaled;
        high = (ulong)(unscaled >> 64);
        this.scale = (byte)scale;
    }

    /// <summary>The value <paramref name="unscaled"/> * 10^-<paramref name="scale"/>; false when it has more than 38 digits or the scale is out of range.</summary>
    public static bool TryCreate(Int128 unscaled, int scale, out SqlDecimal value)
    {
        if ((uint)scale > MaxPrecision || Magnitude(unscaled) >= Limit)
        {
            value = default;
            return false;
        }

        value = new SqlDecimal(unscaled, (byte)scale, trusted: true);
        return true;
    }

    /// <summary>Trusted constructor: the caller guarantees |unscaled| &lt; 10^38 and 0 &lt;= scale &lt;= 38.</summary>
    private SqlDecimal(Int128 unscaled, byte scale, bool trusted)
    {
        _ = trusted;
        low = (ulong)unscaled;
        high = (ulong)(unscaled >> 64);
        this.scale = scale;
    }

    /// <summary>The unscaled integer: the value is <c>Unscaled * 10^-Scale</c>.</summary>
    public Int128 Unscaled => unscaled;

    private Int128 unscaled
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(high, low);
    }

    /// <summary>The number of fraction digits the value carries (0 to 38).</summary>
    public int Scale => scale;

    /// <summary>-1, 0 or 1 by the sign of the value.</summary>
    public int Sign => Int128.Sign(unscaled);

    /// <summary>The magnitude of the unscaled integer.</summary>
    internal UInt128 UnscaledMagnitude => Magnitude(unscaled);

    /// <summary>The value as an integer, exactly (scale 0).</summary>
    public static implicit operator SqlDecimal(long value) => new(value, 0, trusted: true);

    /// <summary>The value of a <see cref="decimal"/>, exactly (its scale is kept: 1.50m stays 1.50).</summary>
    public static implicit operator SqlDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var signed = (Int128)magnitude;
        return new SqlDecimal(bits[3] < 0 ? -signed : signed, (byte)((bits[3] >> 16) & 0xFF), trusted: true);
    }

    /// <summary>The value rounded half away from zero to an integer; throws when it is outside BIGINT.</summary>
    public static explicit operator long(SqlDecimal value) => value.ToInt64();

    /// <summary>The nearest double.</summary>
    public static explicit operator double(SqlDecimal value) => value.ToDouble();

    /// <summary>The value as a <see cref="decimal"/>; see <see cref="ToDecimal"/>.</summary>
    public static explicit operator decimal(SqlDecimal value) => value.ToDecimal();

    /// <summary>Compares by value (1.5 = 1.50), as SQL does.</summary>
    public static bool operator ==(SqlDecimal x, SqlDecimal y) => x.Equals(y);

    /// <summary>Compares by value (1.5 = 1.50), as SQL does.</summary>
    public static bool operator !=(SqlDecimal x, SqlDecimal y) => !x.Equals(y);

    /// <summary>Compares by value.</summary>
    public static bool operator <(SqlDecimal x, SqlDecimal y) => x.CompareTo(y) < 0;

    /// <summary>Compares by value.</summary>
    public static bool operator >(SqlDecimal x, SqlDecimal y) => x.CompareTo(y) > 0;

    /// <summary>Compares by value.</summary>
    public static bool operator <=(SqlDecimal x, SqlDecimal y) => x.CompareTo(y) <= 0;

    /// <summary>Compares by value.</summary>
    public static bool operator >=(SqlDecimal x, SqlDecimal y) => x.CompareTo(y) >= 0;

    /// <summary>Compares by value: -1, 0 or 1. Scales do not matter (1.5 = 1.50).</summary>
    public int CompareTo(SqlDecimal other)
    {
        if (scale == other.scale)
        {
            return unscaled.CompareTo(other.unscaled);
        }

        int sign = Sign, otherSign = other.Sign;
        if (sign != otherSign)
        {
            return sign < otherSign ? -1 : 1;
        }

        if (sign == 0)
        {
            return 0;
        }

        int common = Math.Max(scale, other.scale);
        if (TryScaleUp(UnscaledMagnitude, common - scale, out var small) && TryScaleUp(other.UnscaledMagnitude, common - other.scale, out var otherSmall))
        {
            int fast = small.CompareTo(otherSmall);
            return sign < 0 ? -fast : fast;
        }

        // Align to the larger scale; a 38-digit magnitude times 10^38 stays below 2^256.
        var a = UInt256.Multiply(UnscaledMagnitude, Pow10(common - scale));
        var b = UInt256.Multiply(other.UnscaledMagnitude, Pow10(common - other.scale));
        int c = a.CompareTo(b);
        return sign < 0 ? -c : c;
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SqlDecimal other => CompareTo(other),
        _ => throw new ArgumentException("not a SqlDecimal", nameof(obj)),
    };

    /// <summary>Equal by value: 1.5 equals 1.50.</summary>
    public bool Equals(SqlDecimal other) =>
        scale == other.scale ? unscaled == other.unscaled : CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlDecimal other && Equals(other);

    /// <summary>
    /// A deterministic hash (the same in every process, so it may partition persisted state), equal for equal values
    /// whatever their scales: it hashes the value with its trailing fraction zeros removed.
    /// </summary>
    public override int GetHashCode()
    {
        var u = unscaled;
        int s = scale;
        long small = (long)u;
        if (small == u)
        {
            // The usual case, without 128-bit division.
            while (s > 0 && small != 0 && small % 10 == 0)
            {
                small /= 10;
                s--;
            }

            u = small;
        }
        else
        {
            while (s > 0)
            {
                var (q, r) = Int128.DivRem(u, 10);
                if (r != 0)
                {
                    break;
                }

                u = q;
                s--;
            }
        }

        if (u == 0)
        {
            s = 0;
        }

        ulong low = (ulong)u, high = (ulong)(u >> 64);
        return SqlHash.Mix(low ^ ((ulong)(uint)SqlHash.Mix(high) * 0x9E3779B185EBCA87UL) ^ ((ulong)s << 56));
    }

    /// <summary>Writes the value to a checkpoint: a scale byte (high bit set for a wide value) and the unscaled integer.</summary>
    public static void Write(ref Sql2Dbsp.Runtime.Storage.StateWriter writer, in SqlDecimal value)
    {
        long small = (long)value.unscaled;
        if (small == value.unscaled)
        {
            writer.WriteByte(value.scale);
            writer.WriteVarInt64(small);
        }
        else
        {
            writer.WriteByte((byte)(value.scale | 0x80));
            writer.WriteInt128(value.unscaled);
        }
    }

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    public static SqlDecimal Read(ref Sql2Dbsp.Runtime.Storage.StateReader reader)
    {
        byte head = reader.ReadByte();
        int valueScale = head & 0x7F;
        Int128 value = (head & 0x80) == 0 ? reader.ReadVarInt64() : reader.ReadInt128();
        if (valueScale > MaxPrecision || Magnitude(value) >= Limit)
        {
            throw reader.Corrupt("invalid DECIMAL value");
        }

        return new SqlDecimal(value, (byte)valueScale, trusted: true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static UInt128 Magnitude(Int128 x) => x < 0 ? (UInt128)(-x) : (UInt128)x;

    /// <summary>10^n for 0 &lt;= n &lt;= 38 as a 128-bit integer.</summary>
    private static UInt128 Pow10(int n)
    {
        var p = UInt256.PowersOfTen[n];
        return p.Low128;
    }
}
