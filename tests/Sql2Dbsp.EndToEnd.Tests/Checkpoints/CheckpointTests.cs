using Sql2Dbsp;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.EndToEnd.Tests.Checkpoints;

/// <summary>Checkpoints of pipelines: the clock, retention, corruption falling back, and other programs refused.</summary>
public class CheckpointTests
{
    private const string Program = """
        CREATE TABLE t (k INT NOT NULL, v BIGINT, s VARCHAR);
        CREATE MATERIALIZED VIEW totals AS SELECT k, SUM(v) AS total, COUNT(*) AS n FROM t GROUP BY k;
        CREATE VIEW keys AS SELECT DISTINCT s FROM t;
        """;

    private static Pipeline Run(SqlProgram program, int from, int to, Pipeline? pipeline = null)
    {
        pipeline ??= program.CreatePipeline();
        for (int i = from; i < to; i++)
        {
            pipeline.Input("t").Insert(i % 5, (long)i, "s" + i % 3);
            pipeline.Step();
        }
        return pipeline;
    }

    private static List<string> Totals(Pipeline p) =>
        [.. p.Output("totals").Contents.Select(r => string.Join(",", r)).Order(StringComparer.Ordinal)];

    [Fact]
    public void ResumesFromTheLatestCheckpointAndKeepsTwo()
    {
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile(Program);
        var p = Run(program, 0, 4);
        var first = p.Checkpoint(storage.Path);
        Run(program, 4, 6, p);
        var second = p.Checkpoint(storage.Path);
        Run(program, 6, 7, p);
        var third = p.Checkpoint(storage.Path);
        Assert.Equal([1L, 2L, 3L], [first.Sequence, second.Sequence, third.Sequence]);
        Assert.Equal(7, third.Step);
        Assert.Equal(2, Directory.GetDirectories(storage.Path, "checkpoint-*").Length);

        var resumed = program.ResumePipeline(storage.Path);
        Assert.Equal(7, resumed.StepCount);
        Assert.Empty(resumed.ResumedFrom!.Skipped);
        Assert.Equal(Totals(p), Totals(resumed));
        Run(program, 7, 12, p);
        Run(program, 7, 12, resumed);
        Assert.Equal(Totals(p), Totals(resumed));
    }

    /// <summary>A caller's own state (a counter here) saved with the checkpoint and read back; ignored when not asked for.</summary>
    private sealed class CounterState : IOperatorState
    {
        public long Value;
        public void Save(ref StateWriter writer) => writer.WriteInt64(Value);
        public void Load(ref StateReader reader) => Value = reader.ReadInt64();
    }

    [Fact]
    public void CallerStateTravelsWithTheCheckpoint()
    {
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile(Program);
        var p = Run(program, 0, 3);
        p.Checkpoint(storage.Path, states: new Dictionary<string, IOperatorState> { ["counter"] = new CounterState { Value = 42 } });

        var loaded = new CounterState();
        var resumed = program.ResumePipeline(storage.Path, new Dictionary<string, IOperatorState> { ["counter"] = loaded });
        Assert.Equal(42, loaded.Value);
        Assert.Equal(Totals(p), Totals(resumed));
        Assert.Equal(3, program.ResumePipeline(storage.Path).StepCount); // a caller that does not ask for it
        var missing = Assert.Throws<CheckpointException>(() =>
            program.ResumePipeline(storage.Path, new Dictionary<string, IOperatorState> { ["other"] = new CounterState() }));
        Assert.Contains("has no state 'other'", missing.Message);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("delete-state")]
    [InlineData("manifest")]
    public void DamagedCheckpointFallsBackToThePreviousOne(string damage)
    {
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile(Program);
        var p = Run(program, 0, 5);
        p.Checkpoint(storage.Path);
        var expected = Totals(p);
        Run(program, 5, 8, p);
        var newest = p.Checkpoint(storage.Path);
        var state = Directory.GetFiles(newest.Directory, "state-*.bin").OrderByDescending(f => new FileInfo(f).Length).First();
        switch (damage)
        {
            case "flip":
                var bytes = File.ReadAllBytes(state);
                bytes[bytes.Length / 2] ^= 0x40;
                File.WriteAllBytes(state, bytes);
                break;
            case "truncate":
                using (var f = new FileStream(state, FileMode.Open)) f.SetLength(f.Length - 7);
                break;
            case "delete-state":
                File.Delete(state);
                break;
            case "manifest":
                File.WriteAllText(Path.Combine(newest.Directory, "manifest.json"), "{\"format\": 1");
                break;
        }

        var resumed = program.ResumePipeline(storage.Path);
        Assert.Equal(1, resumed.ResumedFrom!.Checkpoint.Sequence);
        Assert.Equal(5, resumed.StepCount);
        var reason = Assert.Single(resumed.ResumedFrom.Skipped);
        Assert.StartsWith("checkpoint 2:", reason);
        Assert.Equal(expected, Totals(resumed));
    }

    [Fact]
    public void MissingRootManifestScansTheCheckpointDirectories()
    {
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile(Program);
        var p = Run(program, 0, 3);
        p.Checkpoint(storage.Path);
        Run(program, 3, 6, p);
        p.Checkpoint(storage.Path);
        File.Delete(Path.Combine(storage.Path, "checkpoints.json"));
        var resumed = program.ResumePipeline(storage.Path);
        Assert.Equal(2, resumed.ResumedFrom!.Checkpoint.Sequence);
        Assert.Contains(resumed.ResumedFrom.Skipped, s => s.Contains("root manifest is missing"));
        Assert.Equal(Totals(p), Totals(resumed));
    }

    [Fact]
    public void EveryCheckpointDamagedIsAClearError()
    {
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile(Program);
        var p = Run(program, 0, 3);
        var info = p.Checkpoint(storage.Path);
        foreach (var file in Directory.GetFiles(info.Directory, "state-*.bin")) File.AppendAllText(file, "x");
        var e = Assert.Throws<CheckpointCorruptException>(() => program.ResumePipeline(storage.Path));
        Assert.Contains("no intact checkpoint", e.Message);
        Assert.Contains("truncated or overwritten", e.Message);
    }

    [Fact]
    public void CheckpointOfAnotherProgramIsRefused()
    {
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile(Program);
        using var other = SqlProgram.Compile(Program.Replace("SUM(v)", "MAX(v)"));
        Run(program, 0, 2).Checkpoint(storage.Path);
        var e = Assert.Throws<CheckpointException>(() => other.ResumePipeline(storage.Path));
        Assert.Contains("belongs to another program", e.Message);
        Assert.Throws<CheckpointException>(() => program.ResumePipeline(Path.Combine(storage.Path, "nothing-here")));
        Assert.False(SqlProgram.HasCheckpoint(Path.Combine(storage.Path, "nothing-here")));
    }

    [Fact]
    public void TemporalFilterAndClockSurviveACheckpoint()
    {
        var t0 = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        var time = t0;
        using var storage = new TempDirectory();
        using var program = SqlProgram.Compile("""
            CREATE TABLE events (id INT NOT NULL, ts TIMESTAMP);
            CREATE MATERIALIZED VIEW recent AS SELECT id FROM events WHERE ts >= NOW() - INTERVAL '1' HOUR;
            CREATE VIEW stamped AS SELECT id, NOW() AS at FROM events WHERE id < 3;
            """);
        Assert.True(program.Success, program.RenderDiagnostics());
        var a = program.CreatePipeline();
        var b = program.CreatePipeline();
        a.Clock = b.Clock = () => time;
        for (int i = 0; i < 6; i++)
        {
            a.Input("events").Insert(i, t0.AddMinutes(-20 * i));
            b.Input("events").Insert(i, t0.AddMinutes(-20 * i));
            a.Step();
            b.Step();
            time += TimeSpan.FromMinutes(7);
        }
        a.Checkpoint(storage.Path);
        var resumed = program.ResumePipeline(storage.Path);
        resumed.Clock = () => time;
        Assert.Equal(a.Now, resumed.Now);
        for (int i = 0; i < 20; i++)
        {
            time += TimeSpan.FromMinutes(5);
            a.Step();
            resumed.Step();
            foreach (var view in new[] { "recent", "stamped" })
                Assert.Equal(Show(a.Output(view).Changes), Show(resumed.Output(view).Changes));
        }
        Assert.Equal(Show(a.Output("recent").Contents.Select(r => (r, 1L))), Show(resumed.Output("recent").Contents.Select(r => (r, 1L))));
    }

    private static List<string> Show(IEnumerable<(object?[] Row, long Weight)> rows) =>
        [.. rows.Select(r => string.Join(",", r.Row) + " x" + r.Weight).Order(StringComparer.Ordinal)];
}
