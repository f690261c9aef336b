using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Deterministic hashing (the same value hashes the same in every process and on every run, unlike
/// <see cref="string.GetHashCode()"/>), so hashes can partition persisted state and route rows between workers.
/// </summary>
internal static class SqlHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Seed = 0x27D4EB2F165667C5UL;

    /// <summary>The hash of SQL NULL.</summary>
    internal const int Null = 0x6E756C6C; // "null"

    /// <summary>Finalizer of MurmurHash3 (fmix64): every input bit affects every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return (int)x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Round(ulong h, ulong k) => BitOperations.RotateLeft(h ^ (k * Prime1), 31) * Prime2;

    /// <summary>Hash of a byte sequence.</summary>
    internal static int Bytes(ReadOnlySpan<byte> data)
    {
        ulong h = Seed ^ ((ulong)data.Length * Prime1);
        while (data.Length >= 8)
        {
            h = Round(h, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        if (!data.IsEmpty)
        {
            ulong tail = 0;
            for (int i = 0; i < data.Length; i++)
            {
                tail |= (ulong)data[i] << (8 * i);
            }

            h = Round(h, tail);
        }

        return Mix(h);
    }

    /// <summary>Hash of the UTF-16 code units of a string.</summary>
    internal static int Chars(ReadOnlySpan<char> s) => Bytes(MemoryMarshal.AsBytes(s));
}
