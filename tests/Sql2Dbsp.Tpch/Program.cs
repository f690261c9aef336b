using System.Diagnostics;
using System.Globalization;
using Sql2Dbsp.Tpch;
using Sql2Dbsp.Tpch.Generation;

// dotnet run -c Release --project tests/Sql2Dbsp.Tpch -- [--sf 0.1] [--rounds 10] [--seed N] [--query 1,19] [--show]
double sf = 0.01;
bool show = false;
int rounds = 10;
ulong seed = 19920101;
var only = new List<int>();
for (int i = 0; i < args.Length; i++)
{
    string value = i + 1 < args.Length ? args[i + 1] : "";
    switch (args[i])
    {
        case "--sf": sf = double.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--rounds": rounds = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--show": show = true; break;
        case "--seed": seed = ulong.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--query":
            foreach (string q in value.Split(',', StringSplitOptions.RemoveEmptyEntries))
                only.Add(int.Parse(q.TrimStart('q', 'Q'), CultureInfo.InvariantCulture));
            i++;
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: [--sf 0.1] [--rounds 10] [--seed N] [--query 1,19] [--show]");
            return 2;
    }
}
var queries = only.Count == 0 ? TpchQuery.All : only.Select(TpchQuery.Get).ToList();

var watch = Stopwatch.StartNew();
var data = TpchData.Generate(sf, rounds, seed);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"TPC-H SF {sf}, seed {seed}: {data.RowCount} rows ({data.Tables["lineitem"].Count} line items), {rounds} refresh round(s) of {data.Rounds.FirstOrDefault()?.Deleted.Count ?? 0} orders, generated in {watch.Elapsed.TotalSeconds:F1} s"));
watch.Restart();
var expected = ExpectedResults.Compute(data, queries);
Console.WriteLine($"DuckDB: loaded and ran {queries.Count} queries in {rounds + 1} states in {watch.Elapsed.TotalSeconds:F1} s");

int passed = 0, failed = 0;
foreach (var query in queries)
{
    var outcome = QueryRunner.Run(query, data, expected);
    Console.WriteLine(outcome);
    if (show && expected.Error(query) is null)
    {
        // DuckDB's result after loading, to see what a query exercises at this scale.
        var rows = expected.Rows(query, 0);
        foreach (var row in rows.Take(5)) Console.WriteLine("       DuckDB " + ResultComparison.Format(row));
        if (rows.Count > 5) Console.WriteLine($"       DuckDB … {rows.Count} rows");
    }
    if (outcome.Passed) passed++;
    else failed++;
}
Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
