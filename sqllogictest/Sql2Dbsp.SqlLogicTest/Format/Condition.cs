namespace Sql2Dbsp.SqlLogicTest.Format;

/// <summary>A <c>skipif ENGINE</c> or <c>onlyif ENGINE</c> line at the start of a record.</summary>
/// <param name="OnlyIf">True for <c>onlyif</c>, false for <c>skipif</c>.</param>
/// <param name="Engine">The engine name as written (compared case-insensitively).</param>
internal sealed record Condition(bool OnlyIf, string Engine)
{
    /// <summary>
    /// True when this condition lets the record run on <paramref name="engine"/>: a <c>skipif</c> for another engine,
    /// or an <c>onlyif</c> for this one.
    /// </summary>
    public bool Allows(string engine) => OnlyIf == string.Equals(Engine, engine, StringComparison.OrdinalIgnoreCase);
}
