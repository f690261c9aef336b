using System.Collections.Immutable;

namespace Sql2Dbsp.SqlLogicTest.Format;

/// <summary>The result block of a <c>query</c> record, after the <c>----</c> line.</summary>
internal abstract record ExpectedResult;

/// <summary>The values written out, one per line (an absent block is an empty list).</summary>
internal sealed record ExpectedValues(ImmutableArray<string> Values) : ExpectedResult;

/// <summary>The single line <c>N values hashing to MD5</c> that stands for more values than the hash threshold.</summary>
internal sealed record ExpectedHash(int Count, string Hash) : ExpectedResult;
