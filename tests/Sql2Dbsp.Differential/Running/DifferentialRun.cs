using System.Diagnostics;
using System.Globalization;
using Sql2Dbsp.Differential.Generation;
using Sql2Dbsp.Differential.Postgres;
using Sql2Dbsp.Differential.Reporting;

namespace Sql2Dbsp.Differential.Running;

/// <summary>The result of a run.</summary>
internal sealed record RunSummary(int Passed, List<Failure> Failures, int Programs, TimeSpan Elapsed)
{
    public int Failed => Failures.Count;

    /// <summary>The final line: <c>N passed, N failed</c>.</summary>
    public string Line => $"{Passed} passed, {Failed} failed";
}

/// <summary>
/// A differential run: queries are generated in batches of <see cref="RunOptions.BatchSize"/> over one generated
/// database each; each batch runs through our engine (one program) and through PostgreSQL, round by round (the initial
/// rows, then each change round), and every query's answers are compared after every round.
/// </summary>
internal sealed class DifferentialRun : IDisposable
{
    private readonly RunOptions options;
    private readonly TextWriter log;
    private readonly EngineRunner engine = new();
    private readonly PostgresDatabase pg;
    private readonly PostgresDatabase scratch;
    private readonly Shrinker shrinker;
    private TimeSpan engineTime, pgTime, reproductionTime;

    public DifferentialRun(RunOptions options, string connectionString, TextWriter log)
    {
        this.options = options;
        this.log = log;
        pg = new PostgresDatabase(connectionString, "sql2dbsp_diff");
        scratch = new PostgresDatabase(connectionString, "sql2dbsp_diff_shrink");
        shrinker = new Shrinker(scratch);
        if (options.OutputDirectory is { } dir) Directory.CreateDirectory(dir);
    }

    public RunSummary Execute()
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<Failure>();
        int passed = 0;
        foreach (var batch in options.Batches)
        {
            var db = GenerateDatabase(batch.Key);
            var batchFailures = RunBatch(db, [.. batch.Select(i => GenerateQuery(i, db))]);
            failures.AddRange(batchFailures);
            passed += batch.Count() - batchFailures.Count;
            log.WriteLine($"batch {batch.Key}: queries {batch.First()}..{batch.Last()}, {batchFailures.Count} failed; {clock.Elapsed.TotalSeconds:F0} s so far " +
                          $"(engine {engineTime.TotalSeconds:F0} s, PostgreSQL {pgTime.TotalSeconds:F0} s, reproductions {reproductionTime.TotalSeconds:F0} s)");
        }
        return new RunSummary(passed, failures, engine.ProgramsCompiled, clock.Elapsed);
    }

    /// <summary>Runs the queries over one database through both engines; returns the failures (with reproductions).</summary>
    internal List<Failure> RunBatch(Database db, IReadOnlyList<Query> queries)
    {
        long start = Stopwatch.GetTimestamp();
        var ours = engine.Run(db, queries);
        engineTime += Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        var theirs = Reference(pg, db, queries);
        pgTime += Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        var failures = new List<Failure>();
        foreach (var q in queries)
        {
            if (Judge(q, ours[q.Index], theirs) is not { } failure) continue;
            failures.Add(failure);
            if (options.OutputDirectory is { } output && failure.Kind != FailureKind.PostgresError)
            {
                string path = Path.Combine(output, $"seed{options.Seed}-q{q.Index}.slt");
                File.WriteAllText(path, shrinker.Reproduce(failure, db, theirs[failure.Round][q.Index]));
                failure.Reproduction = path;
            }
            log.WriteLine("FAIL " + failure);
        }
        reproductionTime += Stopwatch.GetElapsedTime(start);
        return failures;
    }

    public void Dispose()
    {
        pg.Dispose();
        scratch.Dispose();
    }

    /// <summary>PostgreSQL's answers, by round, then by query index.</summary>
    private static List<Dictionary<int, PgResult>> Reference(PostgresDatabase pg, Database db, IReadOnlyList<Query> queries)
    {
        var results = new List<Dictionary<int, PgResult>>();
        pg.Load(db.Tables, [.. db.InitialRows.Select(r => (IReadOnlyList<object?[]>)r)]);
        for (int round = 0; round <= db.Rounds.Length; round++)
        {
            if (round > 0) pg.Apply(db.Rounds[round - 1]);
            results.Add(queries.ToDictionary(q => q.Index, pg.Query));
        }
        return results;
    }

    /// <summary>The first round whose answers differ, or null when all agree (or both engines reject the query).</summary>
    private Failure? Judge(Query q, EngineOutcome ours, List<Dictionary<int, PgResult>> theirs)
    {
        for (int round = 0; round < theirs.Count; round++)
        {
            var pg = theirs[round][q.Index];
            if (ours.Error is not null && round >= ours.FailedRound)
            {
                if (pg.Error is not null) return null;
                return new Failure(options.Seed, q, ours.CompileFailed ? FailureKind.CompileError : FailureKind.RuntimeError, round, ours.Error);
            }
            if (pg.Error is not null) return new Failure(options.Seed, q, FailureKind.PostgresError, round, pg.Error);
            if (ResultComparer.Compare(ours.ColumnTypes, ours.Rounds[round], pg.Rows!, ResultComparer.PaddingIsUnspecified(q.Shape)) is { } difference)
                return new Failure(options.Seed, q, FailureKind.Mismatch, round, difference);
        }
        return null;
    }

    private Database GenerateDatabase(int batch) => new DataGenerator(new Random(Mix(options.Seed, batch, 1)), options.Avoid).Generate();

    private Query GenerateQuery(int index, Database db) =>
        new QueryGenerator(new Random(Mix(options.Seed, index, 2)), options.Avoid, db.Tables).Generate(index);

    /// <summary>A seed for one stream of one item, stable across runs and platforms (unlike <see cref="HashCode"/>).</summary>
    private static int Mix(int seed, int index, int stream)
    {
        ulong x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + (ulong)(uint)index * 0xBF58476D1CE4E5B9UL + (ulong)stream * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        x = unchecked(x * 0xD6E8FEB86659FD93UL);
        x ^= x >> 32;
        return (int)(x & 0x7FFFFFFF);
    }

    /// <summary>Failures grouped by category, most frequent first, with one example each.</summary>
    public static IEnumerable<string> Categories(IEnumerable<Failure> failures) =>
        failures.GroupBy(f => f.Category).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture),5}  {g.Key}  (e.g. query {g.First().Query.Index}" +
                         (g.First().Reproduction is { } path ? ", " + path : "") + ")");
}
