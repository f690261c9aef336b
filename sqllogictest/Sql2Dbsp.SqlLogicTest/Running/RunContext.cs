using Sql2Dbsp.SqlLogicTest.Execution;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>What every file of a run shares: options, the evaluator, the slots that bound parallel work, counters.</summary>
internal sealed class RunContext
{
    private readonly CancellationTokenSource stop = new();

    /// <summary>Creates the context of a run with <paramref name="options"/>.</summary>
    public RunContext(RunnerOptions options)
    {
        Options = options;
        Timings = new Timings(options.DetailedTimings);
        Evaluator = new ViewEvaluator(Timings);
        Slots = new SemaphoreSlim(Math.Max(1, options.Jobs));
    }

    /// <summary>The options.</summary>
    public RunnerOptions Options { get; }

    /// <summary>Where the time goes.</summary>
    public Timings Timings { get; }

    /// <summary>Compiles and runs query batches.</summary>
    public ViewEvaluator Evaluator { get; }

    /// <summary>One slot per job: taken while a program is compiled and run, so at most <see cref="RunnerOptions.Jobs"/> run at once.</summary>
    public SemaphoreSlim Slots { get; }

    /// <summary>Live counters.</summary>
    public RunProgress Progress { get; } = new();

    /// <summary>Cancelled when the run must stop (<c>--stop-on-error</c> after a failure, or the caller's token).</summary>
    public CancellationToken Stopping => stop.Token;

    /// <summary>Stops the run: files and batches that have not started do not start.</summary>
    public void Stop() => stop.Cancel();

    /// <summary>Counts a finished record and stops the run on a failure when asked to.</summary>
    public void Count(RecordResult result)
    {
        Progress.Count(result.Status);
        if (result.Status == RecordStatus.Failed && Options.StopOnError) Stop();
    }
}
