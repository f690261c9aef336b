using Sql2Dbsp.EndToEnd.Tests.Oracle;

namespace Sql2Dbsp.EndToEnd.Tests.Recursion;

/// <summary>
/// Recursive views over random edge insertions and deletions: the incremental pipeline (nested fixed-point circuits
/// with state per iteration) must equal, after every step, the reference pipeline (naive fixed-point iteration from
/// scratch) and a direct C# computation.
/// </summary>
public class RecursiveOracleTests
{
    private const string Edges = "CREATE TABLE e (a INT NOT NULL, b INT NOT NULL);\n";

    private static Dictionary<string, OracleHarness.RowGenerator> EdgeGenerator(int nodes) => new()
    {
        ["e"] = r => [r.Next(nodes), r.Next(nodes)],
    };

    /// <summary>All pairs (a, b) with a path a → … → b of at least one edge.</summary>
    internal static HashSet<(int, int)> Closure(IEnumerable<(int A, int B)> edges)
    {
        var next = edges.GroupBy(e => e.A).ToDictionary(g => g.Key, g => g.Select(e => e.B).Distinct().ToList());
        var result = new HashSet<(int, int)>();
        foreach (int start in next.Keys)
        {
            var stack = new Stack<int>(next[start]);
            while (stack.Count > 0)
            {
                int n = stack.Pop();
                if (!result.Add((start, n))) continue;
                foreach (int m in next.GetValueOrDefault(n) ?? []) stack.Push(m);
            }
        }
        return result;
    }

    private static IEnumerable<(int, int)> EdgesOf(IReadOnlyDictionary<string, List<object?[]>> db) =>
        db["e"].Select(r => ((int)r[0]!, (int)r[1]!));

    [Theory]
    [InlineData(6, 11)]
    [InlineData(12, 23)]
    public void TransitiveClosure(int nodes, int seed)
    {
        var program = SqlProgram.Compile(Edges + """
            DECLARE RECURSIVE VIEW tc (a INT NOT NULL, b INT NOT NULL);
            CREATE VIEW tc AS SELECT a, b FROM e UNION SELECT tc.a, e.b FROM tc JOIN e ON tc.b = e.a;
            """);
        OracleHarness.Run(program, EdgeGenerator(nodes), steps: 150, seed: seed, naive: new Dictionary<string, OracleHarness.NaiveView>
        {
            ["tc"] = db => Closure(EdgesOf(db)).Select(p => new object?[] { p.Item1, p.Item2 }),
        });
    }

    /// <summary>Non-linear recursion (the closure joined with itself): both join inputs change at many iterations.</summary>
    [Fact]
    public void NonLinearTransitiveClosure()
    {
        var program = SqlProgram.Compile(Edges + """
            DECLARE RECURSIVE VIEW tc (a INT NOT NULL, b INT NOT NULL);
            CREATE VIEW tc AS SELECT a, b FROM e UNION SELECT x.a, y.b FROM tc AS x JOIN tc AS y ON x.b = y.a;
            """);
        OracleHarness.Run(program, EdgeGenerator(10), steps: 150, seed: 3, naive: new Dictionary<string, OracleHarness.NaiveView>
        {
            ["tc"] = db => Closure(EdgesOf(db)).Select(p => new object?[] { p.Item1, p.Item2 }),
        });
    }

    /// <summary>Reachability from the nodes of a second table, a view over the recursive view, and a checkpoint mode run.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReachabilityFromSources(bool checkpoint)
    {
        var program = SqlProgram.Compile(Edges + """
            CREATE TABLE src (n INT NOT NULL);
            DECLARE RECURSIVE VIEW reach (n INT NOT NULL);
            CREATE VIEW reach AS SELECT n FROM src UNION SELECT e.b FROM reach JOIN e ON reach.n = e.a;
            CREATE VIEW reach_count AS SELECT COUNT(*) AS c FROM reach;
            """);
        var generators = new Dictionary<string, OracleHarness.RowGenerator>(EdgeGenerator(10)) { ["src"] = r => [r.Next(10)] };
        OracleHarness.Run(program, generators, steps: 150, seed: 5, maxChangesPerStep: 4, checkpoint: checkpoint,
            naive: new Dictionary<string, OracleHarness.NaiveView>
            {
                ["reach"] = db =>
                {
                    var next = EdgesOf(db).ToLookup(e => e.Item1, e => e.Item2);
                    var seen = new HashSet<int>();
                    var stack = new Stack<int>(db["src"].Select(r => (int)r[0]!));
                    while (stack.Count > 0)
                    {
                        int n = stack.Pop();
                        if (seen.Add(n)) foreach (int m in next[n]) stack.Push(m);
                    }
                    return seen.Select(n => new object?[] { n });
                },
            });
    }

    /// <summary>Mutual recursion: nodes at an even and at an odd distance from node 0.</summary>
    [Fact]
    public void MutualRecursion()
    {
        var program = SqlProgram.Compile(Edges + """
            DECLARE RECURSIVE VIEW even_nodes (n INT NOT NULL);
            DECLARE RECURSIVE VIEW odd_nodes (n INT NOT NULL);
            CREATE VIEW odd_nodes AS SELECT e.b AS n FROM even_nodes JOIN e ON even_nodes.n = e.a;
            CREATE VIEW even_nodes AS SELECT 0 AS n UNION SELECT e.b FROM odd_nodes JOIN e ON odd_nodes.n = e.a;
            """);
        HashSet<(int Node, int Parity)> Walk(IReadOnlyDictionary<string, List<object?[]>> db)
        {
            var next = EdgesOf(db).ToLookup(e => e.Item1, e => e.Item2);
            var seen = new HashSet<(int, int)>();
            var stack = new Stack<(int, int)>([(0, 0)]);
            while (stack.Count > 0)
            {
                var (n, p) = stack.Pop();
                if (seen.Add((n, p))) foreach (int m in next[n]) stack.Push((m, 1 - p));
            }
            return seen;
        }
        OracleHarness.Run(program, EdgeGenerator(8), steps: 150, seed: 17, naive: new Dictionary<string, OracleHarness.NaiveView>
        {
            ["even_nodes"] = db => Walk(db).Where(x => x.Parity == 0).Select(x => new object?[] { x.Node }),
            ["odd_nodes"] = db => Walk(db).Where(x => x.Parity == 1).Select(x => new object?[] { x.Node }),
        });
    }

    /// <summary>An aggregate inside the recursion: shortest distances from node 0 (MIN over paths; weights ≥ 1).</summary>
    [Fact]
    public void ShortestPathsThroughMin()
    {
        var program = SqlProgram.Compile("""
            CREATE TABLE w (a INT NOT NULL, b INT NOT NULL, cost INT NOT NULL);
            DECLARE RECURSIVE VIEW dist (n INT NOT NULL, d INT);
            CREATE VIEW dist AS
              SELECT n, MIN(d) AS d FROM (
                SELECT 0 AS n, 0 AS d
                UNION ALL SELECT w.b, dist.d + w.cost FROM dist JOIN w ON dist.n = w.a) AS paths
              GROUP BY n;
            """);
        var generators = new Dictionary<string, OracleHarness.RowGenerator> { ["w"] = r => [r.Next(7), r.Next(7), r.Next(1, 5)] };
        OracleHarness.Run(program, generators, steps: 120, seed: 29, maxChangesPerStep: 4, naive: new Dictionary<string, OracleHarness.NaiveView>
        {
            ["dist"] = db =>
            {
                var dist = new Dictionary<int, int> { [0] = 0 };
                for (bool changed = true; changed;)
                {
                    changed = false;
                    foreach (var r in db["w"])
                    {
                        int a = (int)r[0]!, b = (int)r[1]!, c = (int)r[2]!;
                        if (dist.TryGetValue(a, out int da) && (!dist.TryGetValue(b, out int db2) || da + c < db2))
                        {
                            dist[b] = da + c;
                            changed = true;
                        }
                    }
                }
                return dist.Select(p => new object?[] { p.Key, p.Value });
            },
        });
    }

    /// <summary>Two independent groups, a declared view that turns out not to be recursive, and a LEFT JOIN over the closure.</summary>
    [Fact]
    public void SeveralGroupsAndViewsAround()
    {
        var program = SqlProgram.Compile(Edges + """
            DECLARE RECURSIVE VIEW plain (a INT NOT NULL);
            CREATE VIEW plain AS SELECT a FROM e WHERE a > b;
            DECLARE RECURSIVE VIEW fwd (a INT NOT NULL, b INT NOT NULL);
            DECLARE RECURSIVE VIEW back (a INT NOT NULL, b INT NOT NULL);
            CREATE LOCAL VIEW starts AS SELECT DISTINCT a FROM fwd;
            CREATE VIEW fwd AS SELECT a, b FROM e WHERE a < b UNION SELECT fwd.a, e.b FROM fwd JOIN e ON fwd.b = e.a WHERE e.a < e.b;
            CREATE VIEW back AS SELECT b AS a, a AS b FROM e UNION SELECT back.a, e.a FROM back JOIN e ON back.b = e.b;
            CREATE VIEW lonely AS SELECT e.a, starts.a AS s FROM e LEFT JOIN starts ON e.b = starts.a;
            """);
        OracleHarness.Run(program, EdgeGenerator(9), steps: 120, seed: 41, naive: new Dictionary<string, OracleHarness.NaiveView>
        {
            ["fwd"] = db => Closure(EdgesOf(db).Where(e => e.Item1 < e.Item2)).Select(p => new object?[] { p.Item1, p.Item2 }),
            ["back"] = db => Closure(EdgesOf(db).Select(e => (e.Item2, e.Item1))).Select(p => new object?[] { p.Item1, p.Item2 }),
        });
    }

    /// <summary>The bill-of-materials sample: string paths, products of quantities, a SUM outside the recursion and NOT IN.</summary>
    [Fact]
    public void BillOfMaterials()
    {
        string sql = File.ReadAllText(Path.Combine(Golden.GeneratedSamplesTests.RepositoryRoot(), "generated-samples", "bill-of-materials", "program.sql"));
        var program = SqlProgram.Compile(sql);
        // A DAG (children are numbered above their parents), so every path is finite.
        var generators = new Dictionary<string, OracleHarness.RowGenerator>
        {
            ["assemblies"] = r =>
            {
                int parent = r.Next(5);
                return ["p" + parent, "p" + (parent + 1 + r.Next(3)), r.Next(1, 4)];
            },
        };
        OracleHarness.Run(program, generators, steps: 100, seed: 13, maxChangesPerStep: 3);
    }
}
