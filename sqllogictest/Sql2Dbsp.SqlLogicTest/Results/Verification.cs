using System.Collections.Immutable;

namespace Sql2Dbsp.SqlLogicTest.Results;

/// <summary>The outcome of comparing a query's actual result with its expected block.</summary>
/// <param name="Passed">True when the result matches.</param>
/// <param name="Mismatch">What differs (null when it passed).</param>
/// <param name="Actual">The actual values, rendered and ordered as compared.</param>
/// <param name="ActualHash">MD5 of <paramref name="Actual"/> (what labels compare).</param>
/// <param name="OrderOnly">True when a <c>nosort</c> result has the expected rows, only in another order.</param>
internal sealed record Verification(bool Passed, string? Mismatch, ImmutableArray<string> Actual, string ActualHash, bool OrderOnly = false);
