// Insert orders, step, print the views' changes; delete one and step again; checkpoint, resume and go on.
using Shop.Sales;

var program = new OrdersPipeline();
program.Orders.Insert([
    new Orders(Id: 1, Region: "east", Amount: 20.50m, Note: null),
    new Orders(Id: 2, Region: "east", Amount: 150m, Note: "bulk"),
    new Orders(Id: 3, Region: "west", Amount: 9.99m, Note: null),
]);
program.Step();
Print(program);

program.Orders.Delete(new Orders(Id: 2, Region: "east", Amount: 150m, Note: "bulk"));
program.Step();
Print(program);

foreach (var row in program.RevenueByRegion.Contents.OrderBy(r => r.Region, StringComparer.Ordinal))
    Console.WriteLine($"contents revenue_by_region {row.Region} {row.Orders} {row.Revenue}");

// A checkpoint holds the views' state: the resumed program continues where this one stopped.
string storage = Path.Combine(Path.GetTempPath(), "orders-console-" + Environment.ProcessId);
program.Checkpoint(storage);
var resumed = OrdersPipeline.Resume(storage);
Directory.Delete(storage, recursive: true);
resumed.Orders.Insert(new Orders(Id: 4, Region: "west", Amount: 100m, Note: "resumed"));
resumed.Step();
Print(resumed);

static void Print(OrdersPipeline program)
{
    Console.WriteLine($"step {program.StepCount}");
    var revenue = new List<string>();
    foreach (var (row, weight) in program.RevenueByRegion.Changes)
        revenue.Add($"revenue_by_region {weight:+#;-#} {row.Region} {row.Orders} {row.Revenue}");
    foreach (var line in revenue.Order(StringComparer.Ordinal)) Console.WriteLine(line);
    foreach (var (row, weight) in program.LargeOrders.Changes)
        Console.WriteLine($"large_orders {weight:+#;-#} {row.Id} {row.Amount} {row.Note ?? "NULL"}");
}
