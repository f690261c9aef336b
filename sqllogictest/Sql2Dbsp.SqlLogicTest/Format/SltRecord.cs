using System.Collections.Immutable;

namespace Sql2Dbsp.SqlLogicTest.Format;

/// <summary>
/// One record of a sqllogictest file: a group of non-blank lines. <see cref="FirstLine"/> is the record's first line
/// (its first condition, if any), <see cref="Line"/> the line of its command word and <see cref="LastLine"/> its last
/// line; all are 1-based line numbers of the file.
/// </summary>
internal abstract record SltRecord(int FirstLine, int Line, int LastLine, ImmutableArray<Condition> Conditions)
{
    /// <summary>True when no <c>skipif</c>/<c>onlyif</c> condition excludes <paramref name="engine"/>.</summary>
    public bool RunsOn(string engine) => Conditions.All(c => c.Allows(engine));

    /// <summary>True when <paramref name="line"/> is one of the record's lines (how <c>file:LINE</c> names a record).</summary>
    public bool Covers(int line) => line >= FirstLine && line <= LastLine;
}

/// <summary><c>statement ok</c> or <c>statement error</c> followed by SQL (possibly several statements).</summary>
internal sealed record StatementRecord(
    int FirstLine, int Line, int LastLine, ImmutableArray<Condition> Conditions, bool ExpectError, string Sql)
    : SltRecord(FirstLine, Line, LastLine, Conditions);

/// <summary><c>query TYPES [SORT] [LABEL]</c>, the SQL, and the expected result.</summary>
/// <param name="Types">One letter per result column: I (integer), R (real), T (text).</param>
internal sealed record QueryRecord(
    int FirstLine, int Line, int LastLine, ImmutableArray<Condition> Conditions,
    string Types, SortMode Sort, string? Label, string Sql, ExpectedResult Expected)
    : SltRecord(FirstLine, Line, LastLine, Conditions);

/// <summary><c>hash-threshold N</c>: results with more than N values are written as an MD5 hash.</summary>
internal sealed record HashThresholdRecord(int FirstLine, int Line, int LastLine, ImmutableArray<Condition> Conditions, int Threshold)
    : SltRecord(FirstLine, Line, LastLine, Conditions);

/// <summary><c>halt</c>: stops the file (normally guarded by a condition).</summary>
internal sealed record HaltRecord(int FirstLine, int Line, int LastLine, ImmutableArray<Condition> Conditions)
    : SltRecord(FirstLine, Line, LastLine, Conditions);

/// <summary>A record the parser could not understand. An unknown record type stops the file, as in the reference runner.</summary>
internal sealed record InvalidRecord(
    int FirstLine, int Line, int LastLine, ImmutableArray<Condition> Conditions, string Message, bool StopsFile)
    : SltRecord(FirstLine, Line, LastLine, Conditions);
