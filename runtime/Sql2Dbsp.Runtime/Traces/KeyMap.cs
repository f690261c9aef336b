using System.Runtime.CompilerServices;
using Sql2Dbsp.Runtime.Algebra;

namespace Sql2Dbsp.Runtime.Traces;

/// <summary>
/// An open-addressing hash map from a row key to a struct value (linear probing, power-of-two capacity, load ≤ 0.7,
/// backward-shift deletion, no tombstones). Hashes come from <see cref="IRow{T}.Hash"/> through a bit mixer, equality
/// from <see cref="IRow{T}.AreEqual"/>; slots store key, value and hash together, so a lookup usually touches one cache line.
/// </summary>
/// <typeparam name="K">The key row.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
public sealed class KeyMap<K, TValue> where K : struct, IRow<K> where TValue : struct
{
    private struct Slot
    {
        public uint Hash; // 0 = empty; otherwise odd
        public K Key;
        public TValue Value;
    }

    private Slot[] _slots;
    private int _mask;
    private int _count;
    private int _growAt;

    /// <summary>Creates a map with room for <paramref name="capacity"/> entries before it grows.</summary>
    public KeyMap(int capacity = 16)
    {
        int size = 16;
        while (size * 7L / 10 < capacity) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        _growAt = (int)(size * 7L / 10);
    }

    /// <summary>Number of entries.</summary>
    public int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HashOf(in K key)
    {
        uint h = (uint)K.Hash(key);
        h ^= h >> 16;
        h *= 0x7feb352dU;
        h ^= h >> 15;
        h *= 0x846ca68bU;
        h ^= h >> 16;
        return h | 1u;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint hash) => (int)(hash >> 1) & _mask;

    /// <summary>
    /// Hints that <paramref name="key"/> will be looked up soon: prefetches its home slot. Issuing this for a batch
    /// of keys before looking them up overlaps their cache misses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(in K key) => Algebra.Prefetch.Line(ref _slots[Home(HashOf(key))]);

    /// <summary>A reference to the value of <paramref name="key"/>, or a null reference when absent (test with <see cref="Unsafe.IsNullRef{T}(ref readonly T)"/>).</summary>
    public ref TValue Find(in K key)
    {
        uint h = HashOf(key);
        var slots = _slots;
        int i = Home(h);
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.Hash == 0) return ref Unsafe.NullRef<TValue>();
            if (s.Hash == h && K.AreEqual(s.Key, key)) return ref s.Value;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>Whether <paramref name="key"/> is present; its value in <paramref name="value"/>.</summary>
    public bool TryGetValue(in K key, out TValue value)
    {
        ref TValue v = ref Find(key);
        if (Unsafe.IsNullRef(ref v))
        {
            value = default;
            return false;
        }
        value = v;
        return true;
    }

    /// <summary>
    /// A reference to the value of <paramref name="key"/>, inserting <c>default</c> when absent. The reference is
    /// valid until the next insertion or removal.
    /// </summary>
    public ref TValue GetOrAdd(in K key, out bool existed)
    {
        if (_count >= _growAt) Resize(_slots.Length * 2);
        uint h = HashOf(key);
        var slots = _slots;
        int i = Home(h);
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.Hash == 0)
            {
                s.Hash = h;
                s.Key = key;
                s.Value = default;
                _count++;
                existed = false;
                return ref s.Value;
            }
            if (s.Hash == h && K.AreEqual(s.Key, key))
            {
                existed = true;
                return ref s.Value;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>
    /// Like <see cref="GetOrAdd"/>, but returns the slot index (valid until the next insertion or removal), for use
    /// with <see cref="ValueAt"/> and <see cref="RemoveAt"/>.
    /// </summary>
    public int GetOrAddSlot(in K key, out bool existed)
    {
        if (_count >= _growAt) Resize(_slots.Length * 2);
        uint h = HashOf(key);
        var slots = _slots;
        int i = Home(h);
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.Hash == 0)
            {
                s.Hash = h;
                s.Key = key;
                s.Value = default;
                _count++;
                existed = false;
                return i;
            }
            if (s.Hash == h && K.AreEqual(s.Key, key))
            {
                existed = true;
                return i;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>The value in slot <paramref name="slot"/> (from <see cref="GetOrAddSlot"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref TValue ValueAt(int slot) => ref _slots[slot].Value;

    /// <summary>Removes <paramref name="key"/>; returns whether it was present.</summary>
    public bool Remove(in K key)
    {
        uint h = HashOf(key);
        var slots = _slots;
        int i = Home(h);
        while (true)
        {
            ref Slot s = ref slots[i];
            if (s.Hash == 0) return false;
            if (s.Hash == h && K.AreEqual(s.Key, key)) break;
            i = (i + 1) & _mask;
        }
        RemoveAt(i);
        return true;
    }

    /// <summary>Removes the entry in slot <paramref name="slot"/> (from <see cref="GetOrAddSlot"/>).</summary>
    public void RemoveAt(int slot)
    {
        var slots = _slots;
        if ((uint)slot >= (uint)slots.Length || slots[slot].Hash == 0) throw new ArgumentOutOfRangeException(nameof(slot));
        int i = slot;
        // Backward-shift deletion: move later members of the probe run into the hole when their home allows it.
        int j = i;
        while (true)
        {
            j = (j + 1) & _mask;
            if (slots[j].Hash == 0) break;
            int home = Home(slots[j].Hash);
            bool stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
            if (stays) continue;
            slots[i] = slots[j];
            i = j;
        }
        slots[i] = default;
        _count--;
    }

    /// <summary>Removes all entries.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
    }

    private void Resize(int size)
    {
        var old = _slots;
        _slots = new Slot[size];
        _mask = size - 1;
        _growAt = (int)(size * 7L / 10);
        foreach (ref readonly Slot s in old.AsSpan())
        {
            if (s.Hash == 0) continue;
            int i = Home(s.Hash);
            while (_slots[i].Hash != 0) i = (i + 1) & _mask;
            _slots[i] = s;
        }
    }

    /// <summary>The first occupied slot, or −1 when the map is empty (with <see cref="NextSlot"/>: allocation-free iteration).</summary>
    public int FirstSlot() => NextSlot(-1);

    /// <summary>The next occupied slot after <paramref name="slot"/>, or −1. The map must not change during the iteration.</summary>
    public int NextSlot(int slot)
    {
        var slots = _slots;
        for (int i = slot + 1; i < slots.Length; i++)
            if (slots[i].Hash != 0) return i;
        return -1;
    }

    /// <summary>The key in an occupied slot.</summary>
    public ref readonly K KeyAt(int slot) => ref _slots[slot].Key;

    /// <summary>Grows the table so that <paramref name="capacity"/> entries fit without further resizing.</summary>
    public void EnsureCapacity(int capacity)
    {
        int size = _slots.Length;
        while (size * 7L / 10 < capacity) size <<= 1;
        if (size > _slots.Length) Resize(size);
    }

    /// <summary>Enumerates (key, value) pairs in slot order (for checkpointing and tests).</summary>
    public IEnumerable<KeyValuePair<K, TValue>> Pairs()
    {
        var slots = _slots;
        for (int i = 0; i < slots.Length; i++)
        {
            if (slots[i].Hash != 0) yield return new(slots[i].Key, slots[i].Value);
        }
    }
}
