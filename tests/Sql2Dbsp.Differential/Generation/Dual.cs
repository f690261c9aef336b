namespace Sql2Dbsp.Differential.Generation;

/// <summary>
/// SQL text in two dialects: ours (<see cref="Ours"/>) and PostgreSQL's (<see cref="Pg"/>). Most fragments are the same
/// in both; where our documented dialect differs on purpose (see docs/sql-reference.md), a fragment spells the same
/// meaning twice, so the two engines are asked the same question.
/// </summary>
internal readonly record struct Dual(string Ours, string Pg)
{
    /// <summary>Text that is the same in both dialects.</summary>
    public static implicit operator Dual(string both) => new(both, both);

    public static Dual operator +(Dual a, Dual b) => new(a.Ours + b.Ours, a.Pg + b.Pg);

    /// <summary>Joins fragments with a separator.</summary>
    public static Dual Join(string separator, IEnumerable<Dual> parts)
    {
        var list = parts.ToList();
        return new(string.Join(separator, list.Select(p => p.Ours)), string.Join(separator, list.Select(p => p.Pg)));
    }

    /// <summary>A function call or similar: <c>name(args)</c>.</summary>
    public static Dual Call(string name, params Dual[] args) => (Dual)(name + "(") + Join(", ", args) + ")";

    /// <summary>The fragment in parentheses.</summary>
    public Dual Paren() => (Dual)"(" + this + ")";

    public override string ToString() => Ours == Pg ? Ours : $"{Ours}  /* PostgreSQL: {Pg} */";
}
