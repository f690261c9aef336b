using Sql2Dbsp.Compiler;

namespace Sql2Dbsp.CrashHarness;

/// <summary>How a crash run goes.</summary>
public sealed record HarnessOptions
{
    /// <summary>SIGKILLs per model (at least this many; the input keeps growing until they are done).</summary>
    public int Kills { get; init; } = 20;

    /// <summary>The models to test.</summary>
    public IReadOnlyList<FaultToleranceModel> Models { get; init; } = [FaultToleranceModel.ExactlyOnce, FaultToleranceModel.AtLeastOnce];

    /// <summary>Orders in the input (customers are a tenth of that, plus upserts changing their region).</summary>
    public int Orders { get; init; } = 40_000;

    /// <summary>The input is appended in this many chunks while the pipeline runs (and between restarts).</summary>
    public int Chunks { get; init; } = 60;

    /// <summary>Seed of the input and of the kill schedule.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Concurrent HTTP ingress clients (exactly-once; under at-least-once one refused request per run).</summary>
    public int IngressClients { get; init; } = 3;

    /// <summary>The longest a run lives before it is killed.</summary>
    public TimeSpan MaxLifetime { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>The working directory (a new temporary one when null; kept for inspection when a check fails).</summary>
    public string? Directory { get; init; }

    /// <summary>Progress lines go here.</summary>
    public Action<string> Log { get; init; } = Console.WriteLine;
}
