using System.Diagnostics;

namespace Sql2Dbsp.Benchmarks;

/// <summary>
/// The <c>recursive</c> mode: transitive closure of a random graph with 100k edges (125k nodes, so the closure has
/// hundreds of thousands of pairs without one giant component). Recomputing the closure from scratch is timed as a
/// fresh pipeline that receives all edges in one step (semi-naive from empty: the cheapest recomputation; the
/// reference pipeline's naive iteration is slower still). Then single-edge insertions and deletions are timed on the
/// loaded pipeline (goal: ≥ 100× faster than recomputing), and the integrated view is checked against a breadth-first
/// closure computed in C#.
/// </summary>
internal static class RecursionBenchmark
{
    public const string Mode = "recursive";

    private const string Program = """
        CREATE TABLE edges (src INT NOT NULL, dst INT NOT NULL);
        DECLARE RECURSIVE VIEW closure (src INT NOT NULL, dst INT NOT NULL);
        CREATE VIEW closure AS
            SELECT src, dst FROM edges
            UNION SELECT closure.src, edges.dst FROM closure JOIN edges ON closure.dst = edges.src;
        """;

    public static void Run(string[] args)
    {
        bool quick = args.Contains("quick");
        int edgeCount = quick ? 20_000 : 100_000, nodes = edgeCount * 5 / 4, changes = quick ? 50 : 200, rounds = quick ? 2 : 3;
        using var program = SqlProgram.Compile(Program, new SqlProgramOptions { FileName = "closure.sql", IncludeReferenceCircuit = false });
        if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
        var random = new Random(7);
        var edges = new HashSet<(int, int)>();
        while (edges.Count < edgeCount) edges.Add((random.Next(nodes), random.Next(nodes)));
        Console.WriteLine($"Transitive closure: {nodes:N0} nodes, {edgeCount:N0} random edges; {changes} single-edge changes");

        var recompute = new Measurements();
        Pipeline? pipeline = null;
        IntegratedClosure? closure = null;
        for (int round = 0; round < rounds; round++)
        {
            pipeline = program.CreatePipeline();
            closure = new IntegratedClosure(pipeline);
            foreach (var (a, b) in edges) pipeline.Input("edges").Insert(a, b);
            long start = Stopwatch.GetTimestamp();
            pipeline.Step();
            recompute.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            closure.Add();
        }
        Console.WriteLine($"    closure: {closure!.Count:N0} pairs");
        Check(closure, edges, "after the initial load");

        var list = edges.ToList();
        var update = new Measurements();
        for (int i = 0; i < 20 + changes; i++)
        {
            if (i % 2 == 0)
            {
                (int, int) edge;
                do edge = (random.Next(nodes), random.Next(nodes)); while (!edges.Add(edge));
                list.Add(edge);
                pipeline!.Input("edges").Insert(edge.Item1, edge.Item2);
            }
            else
            {
                int k = random.Next(list.Count);
                var edge = list[k];
                list[k] = list[^1];
                list.RemoveAt(list.Count - 1);
                edges.Remove(edge);
                pipeline!.Input("edges").Delete(edge.Item1, edge.Item2);
            }
            long start = Stopwatch.GetTimestamp();
            pipeline.Step();
            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (i >= 20) update.Add(ms); // the first steps warm up the JIT
            closure.Add();
        }
        Check(closure, edges, $"after {20 + changes} single-edge changes");

        double speedup = recompute.Median / update.Median;
        Figure.Print(
        [
            Figure.Time($"recompute the closure of {edgeCount:N0} edges from scratch", recompute),
            Figure.Time("insert or delete one edge (incremental step)", update),
            new Figure("speed-up, recompute / one-edge change (medians)", $"{speedup:N0}×",
                $"best/best {recompute.Best / update.Best:N0}×, p99 change {Percentile(update, 0.99):F3} ms", "≥ 100×", speedup >= 100 ? "met" : "MISSED"),
        ]);
    }

    private static double Percentile(Measurements m, double p)
    {
        var sorted = m.Values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }

    private static void Check(IntegratedClosure closure, HashSet<(int, int)> edges, string when)
    {
        var next = edges.ToLookup(e => e.Item1, e => e.Item2);
        var expected = new HashSet<(int, int)>();
        foreach (int start in next.Select(g => g.Key))
        {
            var stack = new Stack<int>(next[start]);
            while (stack.Count > 0)
            {
                int n = stack.Pop();
                if (expected.Add((start, n))) foreach (int m in next[n]) stack.Push(m);
            }
        }
        if (!closure.Pairs.SetEquals(expected))
            throw new InvalidOperationException($"the incremental closure differs from the breadth-first closure {when}");
        Console.WriteLine($"    checked {when}: {expected.Count:N0} pairs equal the breadth-first closure");
    }

    /// <summary>The view's contents, kept up to date from its changes (every weight must be 1: a set).</summary>
    private sealed class IntegratedClosure(Pipeline pipeline)
    {
        public HashSet<(int, int)> Pairs { get; } = [];
        public int Count => Pairs.Count;

        public void Add()
        {
            foreach (var (row, weight) in pipeline.Output("closure").Changes)
            {
                var pair = ((int)row[0]!, (int)row[1]!);
                bool ok = weight switch { 1 => Pairs.Add(pair), -1 => Pairs.Remove(pair), _ => false };
                if (!ok) throw new InvalidOperationException($"closure change {pair} with weight {weight} does not keep it a set");
            }
        }
    }
}
