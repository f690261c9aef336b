using Sql2Dbsp.SqlLogicTest.Format;
using Sql2Dbsp.SqlLogicTest.Running;

namespace Sql2Dbsp.SqlLogicTest.Tests;

/// <summary>Whole files through the runner and the real engine.</summary>
public sealed class RunnerTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("slt-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<RunSummary> RunAsync(RunnerOptions options, params string[] targets) =>
        await new SltRunner(options with { Jobs = 2 }, new SilentReporter()).RunAsync([.. targets.Select(SltTarget.Parse)]);

    /// <summary>The result of the record whose SQL starts with <paramref name="sql"/> (its command is the line before).</summary>
    private static RecordResult At(RunSummary summary, string sql)
    {
        var file = summary.Files.Single();
        int line = LineOf(File.ReadAllText(file.Path), sql) - 1;
        return file.Results.Single(r => r.Record.Line == line);
    }

    private static int LineOf(string text, string sql) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.StartsWith(sql, StringComparison.Ordinal)).i + 1;

    private const string Setup = """
        statement ok
        CREATE TABLE t(a INTEGER NOT NULL, b INTEGER, s VARCHAR(10))

        statement ok
        INSERT INTO t VALUES (1, 10, 'x'), (2, 20, 'y'), (3, NULL, 'z')
        """ + "\n\n";

    [Fact]
    public async Task StatementsQueriesConditionsAndCounts()
    {
        var summary = await RunAsync(new RunnerOptions(), Write("basic.slt", Setup + """
            query II rowsort
            SELECT a, b FROM t
            ----
            1
            10
            2
            20
            3
            NULL

            query I nosort
            SELECT a FROM t ORDER BY a DESC
            ----
            3
            2
            1

            query T nosort
            SELECT s FROM t WHERE a = 2
            ----
            y

            query I rowsort
            SELECT a * 100 FROM t
            ----
            3 values hashing to 2b6c4c4d8c2c4b3bfb3f3a5b0d5c6b8e

            statement error
            CREATE TABLE t(z INTEGER)

            statement ok
            CREATE INDEX ti ON t(a)

            skipif postgresql
            query I
            SELECT this is not sql
            ----
            1

            onlyif mysql
            statement ok
            THIS IS NOT SQL EITHER
            """));
        var file = summary.Files.Single();
        Assert.Equal(["basic.slt"], summary.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(2, file.Skipped);
        // The hash above is deliberately wrong: one failure, reported as a wrong result.
        Assert.Equal(1, file.Failed);
        var wrong = file.Results.Single(r => r.Status == RecordStatus.Failed);
        Assert.Equal(FailureCategory.WrongResult, wrong.Category);
        Assert.Contains("3 values hashing to", wrong.Message);
        Assert.Equal(7, file.Passed);
        Assert.Equal("7 passed, 1 failed, 2 skipped", summary.TotalsLine);
    }

    [Fact]
    public async Task OneBadQueryNeverTakesItsBatchDown()
    {
        var summary = await RunAsync(new RunnerOptions(), Write("bad.slt", Setup + """
            query I rowsort
            SELECT a FROM t WHERE a > 1
            ----
            2
            3

            query I rowsort
            SELECT nope FROM t
            ----
            1

            query I rowsort
            SELECT a / (a - 2) FROM t
            ----
            0

            query I rowsort
            SELECT COUNT(*) FROM t
            ----
            3

            query I rowsort
            SELECT a + 1 FROM t WHERE b IS NULL
            ----
            4
            """));
        Assert.Equal(RecordStatus.Passed, At(summary, "SELECT a FROM t WHERE a > 1").Status);
        var compile = At(summary, "SELECT nope");
        Assert.Equal(RecordStatus.Failed, compile.Status);
        Assert.StartsWith("compile SQL0107", compile.Category);
        var runtime = At(summary, "SELECT a / (a - 2)");
        Assert.Equal(RecordStatus.Failed, runtime.Status);
        Assert.StartsWith("runtime", runtime.Category);
        Assert.Contains("division by zero", runtime.Message);
        Assert.Equal(RecordStatus.Passed, At(summary, "SELECT COUNT(*) FROM t").Status);
        Assert.Equal(RecordStatus.Passed, At(summary, "SELECT a + 1 FROM t WHERE b IS NULL").Status);
    }

    [Fact]
    public async Task DeletesAndUpdatesChangeWhatLaterQueriesAndViewsSee()
    {
        var summary = await RunAsync(new RunnerOptions(), Write("dml.slt", Setup + """
            statement ok
            CREATE VIEW v AS SELECT s, a * 2 AS d FROM t WHERE b IS NOT NULL

            statement ok
            DELETE FROM t WHERE a = 1

            query TI rowsort
            SELECT * FROM v
            ----
            y
            4

            statement ok
            UPDATE t SET b = a * 7, s = s || '!' WHERE b IS NULL

            query TII rowsort
            SELECT s, d, d + 1 FROM v
            ----
            y
            4
            5
            z!
            6
            7

            statement ok
            INSERT INTO t SELECT a + 10, b, s FROM t

            query I
            SELECT COUNT(*) FROM t
            ----
            4

            statement error
            UPDATE t SET nope = 1

            statement error
            INSERT INTO v VALUES ('a', 1)

            statement error
            INSERT INTO t VALUES (NULL, 1, 'null key')

            statement ok
            DROP VIEW v

            statement error
            DROP VIEW v

            statement error
            SELECT * FROM v
            """));
        var file = summary.Files.Single();
        Assert.True(file.Failed == 0, string.Join("\n", file.Results.Where(r => r.Status == RecordStatus.Failed).Select(r => $"{r.Record.Line}: {r.Message}\n{r.Details}")));
        Assert.Equal(15, file.Passed);
    }

    [Fact]
    public async Task HaltStopsTheFileAndLabelsMustAgree()
    {
        var summary = await RunAsync(new RunnerOptions(), Write("labels.slt", Setup + """
            query I rowsort label-1
            SELECT a FROM t
            ----
            1
            2
            3

            onlyif mysql
            query I rowsort label-2
            SELECT 99
            ----
            98

            query I rowsort label-2
            SELECT 99
            ----
            99

            halt

            query I
            SELECT 1
            ----
            1
            """));
        var file = summary.Files.Single();
        Assert.Equal(1, file.Skipped);
        var mismatch = file.Results.Single(r => r.Status == RecordStatus.Failed);
        Assert.Equal(FailureCategory.LabelMismatch, mismatch.Category);
        Assert.Equal("SELECT 99", Assert.IsType<QueryRecord>(mismatch.Record).Sql);
        Assert.Equal(RecordStatus.Skipped, file.Results.Single(r => r.Record.Conditions.Length > 0).Status);
        Assert.DoesNotContain(file.Results, r => r.Record is QueryRecord { Sql: "SELECT 1" });
    }

    [Fact]
    public async Task LineFilterRunsOneRecordAfterItsSetup()
    {
        string path = Write("filter.slt", Setup + """
            query I
            SELECT COUNT(*) FROM t
            ----
            3

            query I
            SELECT MAX(a) FROM t
            ----
            3
            """);
        int max = LineOf(File.ReadAllText(path), "SELECT MAX(a)");
        var summary = await RunAsync(new RunnerOptions(), path + ":" + (max + 2));
        var only = Assert.Single(summary.Files.Single().Results);
        Assert.Equal(max - 1, only.Record.Line);
        Assert.Equal(RecordStatus.Passed, only.Status);
    }

    [Fact]
    public async Task MaxRecordsAndTheSkipListLimitWhatRuns()
    {
        string path = Write("limit.slt", Setup + """
            query I
            SELECT 1
            ----
            2

            query I
            SELECT 3
            ----
            3
            """);
        int wrong = LineOf(File.ReadAllText(path), "SELECT 1");
        var skips = SkipList.Parse($"limit.slt:{wrong}  the expected value is wrong on purpose", "skip.txt");
        var summary = await RunAsync(new RunnerOptions { SkipList = skips, MaxRecords = 3 }, path);
        var file = summary.Files.Single();
        Assert.Equal(3, file.Results.Length);
        Assert.Equal("the expected value is wrong on purpose", file.Results[2].Message);
        Assert.Equal(RecordStatus.Skipped, file.Results[2].Status);
    }

    [Fact]
    public async Task StopOnErrorStopsAtTheFirstFailure()
    {
        var summary = await RunAsync(new RunnerOptions { StopOnError = true }, Write("stop.slt", Setup + """
            statement ok
            DROP TABLE nope

            query I
            SELECT COUNT(*) FROM t
            ----
            3
            """));
        var file = summary.Files.Single();
        Assert.Equal(1, file.Failed);
        Assert.DoesNotContain(file.Results, r => r.Record.Line == LineOf(File.ReadAllText(file.Path), "SELECT COUNT(*)") - 1);
    }

    private sealed class SilentReporter : IRunReporter
    {
        public void FileFinished(FileResult result)
        {
        }

        public void FileError(string path, string message) => throw new InvalidOperationException($"{path}: {message}");
    }
}
