using System.Globalization;
using System.Runtime.InteropServices;
using Sql2Dbsp.Differential.Generation;
using Sql2Dbsp.Differential.Postgres;
using Sql2Dbsp.Differential.Running;

namespace Sql2Dbsp.Differential;

/// <summary>
/// <c>dotnet run -c Release --project tests/Sql2Dbsp.Differential -- --queries 10000 --seed 1 [--out DIR]
/// [--batch 200] [--first N | --only I,J,...] [--avoid char,concat,...]</c>: runs generated queries through our engine and
/// PostgreSQL 15 and ends with <c>N passed, N failed</c>. Exit code 0 when nothing failed, 1 on failures, 2 on bad
/// arguments or when no PostgreSQL is available.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: Sql2Dbsp.Differential [--queries N] [--seed N] [--out DIR] [--batch N] [--first N | --only I,J,...] [--avoid FEATURES]\n" +
        "  FEATURES: comma-separated, from: " + "char, wide-decimal, concat, order-desc, literal-conversion, decimal-rounding";

    public static int Main(string[] args)
    {
        RunOptions options;
        try
        {
            options = Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        using var server = PostgresServer.TryStart(out string reason);
        if (server is null)
        {
            Console.Error.WriteLine("no PostgreSQL: " + reason);
            return 2;
        }
        // A private cluster must not outlive an interrupted run.
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => server.Dispose());
        using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => server.Dispose());
        Console.WriteLine($"differential run: {(options.Only is { } only ? $"queries {string.Join(",", only)}" : $"{options.Queries} queries from {options.FirstQuery}")}, seed {options.Seed}, " +
                          $"batch {options.BatchSize}, avoiding {Features.Format(options.Avoid)}");
        RunSummary summary;
        using (var run = new DifferentialRun(options, server.ConnectionString, Console.Out)) summary = run.Execute();
        Console.WriteLine($"{summary.Programs} programs compiled in {summary.Elapsed.TotalSeconds:F0} s");
        if (summary.Failed > 0)
        {
            Console.WriteLine("failures by category:");
            foreach (var line in DifferentialRun.Categories(summary.Failures)) Console.WriteLine(line);
        }
        Console.WriteLine(summary.Line);
        return summary.Failed == 0 ? 0 : 1;
    }

    private static RunOptions Parse(string[] args)
    {
        var options = new RunOptions(Queries: 1000, Seed: 1);
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--queries" => options with { Queries = Number() },
                "--seed" => options with { Seed = Number() },
                "--out" => options with { OutputDirectory = Value() },
                "--batch" => options with { BatchSize = Math.Max(1, Number()) },
                "--first" => options with { FirstQuery = Number() },
                "--avoid" => options with { Avoid = Features.Parse(Value()) },
                "--only" => options with { Only = [.. Value().Split(',').Select(v => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture))] },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }
        return options;
    }
}
