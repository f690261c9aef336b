// Typed insert throughput (span batches of 100,000 rows into a table feeding a filter view, one step per batch) and
// the time to create a build-time program and run its first step.
using System.Diagnostics;
using Bench;
var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
var sw = Stopwatch.StartNew();
var p = new FilterProgram();
p.Step();
Console.WriteLine($"process start to Main {sinceStart.TotalMilliseconds:F0} ms; program created and first step {sw.Elapsed.TotalMilliseconds:F1} ms");
const int Batch = 100_000;
var rows = new T[Batch];
for (int round = 0; round < 3; round++)
{
    long total = 0, outRows = 0;
    sw.Restart();
    for (int b = 0; b < 100; b++)
    {
        for (int i = 0; i < Batch; i++) { long id = (long)b * Batch + i + round * 100_000_000L; rows[i] = new T(id, id & 1023); }
        p.T.Insert(rows);
        p.Step();
        total += Batch;
        outRows += p.F.Changes.Count;
    }
    Console.WriteLine($"round {round}: {total / sw.Elapsed.TotalSeconds / 1e6:F2} M rows/s ({outRows} view rows)");
}
