using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL <c>VARBINARY</c> / <c>BINARY</c>: an immutable byte string compared byte by byte (unsigned, shorter prefix
/// first). <see langword="default"/> is the empty byte string. Text form is PostgreSQL's hex <c>bytea</c> output,
/// <c>\x0a0bff</c>.
/// </summary>
public readonly struct SqlBinary : IEquatable<SqlBinary>, IComparable<SqlBinary>, IComparable, Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlBinary>
{
    private readonly byte[]? _bytes;

    /// <summary>Wraps a byte array <b>without copying</b>: the caller hands over ownership and must not modify it.</summary>
    /// <param name="bytes">The bytes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SqlBinary(byte[] bytes) => _bytes = bytes;

    /// <summary>Creates a byte string from a copy of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes to copy.</param>
    public SqlBinary(ReadOnlySpan<byte> bytes) => _bytes = bytes.ToArray();

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span => _bytes;

    /// <summary>The number of bytes.</summary>
    public int Length => _bytes?.Length ?? 0;

    /// <summary>A copy of the bytes.</summary>
    public byte[] ToArray() => _bytes is null ? [] : (byte[])_bytes.Clone();

    /// <summary>Parses binary text: <c>\x0A0B</c> (PostgreSQL hex), <c>X'0A0B'</c> (SQL literal) or plain hex digits
    /// (<c>0A0B</c>); blanks around the value are ignored.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="SqlRuntimeException">The text is not hex binary text.</exception>
    public static SqlBinary Parse(string text) =>
        TryParse(text, out SqlBinary value) ? value : SqlErrors.CannotCast<SqlBinary>(text, "VARBINARY");

    /// <summary>Parses binary text (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The bytes when successful.</param>
    /// <returns>Whether the text is valid hex binary text.</returns>
    public static bool TryParse(string? text, out SqlBinary value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.Length >= 2 && s[0] == '\\' && (s[1] == 'x' || s[1] == 'X'))
        {
            s = s[2..];
        }
        else if (s.Length >= 3 && (s[0] == 'X' || s[0] == 'x') && s[1] == '\'' && s[^1] == '\'')
        {
            s = s[2..^1];
        }

        return TryParseHex(s, out value);
    }

    internal static bool TryParseHex(ReadOnlySpan<char> hex, out SqlBinary value)
    {
        value = default;
        if ((hex.Length & 1) != 0)
        {
            return false;
        }

        byte[] bytes = new byte[hex.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            int hi = HexValue(hex[2 * i]);
            int lo = HexValue(hex[(2 * i) + 1]);
            if ((hi | lo) < 0)
            {
                return false;
            }

            bytes[i] = (byte)((hi << 4) | lo);
        }

        value = new SqlBinary(bytes);
        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The PostgreSQL hex text, <c>\x</c> followed by two lowercase hex digits per byte.</summary>
    public override string ToString() => string.Create(2 + (2 * Length), _bytes, static (dst, bytes) =>
    {
        dst[0] = '\\';
        dst[1] = 'x';
        if (bytes is not null)
        {
            Convert.TryToHexStringLower(bytes, dst[2..], out _);
        }
    });

    /// <inheritdoc/>
    public bool Equals(SqlBinary other) => Span.SequenceEqual(other.Span);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlBinary other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => SqlHash.Bytes(Span);

    /// <inheritdoc/>
    public int CompareTo(SqlBinary other)
    {
        int c = Span.SequenceCompareTo(other.Span);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SqlBinary other => CompareTo(other),
        _ => throw new ArgumentException("object is not a SqlBinary", nameof(obj)),
    };

    /// <summary>Byte-wise equality.</summary>
    public static bool operator ==(SqlBinary left, SqlBinary right) => left.Equals(right);

    /// <summary>Byte-wise inequality.</summary>
    public static bool operator !=(SqlBinary left, SqlBinary right) => !left.Equals(right);

    /// <summary>Byte-wise less than.</summary>
    public static bool operator <(SqlBinary left, SqlBinary right) => left.CompareTo(right) < 0;

    /// <summary>Byte-wise greater than.</summary>
    public static bool operator >(SqlBinary left, SqlBinary right) => left.CompareTo(right) > 0;

    /// <summary>Byte-wise less than or equal.</summary>
    public static bool operator <=(SqlBinary left, SqlBinary right) => left.CompareTo(right) <= 0;

    /// <summary>Byte-wise greater than or equal.</summary>
    public static bool operator >=(SqlBinary left, SqlBinary right) => left.CompareTo(right) >= 0;

    /// <summary>Writes the value to a checkpoint.</summary>
    public static void Write(ref Sql2Dbsp.Runtime.Storage.StateWriter writer, in SqlBinary value) => writer.WriteBytes(value.Span);

    /// <summary>Reads a value written by <see cref="Write"/>.</summary>
    public static SqlBinary Read(ref Sql2Dbsp.Runtime.Storage.StateReader reader) => new(reader.ReadBytes());
}
