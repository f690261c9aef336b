namespace Sql2Dbsp.Compiler.Text;

/// <summary>A range of characters in a <see cref="SourceText"/>: offset and length. Line and column are computed only when rendering.</summary>
public readonly record struct SourceSpan(int Offset, int Length)
{
    /// <summary>The span of synthesized nodes that have no source.</summary>
    public static SourceSpan None => new(-1, 0);

    public bool IsNone => Offset < 0;
    public int End => Offset + Length;

    /// <summary>The smallest span covering both; <see cref="None"/> is the identity.</summary>
    public SourceSpan Cover(SourceSpan other)
    {
        if (IsNone) return other;
        if (other.IsNone) return this;
        int start = Math.Min(Offset, other.Offset);
        return new SourceSpan(start, Math.Max(End, other.End) - start);
    }

    public override string ToString() => IsNone ? "<none>" : $"[{Offset}..{End})";
}
