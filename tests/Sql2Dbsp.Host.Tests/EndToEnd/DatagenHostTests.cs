namespace Sql2Dbsp.Host.Tests.EndToEnd;

/// <summary>A seeded generator produces the same table contents on every run.</summary>
public sealed class DatagenHostTests
{
    [Fact]
    public async Task SeededGeneratorIsDeterministicAcrossRuns()
    {
        var first = await RunAsync();
        var second = await RunAsync();
        Assert.Equal(5000, first.Values.Sum());
        Assert.Equal(first, second);
        Assert.All(first.Keys, row => Assert.Matches(@"^\d+,(1?\d),(\d+(\.\d+)?(E-?\d+)?)?,(red|green|blue),2024-01-\d\d$", row));
    }

    /// <summary>Runs the datagen program to completion; returns the output file's rows integrated.</summary>
    private static async Task<Dictionary<string, long>> RunAsync()
    {
        await using var host = await TestHost.StartAsync(TestPrograms.Datagen);
        await host.Controller.WaitForCompletionAsync(CancellationToken.None);
        Assert.True(host.Controller.Stats().Global.PipelineComplete);
        await host.Controller.StopAsync();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(host.PathOf("everything.csv")))
        {
            int comma = line.LastIndexOf(',');
            rows[line[..comma]] = rows.GetValueOrDefault(line[..comma]) + long.Parse(line[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        }
        return rows;
    }
}
