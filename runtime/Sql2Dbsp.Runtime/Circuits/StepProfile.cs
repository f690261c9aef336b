using System.Diagnostics;
using System.Globalization;
using Sql2Dbsp.Runtime.Operators;

namespace Sql2Dbsp.Runtime.Circuits;

/// <summary>
/// Per-operator timings of a step, for finding where a step's time goes without a profiler: with the environment
/// variable <c>SQL2DBSP_PROFILE_STEPS</c> set to a number of milliseconds, every step that takes at least that long
/// writes each operator's wall time, process CPU time and managed allocations (slowest first) to standard error.
/// </summary>
internal static class StepProfile
{
    private static readonly double? Threshold = ReadThreshold();

    public static bool Enabled => Threshold is not null;

    private static double? ReadThreshold()
    {
        string? value = Environment.GetEnvironmentVariable("SQL2DBSP_PROFILE_STEPS");
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double ms) ? ms : null;
    }

    public static void Run(Operator[] operators, long step, ref Operator? current)
    {
        var times = new (double Ms, double Cpu, long Bytes, Operator Op)[operators.Length];
        using var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        int gcs = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        for (int i = 0; i < operators.Length; i++)
        {
            var op = operators[i];
            current = op;
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            op.Eval();
            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            process.Refresh();
            times[i] = (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - bytes, op);
        }
        double ms = total.Elapsed.TotalMilliseconds;
        process.Refresh();
        double cpuMs = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
        if (ms < Threshold!.Value) return;
        var order = new int[times.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => times[b].Ms.CompareTo(times[a].Ms));
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"step {step}: {ms:F1} ms (process CPU {cpuMs:F0} ms), {operators.Length} operators, {GC.CollectionCount(0) - gcs} gen0 / {GC.CollectionCount(2) - gen2} gen2 GCs, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms\n");
        foreach (int i in order)
        {
            var (t, c, b, op) = times[i];
            if (t < ms / 200) break;
            text.Append(CultureInfo.InvariantCulture, $"  {t,9:F1} ms (CPU {c,6:F0}) {b / 1048576.0,8:F1} MB  #{i} {op.Kind} {op.View} {op.Location}\n");
        }
        Console.Error.Write(text.ToString());
    }
}
