using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Algebra;

/// <summary>
/// A key/value pair: the row type of an indexed Z-set (<c>ZSet&lt;KV&lt;K, V&gt;&gt;</c>). Ordered by key, then by
/// value, so in a consolidated indexed Z-set the values of one key are contiguous and sorted.
/// </summary>
/// <typeparam name="K">The key row.</typeparam>
/// <typeparam name="V">The value row.</typeparam>
public struct KV<K, V> : IRow<KV<K, V>>, IEquatable<KV<K, V>>
    where K : struct, IRow<K>
    where V : struct, IRow<V>
{
    /// <summary>The key.</summary>
    public K Key;

    /// <summary>The value.</summary>
    public V Value;

    /// <summary>Creates a pair.</summary>
    public KV(K key, V value)
    {
        Key = key;
        Value = value;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(in KV<K, V> a, in KV<K, V> b)
    {
        int c = K.Compare(a.Key, b.Key);
        return c != 0 ? c : V.Compare(a.Value, b.Value);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AreEqual(in KV<K, V> a, in KV<K, V> b) => K.AreEqual(a.Key, b.Key) && V.AreEqual(a.Value, b.Value);

    /// <summary>
    /// The key's prefix (pairs order by key first), followed by the value's when the key's is exact and leaves bits
    /// free (an integer key then also orders the values of equal keys by prefix).
    /// </summary>
    public static bool HasSortPrefix => K.HasSortPrefix || (WithValue && V.HasSortPrefix);

    private static bool WithValue => K.SortPrefixExactBits is >= 0 and < 64;

    /// <inheritdoc cref="IRow{T}.SortPrefix"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SortPrefix(in KV<K, V> row) =>
        WithValue ? K.SortPrefix(row.Key) | V.SortPrefix(row.Value) >> K.SortPrefixExactBits : K.SortPrefix(row.Key);

    /// <inheritdoc cref="IRow{T}.SortPrefixExactBits"/>
    public static int SortPrefixExactBits =>
        K.SortPrefixExactBits >= 0 && V.SortPrefixExactBits >= 0 && K.SortPrefixExactBits + V.SortPrefixExactBits <= 64
            ? K.SortPrefixExactBits + V.SortPrefixExactBits
            : -1;

    /// <summary>Deterministic (process-independent) combination of the key and value hashes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(in KV<K, V> row) => unchecked(K.Hash(row.Key) * -1640531535 + V.Hash(row.Value));

    /// <inheritdoc/>
    public readonly bool Equals(KV<K, V> other) => AreEqual(this, other);

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is KV<K, V> other && AreEqual(this, other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => Hash(this);

    /// <inheritdoc/>
    public override readonly string ToString() => $"{Key} => {Value}";

    /// <summary>Row equality.</summary>
    public static bool operator ==(KV<K, V> left, KV<K, V> right) => AreEqual(left, right);

    /// <summary>Row inequality.</summary>
    public static bool operator !=(KV<K, V> left, KV<K, V> right) => !AreEqual(left, right);
}

/// <summary>Factory for <see cref="KV{K, V}"/> with type inference.</summary>
public static class KV
{
    /// <summary>Creates a pair.</summary>
    public static KV<K, V> Create<K, V>(K key, V value) where K : struct, IRow<K> where V : struct, IRow<V> => new(key, value);
}
