using System.Globalization;
using Sql2Dbsp.SqlLogicTest.Running;
using Xunit.Abstractions;

namespace Sql2Dbsp.SqlLogicTest.Tests;

/// <summary>
/// The CI slice: the first records of every file of the shared corpus plus all of our own .slt files, through the real
/// engine. It fails when the pass rate drops below <see cref="MinimumPassRate"/> (a regression) and prints every
/// failing record.
/// </summary>
public sealed class CorpusSliceTests(ITestOutputHelper output)
{
    /// <summary>Query and statement records run per corpus file.</summary>
    private const int RecordsPerFile = 100;

    /// <summary>
    /// The slice passed completely when this was set (3,143 records, 100 %): the minimum leaves room for at most three
    /// failing records, so a regression fails the test. Lower it only with a reason (a new .slt file documenting a gap).
    /// </summary>
    private const double MinimumPassRate = 0.999;

    [CorpusFact]
    public async Task SliceOfTheCorpusPasses()
    {
        var options = new RunnerOptions
        {
            SkipList = SkipList.Load(Path.Combine(TestPaths.RepositoryRoot, "sqllogictest", "skip.txt")),
            MaxRecords = RecordsPerFile,
            Jobs = Environment.ProcessorCount,
        };
        var corpus = await new SltRunner(options, new NoReporter()).RunAsync([new SltTarget(TestPaths.SharedCorpus, null)]);
        var own = await new SltRunner(options with { MaxRecords = null }, new NoReporter()).RunAsync([new SltTarget(TestPaths.OwnTests, null)]);

        int passed = corpus.Passed + own.Passed, failed = corpus.Failed + own.Failed;
        double rate = (double)passed / Math.Max(1, passed + failed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{passed} passed, {failed} failed, {corpus.Skipped + own.Skipped} skipped: pass rate {rate:P2} (minimum {MinimumPassRate:P1}), {corpus.Elapsed.TotalSeconds + own.Elapsed.TotalSeconds:F0} s"));
        foreach (var file in corpus.Files.Concat(own.Files))
            foreach (var r in file.Results.Where(r => r.Status == RecordStatus.Failed))
                output.WriteLine($"FAILED {file.Path}:{r.Record.Line}: [{r.Category}] {r.Message}");

        Assert.True(own.Files.Length > 0, "no .slt files found in " + TestPaths.OwnTests);
        Assert.True(rate >= MinimumPassRate, string.Create(CultureInfo.InvariantCulture, $"pass rate {rate:P2} is below {MinimumPassRate:P1} (see the output for the failing records)"));
    }

    internal sealed class NoReporter : IRunReporter
    {
        public void FileFinished(FileResult result)
        {
        }

        public void FileError(string path, string message)
        {
        }
    }
}

/// <summary>A fact that is skipped, saying why, when the shared corpus is not beside the repository.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(TestPaths.SharedCorpus))
            Skip = $"the shared sqllogictest corpus is not at {TestPaths.SharedCorpus}";
    }
}
