using Sql2Dbsp;

namespace Sql2Dbsp.EndToEnd.Tests.Oracle;

/// <summary>
/// The backbone oracle: a seeded random stream of inserts and deletes goes into the incremental pipeline and into the
/// non-incremental reference pipeline; after every step the integral of each view's incremental changes must equal the
/// reference pipeline's whole view. Where the compiler rewrites a construct (subqueries), both pipelines share the
/// rewrite, so a naive evaluation of the view over the tables' current rows is checked as well.
/// </summary>
public static class OracleHarness
{
    /// <summary>Generates a random row for a table.</summary>
    public delegate object?[] RowGenerator(Random random);

    /// <summary>A view computed directly from the tables' current rows (table name → rows).</summary>
    public delegate IEnumerable<object?[]> NaiveView(IReadOnlyDictionary<string, List<object?[]>> tables);

    /// <param name="baseline">
    /// The same program compiled without the optional plan rewrites: its reference pipeline must agree too, which
    /// checks that the rewrites preserve results.
    /// </param>
    /// <param name="checkpoint">
    /// Checkpoint mode: after some steps (randomly, about one in four), the incremental pipeline is checkpointed and
    /// replaced by a new pipeline resumed from the checkpoint; its changes must equal, step by step, those of an
    /// uninterrupted incremental pipeline fed the same input.
    /// </param>
    public static void Run(SqlProgram program, IReadOnlyDictionary<string, RowGenerator> tables, int steps, int seed, int maxChangesPerStep = 8,
        IReadOnlyDictionary<string, NaiveView>? naive = null, SqlProgram? baseline = null, bool checkpoint = false)
    {
        Assert.True(program.Success, program.RenderDiagnostics());
        var incremental = program.CreatePipeline();
        var uninterrupted = checkpoint ? program.CreatePipeline() : null;
        using var storage = checkpoint ? new TempDirectory() : null;
        int resumes = 0;
        var reference = program.CreateReferencePipeline();
        var unoptimized = baseline?.CreateReferencePipeline();
        var random = new Random(seed);
        var live = tables.Keys.ToDictionary(t => t, _ => new List<object?[]>());
        var integrals = program.Views.Where(v => v.Kind != Compiler.Syntax.ViewKind.Local)
            .ToDictionary(v => v.Name, _ => new Dictionary<object?[], long>(RowComparer.Instance));

        for (int step = 0; step < steps; step++)
        {
            foreach (var (table, generate) in tables)
            {
                int changes = random.Next(maxChangesPerStep + 1);
                for (int i = 0; i < changes; i++)
                {
                    var rows = live[table];
                    if (rows.Count > 0 && random.Next(3) == 0)
                    {
                        int k = random.Next(rows.Count);
                        Push(table, rows[k], -1);
                        rows[k] = rows[^1];
                        rows.RemoveAt(rows.Count - 1);
                    }
                    else
                    {
                        var row = generate(random);
                        Push(table, row, 1);
                        rows.Add(row);
                    }
                }
            }
            incremental.Step();
            reference.Step();
            unoptimized?.Step();
            uninterrupted?.Step();
            foreach (var (view, integral) in integrals)
            {
                if (uninterrupted is not null)
                {
                    var resumed = Consolidate(incremental.Output(view).Changes);
                    var straight = Consolidate(uninterrupted.Output(view).Changes);
                    if (!SameMultiset(straight, resumed))
                        Assert.Fail($"view {view}: the pipeline resumed from a checkpoint ({resumes} resumes) differs from the uninterrupted one at step {step} (seed {seed})\nuninterrupted:\n{Show(straight)}\nresumed:\n{Show(resumed)}");
                }
                foreach (var (row, weight) in incremental.Output(view).Changes)
                {
                    long w = integral.GetValueOrDefault(row) + weight;
                    if (w == 0) integral.Remove(row); else integral[row] = w;
                }
                var expected = Consolidate(reference.Output(view).Changes);
                if (!SameMultiset(expected, integral))
                    Assert.Fail($"view {view} differs at step {step} (seed {seed})\nexpected:\n{Show(expected)}\nincremental:\n{Show(integral)}");
                if (unoptimized is not null)
                {
                    var plain = Consolidate(unoptimized.Output(view).Changes);
                    if (!SameMultiset(plain, integral))
                        Assert.Fail($"view {view} differs from the program without plan rewrites at step {step} (seed {seed})\nwithout rewrites:\n{Show(plain)}\nincremental:\n{Show(integral)}");
                }
                if (naive?.GetValueOrDefault(view) is { } evaluate)
                {
                    var direct = Consolidate(evaluate(live).Select(row => (row, 1L)));
                    if (!SameMultiset(direct, integral))
                        Assert.Fail($"view {view} differs from its naive evaluation at step {step} (seed {seed})\nnaive:\n{Show(direct)}\nincremental:\n{Show(integral)}");
                }
            }
            if (storage is not null && random.Next(4) == 0)
            {
                var info = incremental.Checkpoint(storage.Path);
                Assert.Equal(incremental.StepCount, info.Step);
                incremental = program.ResumePipeline(storage.Path);
                Assert.Equal(info.Sequence, incremental.ResumedFrom!.Checkpoint.Sequence);
                Assert.Equal(step + 1, incremental.StepCount);
                foreach (var view in program.Views.Where(v => v.Kind == Compiler.Syntax.ViewKind.Materialized))
                    Assert.True(SameMultiset(Consolidate(uninterrupted!.Output(view.Name).Contents.Select(r => (r, 1L))),
                        Consolidate(incremental.Output(view.Name).Contents.Select(r => (r, 1L)))), $"materialized view {view.Name} after resuming");
                resumes++;
            }
        }
        if (checkpoint) Assert.True(resumes > 0, "checkpoint mode never resumed");

        void Push(string table, object?[] row, long weight)
        {
            incremental.Input(table).Push(row, weight);
            reference.Input(table).Push(row, weight);
            unoptimized?.Input(table).Push(row, weight);
            uninterrupted?.Input(table).Push(row, weight);
        }
    }

    private static Dictionary<object?[], long> Consolidate(IEnumerable<(object?[] Row, long Weight)> rows)
    {
        var result = new Dictionary<object?[], long>(RowComparer.Instance);
        foreach (var (row, weight) in rows)
        {
            long w = result.GetValueOrDefault(row) + weight;
            if (w == 0) result.Remove(row); else result[row] = w;
        }
        return result;
    }

    private static bool SameMultiset(Dictionary<object?[], long> a, Dictionary<object?[], long> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out long w) && w == kv.Value);

    private static string Show(Dictionary<object?[], long> rows) =>
        string.Join("\n", rows.Select(kv => $"  {kv.Value:+0;-0} ({string.Join(", ", kv.Key.Select(v => v ?? "NULL"))})").Order(StringComparer.Ordinal));

    private sealed class RowComparer : IEqualityComparer<object?[]>
    {
        public static readonly RowComparer Instance = new();
        public bool Equals(object?[]? x, object?[]? y) => System.Collections.StructuralComparisons.StructuralEqualityComparer.Equals(x, y);
        public int GetHashCode(object?[] row) => System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(row);
    }
}
