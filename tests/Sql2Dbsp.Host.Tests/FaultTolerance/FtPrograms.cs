using Sql2Dbsp.Compiler;
using Sql2Dbsp.Host.Config;

namespace Sql2Dbsp.Host.Tests.FaultTolerance;

/// <summary>The program and helpers of the fault-tolerance tests.</summary>
internal static class FtPrograms
{
    /// <summary>Orders from a followed CSV file, customers (primary key) over HTTP, an aggregate to a CSV file and a join.</summary>
    public const string OrdersText = """
        CREATE TABLE orders (id BIGINT NOT NULL, customer BIGINT NOT NULL, amount BIGINT NOT NULL)
        WITH ('connectors' = '[{"name": "file", "max_batch_size": 3, "transport": {"name": "file_input", "config": {"path": "orders.csv", "follow": true}}, "format": {"name": "csv"}}]');
        CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, region VARCHAR NOT NULL);
        CREATE MATERIALIZED VIEW totals
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "totals.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT customer, SUM(amount) AS total, COUNT(*) AS n FROM orders GROUP BY customer;
        CREATE MATERIALIZED VIEW regions AS SELECT c.region, SUM(o.amount) AS total FROM orders o JOIN customers c ON o.customer = c.id GROUP BY c.region;
        CREATE MATERIALIZED VIEW customer_view AS SELECT * FROM customers;
        """;

    private static readonly Lazy<HostedProgram> OrdersProgram = new(() =>
    {
        var program = HostedProgram.Compile(OrdersText, "orders.sql", cacheDirectory: null, FaultToleranceModel.ExactlyOnce);
        if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
        return program;
    });

    public static HostedProgram Orders => OrdersProgram.Value;

    /// <summary>A configuration with storage in <c>state</c> under the working directory.</summary>
    public static PipelineConfig Config(FaultToleranceModel model, int? interval = null) => new()
    {
        Storage = new StorageConfig("state"),
        FaultTolerance = new FaultToleranceConfig(model, interval),
    };

    /// <summary>CSV lines of orders <paramref name="from"/> to <paramref name="to"/> (exclusive): id, customer (id % 4), amount.</summary>
    public static string OrderLines(int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = from; i < to; i++) sb.Append(i).Append(',').Append(i % 4).Append(',').Append(i * 10).Append('\n');
        return sb.ToString();
    }

    /// <summary>A CSV output file integrated: each row (the fields before the weight) → net weight, zero weights removed.</summary>
    public static SortedDictionary<string, long> IntegrateCsv(string path)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Length == 0) continue;
            int comma = line.LastIndexOf(',');
            string row = line[..comma];
            long weight = result.GetValueOrDefault(row) + long.Parse(line[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            if (weight == 0) result.Remove(row);
            else result[row] = weight;
        }
        return result;
    }

    /// <summary>The expected totals of orders 0..n-1: customer → (sum, count).</summary>
    public static SortedDictionary<string, long> ExpectedTotals(int n)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (int c = 0; c < 4; c++)
        {
            long sum = 0, count = 0;
            for (int i = 0; i < n; i++)
                if (i % 4 == c)
                {
                    sum += i * 10;
                    count++;
                }
            if (count > 0) result[$"{c},{sum},{count}"] = 1;
        }
        return result;
    }

    /// <summary>The rows of a materialized view, as text, sorted.</summary>
    public static List<string> Rows(PipelineHost host, string view) =>
        [.. host.Controller.Pipeline.Output(view).Contents.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal)];
}
