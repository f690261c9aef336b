namespace Sql2Dbsp.Benchmarks;

/// <summary>
/// Repeated measurements of one quantity. The machine is shared, so figures are reported as the best (the least
/// disturbed run) and the median (the typical run), never the mean, which one descheduled run would skew.
/// </summary>
internal sealed class Measurements
{
    private readonly List<double> values = [];

    public int Count => values.Count;

    public IReadOnlyList<double> Values => values;

    public void Add(double value) => values.Add(value);

    public double Best => values.Min();

    public double Median
    {
        get
        {
            var sorted = values.Order().ToList();
            int n = sorted.Count;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }
}
