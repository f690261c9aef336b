using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sql2Dbsp.Runtime.Storage;

/// <summary>
/// Reads binary state written by <see cref="StateWriter"/> from a stream through a pooled buffer, never past a given
/// number of bytes. Reading past the end, or a length larger than what is left, throws
/// <see cref="CheckpointCorruptException"/>, so a damaged file fails with a clear error rather than a huge allocation.
/// </summary>
public ref struct StateReader
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly string _source;
    private byte[] _buffer;
    private int _pos;
    private int _end;
    private long _unread; // bytes of the stream not yet in the buffer

    /// <summary>Creates a reader of the next <paramref name="length"/> bytes of <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream, positioned at the state.</param>
    /// <param name="length">Number of bytes of state.</param>
    /// <param name="source">Names the state in errors (e.g. the file).</param>
    public StateReader(Stream stream, long length, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _stream = stream;
        _source = source;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        _pos = 0;
        _end = 0;
        _unread = length;
    }

    /// <summary>Number of bytes not read yet.</summary>
    public readonly long Remaining => _end - _pos + _unread;

    /// <summary>Reads one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte ReadByte()
    {
        if (_pos == _end) Fill(1);
        return _buffer[_pos++];
    }

    /// <summary>Reads a boolean.</summary>
    public bool ReadBool() => ReadByte() switch
    {
        0 => false,
        1 => true,
        var b => throw Corrupt($"invalid boolean byte {b}"),
    };

    /// <summary>Reads a signed byte.</summary>
    public sbyte ReadSByte() => unchecked((sbyte)ReadByte());

    /// <summary>Reads a 16-bit integer.</summary>
    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    /// <summary>Reads a 32-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>Reads a 64-bit integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    /// <summary>Reads a 128-bit integer.</summary>
    public Int128 ReadInt128() => BinaryPrimitives.ReadInt128LittleEndian(Take(16));

    /// <summary>Reads a single-precision float.</summary>
    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    /// <summary>Reads a double-precision float.</summary>
    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>Reads a decimal.</summary>
    public decimal ReadDecimal()
    {
        var src = Take(16);
        Span<int> bits = stackalloc int[4];
        for (int i = 0; i < 4; i++) bits[i] = BinaryPrimitives.ReadInt32LittleEndian(src[(4 * i)..]);
        try
        {
            return new decimal(bits);
        }
        catch (ArgumentException e)
        {
            throw new CheckpointCorruptException($"{_source}: invalid decimal", e);
        }
    }

    /// <summary>Reads an unsigned LEB128 integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadVarUInt64()
    {
        if (_pos < _end && _buffer[_pos] < 0x80) return _buffer[_pos++];
        return ReadVarUInt64Slow();
    }

    private ulong ReadVarUInt64Slow()
    {
        ulong value = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            byte b = ReadByte();
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
        throw Corrupt("variable-length integer longer than 10 bytes");
    }

    /// <summary>Reads a zigzag LEB128 integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long ReadVarInt64()
    {
        ulong v = ReadVarUInt64();
        return unchecked((long)(v >> 1) ^ -(long)(v & 1));
    }

    /// <summary>
    /// Reads a count of items each taking at least <paramref name="minItemBytes"/> bytes, checked against the bytes
    /// left so that a corrupted count fails here instead of allocating.
    /// </summary>
    public int ReadCount(int minItemBytes = 1)
    {
        ulong n = ReadVarUInt64();
        if (n > int.MaxValue || (long)n * Math.Max(0, minItemBytes) > Remaining) throw Corrupt($"count {n} exceeds the remaining {Remaining} bytes");
        return (int)n;
    }

    /// <summary>Reads a string (or null) written by <see cref="StateWriter.WriteString"/>.</summary>
    public string? ReadString()
    {
        ulong n = ReadVarUInt64();
        if (n == 0) return null;
        ulong length = n - 1;
        if (length > (ulong)Remaining) throw Corrupt($"string of {length} bytes exceeds the remaining {Remaining} bytes");
        int len = (int)length;
        if (len <= _buffer.Length) return Decode(Take(len));
        var temp = ArrayPool<byte>.Shared.Rent(len);
        try
        {
            ReadRaw(temp.AsSpan(0, len));
            return Decode(temp.AsSpan(0, len));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(temp);
        }
    }

    private readonly string Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CheckpointCorruptException($"{_source}: invalid UTF-8 in a string", e);
        }
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a byte string written by <see cref="StateWriter.WriteBytes"/>.</summary>
    public byte[] ReadBytes()
    {
        int n = ReadCount();
        var bytes = GC.AllocateUninitializedArray<byte>(n);
        ReadRaw(bytes);
        return bytes;
    }

    /// <summary>Fills <paramref name="destination"/> with the next bytes.</summary>
    public void ReadRaw(scoped Span<byte> destination)
    {
        int buffered = Math.Min(destination.Length, _end - _pos);
        _buffer.AsSpan(_pos, buffered).CopyTo(destination);
        _pos += buffered;
        var rest = destination[buffered..];
        if (rest.IsEmpty) return;
        if (rest.Length > _unread) throw Corrupt("unexpected end of state");
        _stream.ReadExactly(rest);
        _unread -= rest.Length;
    }

    /// <summary>Fails unless every byte was read (trailing bytes mean the reader and the writer disagree).</summary>
    public readonly void ExpectEnd()
    {
        if (Remaining != 0) throw Corrupt($"{Remaining} unexpected trailing bytes");
    }

    /// <summary>An error naming this state's source.</summary>
    public readonly CheckpointCorruptException Corrupt(string message) => new($"{_source}: {message}");

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _pos = _end = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int size)
    {
        if (_end - _pos < size) Fill(size);
        var span = new ReadOnlySpan<byte>(_buffer, _pos, size);
        _pos += size;
        return span;
    }

    /// <summary>Makes at least <paramref name="size"/> (≤ buffer size) bytes available.</summary>
    private void Fill(int size)
    {
        int have = _end - _pos;
        if (have + _unread < size) throw Corrupt("unexpected end of state");
        Buffer.BlockCopy(_buffer, _pos, _buffer, 0, have);
        _pos = 0;
        _end = have;
        while (_end < size)
        {
            int want = (int)Math.Min(_buffer.Length - _end, _unread);
            int n = _stream.Read(_buffer, _end, want);
            if (n <= 0) throw Corrupt("unexpected end of file");
            _end += n;
            _unread -= n;
        }
    }
}
