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
    public static void Run(SqlProgram program, IReadOnlyDictionary<string, RowGenerator> tables, int steps, int seed, int maxChangesPerStep = 8,
        IReadOnlyDictionary<string, NaiveView>? naive = null, SqlProgram? baseline = null)
    {
        Assert.True(program.Success, program.RenderDiagnostics());
        var incremental = program.CreatePipeline();
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
            foreach (var (view, integral) in integrals)
            {
                foreach (var (row, weight) in incremental.Output(view).Changes)
                {
                    long w = integral.GetValueOrDefault(row) + weight;
                    if (w == 0) integral.Remove(row); else integral[row] = w;
                }
                var expected = new Dictionary<object?[], long>(RowComparer.Instance);
                foreach (var (row, weight) in reference.Output(view).Changes) expected[row] = expected.GetValueOrDefault(row) + weight;
                if (!SameMultiset(expected, integral))
                    Assert.Fail($"view {view} differs at step {step} (seed {seed})\nexpected:\n{Show(expected)}\nincremental:\n{Show(integral)}");
                if (unoptimized is not null)
                {
                    var plain = new Dictionary<object?[], long>(RowComparer.Instance);
                    foreach (var (row, weight) in unoptimized.Output(view).Changes) plain[row] = plain.GetValueOrDefault(row) + weight;
                    if (!SameMultiset(plain, integral))
                        Assert.Fail($"view {view} differs from the program without plan rewrites at step {step} (seed {seed})\nwithout rewrites:\n{Show(plain)}\nincremental:\n{Show(integral)}");
                }
                if (naive?.GetValueOrDefault(view) is { } evaluate)
                {
                    var direct = new Dictionary<object?[], long>(RowComparer.Instance);
                    foreach (var row in evaluate(live)) direct[row] = direct.GetValueOrDefault(row) + 1;
                    if (!SameMultiset(direct, integral))
                        Assert.Fail($"view {view} differs from its naive evaluation at step {step} (seed {seed})\nnaive:\n{Show(direct)}\nincremental:\n{Show(integral)}");
                }
            }
        }

        void Push(string table, object?[] row, long weight)
        {
            incremental.Input(table).Push(row, weight);
            reference.Input(table).Push(row, weight);
            unoptimized?.Input(table).Push(row, weight);
        }
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
