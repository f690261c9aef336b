using Sql2Dbsp.Compiler;
using Sql2Dbsp.CrashHarness;

// dotnet run -c Release --project tests/Sql2Dbsp.CrashHarness -- [--kills 20] [--model exactly_once|at_least_once|both]
//     [--orders 40000] [--chunks 60] [--seed 42] [--dir DIR]
var options = new HarnessOptions();
for (int i = 0; i < args.Length; i++)
{
    string value = i + 1 < args.Length ? args[i + 1] : "";
    switch (args[i])
    {
        case "--kills": options = options with { Kills = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }; i++; break;
        case "--orders": options = options with { Orders = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }; i++; break;
        case "--chunks": options = options with { Chunks = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }; i++; break;
        case "--seed": options = options with { Seed = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }; i++; break;
        case "--dir": options = options with { Directory = Path.GetFullPath(value) }; i++; break;
        case "--model":
            options = options with
            {
                Models = value switch
                {
                    "both" => [FaultToleranceModel.ExactlyOnce, FaultToleranceModel.AtLeastOnce],
                    _ when FaultToleranceModels.FromConfigName(value, out var model) && model != FaultToleranceModel.None => [model],
                    _ => throw new ArgumentException($"--model must be exactly_once, at_least_once or both, not '{value}'"),
                },
            };
            i++;
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: [--kills N] [--model exactly_once|at_least_once|both] [--orders N] [--chunks N] [--seed N] [--dir DIR]");
            return 2;
    }
}
var results = await CrashRunner.RunAsync(options);
Console.WriteLine();
foreach (var result in results) Console.WriteLine(result);
return results.All(r => r.Passed) ? 0 : 1;
