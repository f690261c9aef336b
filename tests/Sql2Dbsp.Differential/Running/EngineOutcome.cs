using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Types;

namespace Sql2Dbsp.Differential.Running;

/// <summary>
/// What our engine gave for one query: the view's integrated contents after each round (round 0 = initial data),
/// or the error that stopped it (then <see cref="Rounds"/> holds the rounds before the failure).
/// </summary>
internal sealed record EngineOutcome(ImmutableArray<SqlType> ColumnTypes, ImmutableArray<List<object?[]>> Rounds,
    string? Error = null, int FailedRound = int.MaxValue, bool CompileFailed = false)
{
    public static EngineOutcome CompileError(string message) => new([], [], message, 0, CompileFailed: true);

    public static EngineOutcome RuntimeError(ImmutableArray<SqlType> types, ImmutableArray<List<object?[]>> rounds, string message, int round) =>
        new(types, rounds, message, round);
}
