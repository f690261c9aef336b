namespace Sql2Dbsp.Connectors.Transports.Datagen;

/// <summary>
/// A small, fast pseudo-random generator (SplitMix64). Datagen seeds one per (seed, plan, record, column), so every
/// value is a pure function of its coordinates: generation is deterministic, needs no shared state, and can resume
/// at any record.
/// </summary>
internal struct SplitMix
{
    private ulong state;

    private SplitMix(ulong state) => this.state = state;

    /// <summary>The generator for one value.</summary>
    public static SplitMix For(ulong seed, int plan, long record, int column) =>
        new(Mix(Mix(Mix(seed ^ (ulong)plan) ^ (ulong)column) ^ (ulong)record));

    /// <summary>64 random bits.</summary>
    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A value in [0, <paramref name="bound"/>), or any 64-bit value when the bound is 0 (the full range).</summary>
    public ulong NextBelow(ulong bound) => bound == 0 ? NextUInt64() : (ulong)(((UInt128)NextUInt64() * bound) >> 64);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
