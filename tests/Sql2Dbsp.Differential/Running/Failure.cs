using Sql2Dbsp.Differential.Generation;

namespace Sql2Dbsp.Differential.Running;

/// <summary>Where a query's answers differ.</summary>
internal enum FailureKind
{
    /// <summary>Both answered, with different rows.</summary>
    Mismatch,

    /// <summary>Our compiler rejected a query PostgreSQL ran.</summary>
    CompileError,

    /// <summary>Our pipeline's step failed where PostgreSQL answered.</summary>
    RuntimeError,

    /// <summary>PostgreSQL failed where our engine answered (a generator defect, or an error we miss).</summary>
    PostgresError,
}

/// <summary>A query whose answers differ, with the seed and index that regenerate it.</summary>
internal sealed record Failure(int Seed, Query Query, FailureKind Kind, int Round, string Message)
{
    /// <summary>Where the .slt reproduction was written, if it was.</summary>
    public string? Reproduction { get; set; }

    /// <summary>For grouping in the summary: the kind and, for errors, the error's first words.</summary>
    public string Category => Kind switch
    {
        FailureKind.Mismatch => $"mismatch ({Query.Shape})",
        _ => $"{Kind}: {Truncate(Message, 90)}",
    };

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n] + "...";

    public override string ToString() =>
        $"seed {Seed} query {Query.Index} ({Query.Shape}), round {Round}: {Kind}: {Message}\n  {Query.Sql}" +
        (Reproduction is null ? "" : $"\n  reproduction: {Reproduction}");
}
