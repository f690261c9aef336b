using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// Software prefetch hints, used to overlap the cache misses of independent lookups (probing a large trace batch
/// or hash map for a whole batch of keys). A hint never faults, so prefetching an address the GC has since moved
/// is harmless. No-op where SSE is unavailable.
/// </summary>
internal static unsafe class Prefetch
{
    /// <summary>Hints that the cache line holding <paramref name="location"/> will be read soon.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Line<T>(ref T location)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref location));
    }

    /// <summary>Hints the cache lines covering <paramref name="count"/> consecutive elements starting at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Range<T>(ref T start, int count)
    {
        if (!Sse.IsSupported || count <= 0) return;
        byte* p = (byte*)Unsafe.AsPointer(ref start);
        byte* end = p + (long)count * Unsafe.SizeOf<T>();
        for (; p < end; p += 64) Sse.Prefetch0(p);
        Sse.Prefetch0(end - 1);
    }
}
