using Sql2Dbsp.Host.Stats;

namespace Sql2Dbsp.Host.Tests.Stats;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void QuantilesAreWithinTheBucketResolution()
    {
        var histogram = new LatencyHistogram();
        for (int i = 1; i <= 1000; i++) histogram.Record(TimeSpan.FromMicroseconds(i * 10));
        var summary = histogram.Summary();
        Assert.Equal(1000, summary.Count);
        Assert.InRange(summary.P50Usecs, 5000, 5000 * 1.07);
        Assert.InRange(summary.P90Usecs, 9000, 9000 * 1.07);
        Assert.InRange(summary.P99Usecs, 9900, 10000);
        Assert.Equal(10000, summary.MaxUsecs);
        histogram.Reset();
        Assert.Equal(0, histogram.Summary().Count);
        histogram.Record(TimeSpan.FromMilliseconds(3));
        Assert.Equal(3000, histogram.Summary().P50Usecs);
    }
}
