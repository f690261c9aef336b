using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// Appends binary state to a stream through a pooled buffer, optionally feeding every byte to a hash (the checksum
/// of a state file). Numbers are little-endian and fixed-width; lengths, counts and weights are variable-length
/// (LEB128, zigzag for signed), so the common weight 1 takes one byte. Strings are UTF-8 with their length.
/// </summary>
/// <remarks>
/// A <c>ref struct</c> passed by reference to the serializers, so the buffer position lives in one place and a
/// serializer cannot accidentally copy the writer. Nothing is materialized: state of any size streams through the
/// buffer. Call <see cref="Flush"/> before using the stream and <see cref="Dispose"/> to return the buffer.
/// </remarks>
public ref struct StateWriter
{
    private const int BufferSize = 1 << 16;
    private const int MaxVarIntBytes = 10;

    private readonly Stream _stream;
    private readonly IncrementalHash? _hash;
    private byte[] _buffer;
    private int _pos;
    private long _flushed;

    /// <summary>Creates a writer appending to <paramref name="stream"/>; every byte written is also appended to <paramref name="hash"/> when given.</summary>
    public StateWriter(Stream stream, IncrementalHash? hash = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _hash = hash;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        _pos = 0;
        _flushed = 0;
    }

    /// <summary>Number of bytes written so far.</summary>
    public readonly long Position => _flushed + _pos;

    /// <summary>Writes one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte value)
    {
        if (_pos == _buffer.Length) Flush();
        _buffer[_pos++] = value;
    }

    /// <summary>Writes a boolean as one byte (0 or 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteBool(bool value) => WriteByte(value ? (byte)1 : (byte)0);

    /// <summary>Writes a signed byte.</summary>
    public void WriteSByte(sbyte value) => WriteByte(unchecked((byte)value));

    /// <summary>Writes a 16-bit integer.</summary>
    public void WriteInt16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Reserve(2), value);

    /// <summary>Writes a 32-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);

    /// <summary>Writes a 64-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);

    /// <summary>Writes a 128-bit integer.</summary>
    public void WriteInt128(Int128 value) => BinaryPrimitives.WriteInt128LittleEndian(Reserve(16), value);

    /// <summary>Writes a single-precision float (bit-exact, including NaN payloads and −0).</summary>
    public void WriteSingle(float value) => BinaryPrimitives.WriteSingleLittleEndian(Reserve(4), value);

    /// <summary>Writes a double-precision float (bit-exact, including NaN payloads and −0).</summary>
    public void WriteDouble(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value);

    /// <summary>Writes a decimal exactly, scale included (1.0 and 1.00 stay distinct).</summary>
    public void WriteDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var dst = Reserve(16);
        for (int i = 0; i < 4; i++) BinaryPrimitives.WriteInt32LittleEndian(dst[(4 * i)..], bits[i]);
    }

    /// <summary>Writes an unsigned integer in 1–10 bytes (LEB128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteVarUInt64(ulong value)
    {
        if (value < 0x80 && _pos < _buffer.Length)
        {
            _buffer[_pos++] = (byte)value;
            return;
        }
        WriteVarUInt64Slow(value);
    }

    private void WriteVarUInt64Slow(ulong value)
    {
        if (_buffer.Length - _pos < MaxVarIntBytes) Flush();
        while (value >= 0x80)
        {
            _buffer[_pos++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _buffer[_pos++] = (byte)value;
    }

    /// <summary>Writes a signed integer in 1–10 bytes (zigzag LEB128: small magnitudes of either sign are short).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteVarInt64(long value) => WriteVarUInt64(unchecked((ulong)((value << 1) ^ (value >> 63))));

    /// <summary>Writes a count or length (non-negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteCount(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        WriteVarUInt64((ulong)count);
    }

    /// <summary>Writes a string (or null) as its UTF-8 byte length + 1 (0 for null) and the bytes.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteByte(0);
            return;
        }
        int length = Encoding.UTF8.GetByteCount(value);
        WriteVarUInt64((ulong)length + 1);
        if (length <= _buffer.Length)
        {
            Encoding.UTF8.GetBytes(value, Reserve(length));
            return;
        }
        // Larger than the buffer: encode once into a temporary array and pass it straight through.
        var temp = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            int n = Encoding.UTF8.GetBytes(value, temp);
            WriteRaw(temp.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(temp);
        }
    }

    /// <summary>Writes a byte string as its length and the bytes.</summary>
    public void WriteBytes(scoped ReadOnlySpan<byte> value)
    {
        WriteCount(value.Length);
        WriteRaw(value);
    }

    /// <summary>Writes bytes as they are (no length).</summary>
    public void WriteRaw(scoped ReadOnlySpan<byte> value)
    {
        if (value.Length <= _buffer.Length - _pos)
        {
            value.CopyTo(_buffer.AsSpan(_pos));
            _pos += value.Length;
            return;
        }
        Flush();
        if (value.Length <= _buffer.Length)
        {
            value.CopyTo(_buffer);
            _pos = value.Length;
            return;
        }
        _hash?.AppendData(value);
        _stream.Write(value);
        _flushed += value.Length;
    }

    /// <summary>Passes the buffered bytes to the hash and the stream.</summary>
    public void Flush()
    {
        if (_pos == 0) return;
        var chunk = _buffer.AsSpan(0, _pos);
        _hash?.AppendData(chunk);
        _stream.Write(chunk);
        _flushed += _pos;
        _pos = 0;
    }

    /// <summary>Returns the buffer to the pool (without flushing: call <see cref="Flush"/> first to keep the bytes).</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _pos = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int size)
    {
        if (_buffer.Length - _pos < size) Flush();
        var span = _buffer.AsSpan(_pos, size);
        _pos += size;
        return span;
    }
}
