using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Compiler.Circuit;

/// <summary>The column types of a row; compared by value so the emitter can share one struct per distinct row type.</summary>
public sealed record RowType(ImmutableArray<SqlType> Columns)
{
    public static readonly RowType Empty = new(ImmutableArray<SqlType>.Empty);

    public int Arity => Columns.Length;
    public SqlType this[int index] => Columns[index];

    public bool Equals(RowType? other) => other is not null && Columns.SequenceEqual(other.Columns);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var c in Columns) h.Add(c);
        return h.ToHashCode();
    }

    public override string ToString() => "(" + string.Join(", ", Columns) + ")";
}

/// <summary>The element type of a stream: a Z-set of <see cref="Value"/> rows, or an indexed Z-set when <see cref="Key"/> is set.</summary>
public sealed record StreamType(RowType? Key, RowType Value)
{
    public static StreamType Flat(RowType row) => new(null, row);
    public static StreamType Indexed(RowType key, RowType value) => new(key, value);

    public bool IsIndexed => Key is not null;

    public override string ToString() => Key is null ? $"ZSet{Value}" : $"IndexedZSet{Key} -> {Value}";
}
