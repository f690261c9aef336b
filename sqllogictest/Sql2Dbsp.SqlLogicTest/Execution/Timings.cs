using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// Where the time goes, summed over all threads (so the total can exceed the wall time on several cores). The front end
/// and the C# emitter are timed separately only when <see cref="Detailed"/> is set, by running them a second time on
/// the side: the public API compiles SQL to a loaded assembly in one call.
/// </summary>
internal sealed class Timings(bool detailed)
{
    private readonly long[] ticks = new long[Enum.GetValues<Phase>().Length];
    private long programs, views, recompiles;

    /// <summary>The phases measured.</summary>
    public enum Phase
    {
        /// <summary>Reading and parsing .test files.</summary>
        ParseFiles,

        /// <summary>Executing statement records (DDL checks, DML; includes their own compiles).</summary>
        Statements,

        /// <summary><c>SqlProgram.Compile</c>: front end, C# emission, Roslyn, assembly load.</summary>
        Compile,

        /// <summary>The front end alone (parse, bind, plan, circuit passes); only with <see cref="Detailed"/>.</summary>
        FrontEnd,

        /// <summary>C# emission alone; only with <see cref="Detailed"/>.</summary>
        Emit,

        /// <summary>Creating the pipeline (circuit construction, first JIT of the builders).</summary>
        CreatePipeline,

        /// <summary>Pushing the inputs and stepping (JIT of the operators plus the actual work).</summary>
        Step,

        /// <summary>JIT compilation during pipeline creation and steps (part of the two phases above).</summary>
        Jit,

        /// <summary>Rendering, sorting, hashing and comparing results.</summary>
        Verify,
    }

    /// <summary>True when front end and emission are timed separately (costs an extra front-end run per program).</summary>
    public bool Detailed { get; } = detailed;

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to a phase.</summary>
    public void Add(Phase phase, long startTimestamp) => Interlocked.Add(ref ticks[(int)phase], Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>Adds a duration to a phase.</summary>
    public void Add(Phase phase, TimeSpan duration) => Interlocked.Add(ref ticks[(int)phase], (long)(duration.TotalSeconds * Stopwatch.Frequency));

    /// <summary>Counts one compiled program holding <paramref name="viewCount"/> views; <paramref name="retry"/> when it repeats a batch after a failure.</summary>
    public void CountProgram(int viewCount, bool retry)
    {
        Interlocked.Increment(ref programs);
        Interlocked.Add(ref views, viewCount);
        if (retry) Interlocked.Increment(ref recompiles);
    }

    /// <summary>A few lines for the end of a run.</summary>
    public string Describe(TimeSpan wall)
    {
        double Seconds(Phase p) => (double)Interlocked.Read(ref ticks[(int)p]) / Stopwatch.Frequency;
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"time: wall {wall.TotalSeconds:F1} s; summed over threads:");
        foreach (var p in Enum.GetValues<Phase>())
        {
            if (!Detailed && p is Phase.FrontEnd or Phase.Emit) continue;
            sb.Append(inv, $" {p} {Seconds(p):F1} s;");
        }
        sb.Append('\n').Append(inv, $"programs: {programs} ({recompiles} retries after a failure), {views} views compiled");
        if (Detailed)
        {
            double roslyn = Seconds(Phase.Compile) - Seconds(Phase.FrontEnd) - Seconds(Phase.Emit);
            sb.Append(inv, $"; Roslyn + load ≈ {roslyn:F1} s (Compile − FrontEnd − Emit)");
        }
        return sb.ToString();
    }
}
