using System.Diagnostics;
using System.Globalization;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Sql;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.Tpch.Generation;

namespace Sql2Dbsp.Tpch;

/// <summary>The outcome of one query: null <see cref="Failure"/> when every state matched DuckDB.</summary>
public sealed record QueryOutcome(TpchQuery Query, string? Failure, int Rows, TimeSpan Compile, TimeSpan Load, TimeSpan FirstStep, TimeSpan DuckDb)
{
    public bool Passed => Failure is null;

    public override string ToString()
    {
        string times = $"compile {Compile.TotalSeconds:F1} s, load {Load.TotalMilliseconds:F0} ms, first step {FirstStep.TotalMilliseconds:F0} ms, DuckDB {DuckDb.TotalMilliseconds:F0} ms";
        if (FirstStep > TimeSpan.Zero && DuckDb > TimeSpan.Zero)
            times += string.Create(CultureInfo.InvariantCulture, $" ({FirstStep / DuckDb:F1}×)");
        return Passed
            ? $"{Query.View,-4} pass  {Rows} row(s); {times}"
            : $"{Query.View,-4} FAIL  {Failure}; {times}";
    }
}

/// <summary>
/// Runs one query through the public API: compiles the schema and the query's views, creates an incremental
/// pipeline, inserts the generated rows, steps, and compares the view's integrated changes with DuckDB; then applies
/// each refresh round (deletes and inserts of orders with their line items, one step per round) and compares again.
/// </summary>
public static class QueryRunner
{
    public static QueryOutcome Run(TpchQuery query, TpchData data, ExpectedResults expected)
    {
        TimeSpan compileTime = default, loadTime = default, firstStep = default, duckTime = expected.Elapsed(query);
        int rows = 0;
        string? failure = expected.Error(query);
        if (failure is not null) return new QueryOutcome(query, failure, 0, default, default, default, duckTime);

        var watch = Stopwatch.StartNew();
        using var program = SqlProgram.Compile(TpchQuery.Tables + "\n" + query.Sql, new SqlProgramOptions
        {
            FileName = query.View + ".sql",
            IncludeReferenceCircuit = false,
            Collectible = false,
        });
        compileTime = watch.Elapsed;
        if (!program.Success)
            return new QueryOutcome(query, "does not compile: " + program.RenderDiagnostics().Trim(), 0, compileTime, default, default, duckTime);

        try
        {
            var pipeline = program.CreatePipeline();
            var output = pipeline.Output(query.View);
            var types = output.View.Columns.Select(c => c.Type).ToArray();
            var contents = new Dictionary<string, (object?[] Row, long Weight)>(StringComparer.Ordinal);

            watch.Restart();
            foreach (string table in TpchData.TableNames)
            {
                var input = pipeline.Input(table);
                foreach (var row in data.Tables[table]) input.Insert(row);
            }
            loadTime = watch.Elapsed;
            watch.Restart();
            pipeline.Step();
            firstStep = watch.Elapsed;
            failure = Check(query, types, output, contents, expected.Rows(query, 0), "after loading", out rows);

            for (int round = 1; failure is null && round <= data.Rounds.Count; round++)
            {
                var orders = pipeline.Input("orders");
                var lineitems = pipeline.Input("lineitem");
                foreach (var deleted in data.Rounds[round - 1].Deleted)
                {
                    orders.Delete(deleted.Order);
                    foreach (var line in deleted.Lines) lineitems.Delete(line);
                }
                foreach (var inserted in data.Rounds[round - 1].Inserted)
                {
                    orders.Insert(inserted.Order);
                    foreach (var line in inserted.Lines) lineitems.Insert(line);
                }
                pipeline.Step();
                failure = Check(query, types, output, contents, expected.Rows(query, round), $"after refresh round {round}", out _);
            }
        }
        catch (StepFailedException e)
        {
            failure = $"runtime error: {e.Message}";
        }
        catch (Exception e)
        {
            // The runner feeds values the API documents, so any other exception is a bug (the engine's or the
            // harness's); it fails this query only, so a long run still reports the others.
            failure = $"{e.GetType().Name}: {e.Message}";
        }
        return new QueryOutcome(query, failure, rows, compileTime, loadTime, firstStep, duckTime);
    }

    /// <summary>Adds the step's changes to the view's contents and compares them with DuckDB's rows.</summary>
    private static string? Check(TpchQuery query, SqlType[] types, ViewOutput output, Dictionary<string, (object?[] Row, long Weight)> contents,
        IReadOnlyList<object?[]> reference, string when, out int count)
    {
        foreach (var (row, weight) in output.Changes)
        {
            string key = Key(row);
            long total = (contents.TryGetValue(key, out var entry) ? entry.Weight : 0) + weight;
            if (total == 0) contents.Remove(key);
            else contents[key] = (row, total);
        }
        var rows = new List<object?[]>();
        foreach (var (row, weight) in contents.Values)
        {
            if (weight < 0) { count = 0; return $"{when}: row {ResultComparison.Format(row)} has weight {weight}"; }
            for (long i = 0; i < weight; i++) rows.Add(row);
        }
        count = rows.Count;
        string? difference = ResultComparison.Compare(query, types, rows, reference);
        return difference is null ? null : $"{when}: {difference}";
    }

    /// <summary>A row's identity in the integral: equal values give equal keys whatever a decimal's scale.</summary>
    private static string Key(object?[] row) =>
        string.Join('\u001f', row.Select(v => v switch
        {
            null => "\u0000",
            decimal d => d.ToString("G29", CultureInfo.InvariantCulture),
            SqlDecimal d => ((decimal)d).ToString("G29", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
}
