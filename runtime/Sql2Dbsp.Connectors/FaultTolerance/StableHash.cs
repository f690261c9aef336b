using System.Buffers.Binary;
using System.Numerics;

namespace Sql2Dbsp.Connectors.FaultTolerance;

/// <summary>
/// A 64-bit hash of bytes that is the same in every process and on every run (unlike <see cref="string.GetHashCode()"/>),
/// for checksums of journal records, of replayed input and of sink progress files. It mixes eight bytes at a time
/// (multiply and rotate, as xxHash does); it detects accidental damage, not tampering.
/// </summary>
public static class StableHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    /// <summary>The hash of <paramref name="data"/>, continuing from <paramref name="seed"/> (chain calls to hash pieces in order).</summary>
    public static ulong Hash(ReadOnlySpan<byte> data, ulong seed = 0)
    {
        ulong h = seed ^ Prime3 ^ ((ulong)data.Length * Prime1);
        while (data.Length >= 8)
        {
            h = Round(h, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }
        if (data.Length > 0)
        {
            Span<byte> tail = stackalloc byte[8];
            tail.Clear();
            data.CopyTo(tail);
            h = Round(h, BinaryPrimitives.ReadUInt64LittleEndian(tail) ^ (ulong)data.Length);
        }
        // Avalanche, so that nearby inputs give unrelated hashes.
        h ^= h >> 33;
        h *= Prime2;
        h ^= h >> 29;
        h *= Prime3;
        h ^= h >> 32;
        return h;
    }

    private static ulong Round(ulong h, ulong lane) => BitOperations.RotateLeft(h ^ (lane * Prime2), 31) * Prime1;
}
