using System.Globalization;
using System.Text;

namespace Sql2Dbsp.CrashHarness;

/// <summary>
/// The input of a crash run, generated from a seed: customers (id, region) with later upserts that move some to
/// another region, and orders (id, customer, amount), as CSV, cut into chunks that are appended to the input files
/// one after another. Every run of a seed appends the same bytes in the same order.
/// </summary>
internal sealed class InputPlan
{
    private static readonly string[] Regions = ["north", "south", "east", "west", "centre"];

    private InputPlan(List<(string Customers, string Orders)> chunks, long records)
    {
        Chunks = chunks;
        Records = records;
    }

    /// <summary>The chunks, in order: what to append to customers.csv and orders.csv.</summary>
    public IReadOnlyList<(string Customers, string Orders)> Chunks { get; }

    /// <summary>Input records in all chunks.</summary>
    public long Records { get; }

    /// <summary>
    /// The SQL program: two tables read from CSV files, a join, an aggregate over the join, a DISTINCT, all to CSV files;
    /// and a table fed by <c>POST /ingress</c> (<see cref="IngressClients"/>) whose records a view writes to a CSV file.
    /// </summary>
    public const string Program = """
        CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, region VARCHAR NOT NULL)
        WITH ('connectors' = '[{"name": "file", "max_batch_size": 200, "transport": {"name": "file_input", "config": {"path": "customers.csv", "follow": true}}, "format": {"name": "csv"}}]');
        CREATE TABLE orders (id BIGINT NOT NULL, customer BIGINT NOT NULL, amount BIGINT NOT NULL)
        WITH ('connectors' = '[{"name": "file", "max_batch_size": 500, "transport": {"name": "file_input", "config": {"path": "orders.csv", "follow": true}}, "format": {"name": "csv"}}]');
        CREATE VIEW order_regions
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "out/order_regions.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT o.id, o.amount, c.region FROM orders o JOIN customers c ON o.customer = c.id;
        CREATE VIEW region_totals
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "out/region_totals.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT c.region, SUM(o.amount) AS total, COUNT(*) AS n FROM orders o JOIN customers c ON o.customer = c.id GROUP BY c.region;
        CREATE VIEW buyers
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "out/buyers.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT DISTINCT customer FROM orders;
        CREATE TABLE events (id BIGINT NOT NULL);
        CREATE VIEW acknowledged
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "out/events.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT id FROM events;
        """;

    /// <summary>The views' output files.</summary>
    public static readonly string[] Outputs = ["out/order_regions.csv", "out/region_totals.csv", "out/buyers.csv"];

    /// <summary>The output of the ingress table (checked against what the clients were answered, not the uninterrupted run).</summary>
    public const string IngressOutput = "out/events.csv";

    /// <summary>Generates the input of <paramref name="orders"/> orders in <paramref name="chunks"/> chunks.</summary>
    public static InputPlan Create(int orders, int chunks, int seed)
    {
        var random = new Random(seed);
        int customers = Math.Max(10, orders / 10);
        var result = new List<(string, string)>(chunks);
        long records = 0;
        int nextOrder = 0, nextCustomer = 0;
        for (int c = 0; c < chunks; c++)
        {
            var customerText = new StringBuilder();
            var orderText = new StringBuilder();
            int customerEnd = (int)((long)customers * (c + 1) / chunks);
            for (; nextCustomer < customerEnd; nextCustomer++, records++)
                customerText.Append(CultureInfo.InvariantCulture, $"{nextCustomer},{Regions[random.Next(Regions.Length)]}\n");
            // Upserts: some known customers move (the join retracts and re-adds their orders).
            for (int u = 0; u < customers / chunks / 4 && nextCustomer > 0; u++, records++)
                customerText.Append(CultureInfo.InvariantCulture, $"{random.Next(nextCustomer)},{Regions[random.Next(Regions.Length)]}\n");
            int orderEnd = (int)((long)orders * (c + 1) / chunks);
            for (; nextOrder < orderEnd; nextOrder++, records++)
                orderText.Append(CultureInfo.InvariantCulture, $"{nextOrder},{random.Next(customers + customers / 10)},{random.Next(1, 1000)}\n");
            result.Add((customerText.ToString(), orderText.ToString()));
        }
        return new InputPlan(result, records);
    }

    /// <summary>Appends chunk <paramref name="index"/> to the input files in <paramref name="directory"/>.</summary>
    public void Append(string directory, int index)
    {
        File.AppendAllText(Path.Combine(directory, "customers.csv"), Chunks[index].Customers);
        File.AppendAllText(Path.Combine(directory, "orders.csv"), Chunks[index].Orders);
    }
}
