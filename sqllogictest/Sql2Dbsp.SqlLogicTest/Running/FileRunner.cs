using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sql2Dbsp.SqlLogicTest.Execution;
using Sql2Dbsp.SqlLogicTest.Format;
using Sql2Dbsp.SqlLogicTest.Results;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>
/// Runs one file: walks its records in order, executes statements as they come, and gathers the queries between two
/// statements into batches that compile and run in the background (each over a snapshot of the database), so the file
/// keeps going while earlier batches compile. Labels are checked at the end, in record order.
/// </summary>
internal sealed class FileRunner(RunContext context)
{
    private const int ShownValues = 24;

    /// <summary>Runs <paramref name="file"/>; with <paramref name="onlyLine"/>, only the record covering that line counts.</summary>
    public async Task<FileResult> RunAsync(SltFile file, int? onlyLine)
    {
        long start = Stopwatch.GetTimestamp();
        var options = context.Options;
        var cancel = context.Stopping;
        var db = new Database(options.MaxReplaySteps);
        var statements = new StatementExecutor(db, context.Evaluator);
        var skips = options.SkipList.For(file.Path);
        var records = file.Records;
        var results = new RecordResult?[records.Length];
        var pending = new List<int>();
        var running = new List<Task>();

        void Record(int index, RecordResult result)
        {
            results[index] = result;
            context.Count(result);
        }

        async Task FlushAsync()
        {
            if (pending.Count == 0) return;
            var snapshot = db.Snapshot();
            int[] batch = [.. pending];
            pending.Clear();
            running.Add(Task.Run(async () =>
            {
                await context.Slots.WaitAsync(cancel);
                try
                {
                    var queries = batch.Select(i => (QueryRecord)records[i]).ToList();
                    var outcomes = context.Evaluator.Evaluate(snapshot, [.. queries.Select(q => new ViewQuery(q.Sql, q.Types.Length))], cancel);
                    long verify = Stopwatch.GetTimestamp();
                    for (int k = 0; k < batch.Length; k++) Record(batch[k], Verify(queries[k], outcomes[k]));
                    context.Timings.Add(Timings.Phase.Verify, verify);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug of the runner (or an exception the engine should not throw) fails this batch, not the run.
                    foreach (int k in batch)
                        if (results[k] is null)
                            Record(k, new RecordResult(records[k], RecordStatus.Failed, $"runner error: {e.Message}", "runner error: " + e.GetType().Name, e.ToString()));
                }
                finally
                {
                    context.Slots.Release();
                }
            }, cancel));
            // Bound the batches in flight: each holds a snapshot and its results until it runs.
            while (running.Count(t => !t.IsCompleted) > options.Jobs) await Task.WhenAny(running.Where(t => !t.IsCompleted));
        }

        int counted = 0;
        try
        {
            for (int i = 0; i < records.Length && !cancel.IsCancellationRequested; i++)
            {
                var record = records[i];
                if (onlyLine is int only && record.FirstLine > only) break;
                bool selected = onlyLine is null || record.Covers(onlyLine.Value);
                bool countable = record is QueryRecord or StatementRecord;
                if (countable && options.MaxRecords is int max && counted++ >= max) break;

                if (!record.RunsOn(options.Engine))
                {
                    if (countable && selected) Record(i, new RecordResult(record, RecordStatus.Skipped, $"skipif/onlyif for engine '{options.Engine}'"));
                    continue;
                }
                if (countable && skips.ReasonFor(record) is { } reason)
                {
                    if (selected) Record(i, new RecordResult(record, RecordStatus.Skipped, reason));
                    continue;
                }

                switch (record)
                {
                    case InvalidRecord invalid:
                        Record(i, new RecordResult(record, RecordStatus.Failed, invalid.Message, "invalid record", invalid.Message));
                        if (invalid.StopsFile) i = records.Length;
                        break;
                    case HaltRecord:
                        i = records.Length;
                        break;
                    case StatementRecord statement:
                        await FlushAsync();
                        var result = await ExecuteAsync(statements, statement, cancel);
                        if (selected) Record(i, result);
                        break;
                    case QueryRecord when selected:
                        pending.Add(i);
                        if (pending.Count >= options.BatchSize) await FlushAsync();
                        break;
                }
            }
            await FlushAsync();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Stopped (--stop-on-error or the caller): report what finished.
        }
        try
        {
            // Batches still running stop at their next compile when the run is stopped; their results are read below.
            await Task.WhenAll(running);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }

        CheckLabels(records, results);
        return new FileResult(file.Path, [.. results.OfType<RecordResult>()], Stopwatch.GetElapsedTime(start));
    }

    private async Task<RecordResult> ExecuteAsync(StatementExecutor statements, StatementRecord statement, CancellationToken cancel)
    {
        await context.Slots.WaitAsync(cancel);
        long start = Stopwatch.GetTimestamp();
        try
        {
            var error = statements.Execute(statement.Sql, cancel);
            if (statement.ExpectError)
                return error is not null
                    ? new RecordResult(statement, RecordStatus.Passed)
                    : new RecordResult(statement, RecordStatus.Failed, FailureCategory.MissingError, FailureCategory.MissingError,
                        $"SQL:\n{Indent(statement.Sql)}\nexpected an error, but the statement succeeded");
            return error is null
                ? new RecordResult(statement, RecordStatus.Passed)
                : new RecordResult(statement, RecordStatus.Failed, error.Message, FailureCategory.Of(error),
                    $"SQL:\n{Indent(statement.Sql)}\nerror:\n{Indent(error.Details)}");
        }
        finally
        {
            context.Timings.Add(Timings.Phase.Statements, start);
            context.Slots.Release();
        }
    }

    /// <summary>Compares a query's outcome with its expected block.</summary>
    internal static RecordResult Verify(QueryRecord query, QueryOutcome outcome)
    {
        if (outcome is ExecutionError error)
            return new RecordResult(query, RecordStatus.Failed, error.Message, FailureCategory.Of(error),
                $"SQL:\n{Indent(query.Sql)}\nexpected:\n{Indent(Describe(query.Expected))}\nerror:\n{Indent(error.Details)}");
        var rows = (QueryRows)outcome;
        var v = QueryVerifier.Verify(query, rows.Rows, rows.ColumnTypes, rows.Ordering);
        if (v.Passed) return new RecordResult(query, RecordStatus.Passed, ActualHash: v.ActualHash);
        string category = !v.OrderOnly ? FailureCategory.WrongResult
            : rows.Ordering.IsEmpty && !rows.Ordered ? FailureCategory.WrongOrderUnknown
            : FailureCategory.WrongOrder;
        return new RecordResult(query, RecordStatus.Failed, v.Mismatch, category,
            $"SQL:\n{Indent(query.Sql)}\nexpected:\n{Indent(Describe(query.Expected))}\nactual:\n{Indent(Describe(v.Actual, v.ActualHash))}\n{v.Mismatch}");
    }

    /// <summary>
    /// Every query with the same label must give the same hash. The first query of a label fixes it: a skipped query
    /// with its expected block, a failed one with its expected block too (so one wrong result is not blamed on every
    /// later query of the label), a passing one with its result.
    /// </summary>
    private void CheckLabels(ImmutableArray<SltRecord> records, RecordResult?[] results)
    {
        var labels = new LabelRegistry();
        for (int i = 0; i < records.Length; i++)
        {
            if (records[i] is not QueryRecord { Label: { } label } query || results[i] is not { } result) continue;
            if (result.Status != RecordStatus.Passed)
            {
                labels.Check(label, QueryVerifier.ExpectedHashOf(query.Expected), query.Line);
                continue;
            }
            if (labels.Check(label, result.ActualHash!, query.Line) is int first)
            {
                string message = $"result hash {result.ActualHash} differs from the one label '{label}' got at line {first}";
                results[i] = result with
                {
                    Status = RecordStatus.Failed,
                    Message = message,
                    Category = FailureCategory.LabelMismatch,
                    Details = $"SQL:\n{Indent(query.Sql)}\n{message}",
                };
                context.Progress.Refail();
            }
        }
    }

    private static string Describe(ExpectedResult expected) => expected switch
    {
        ExpectedHash h => $"{h.Count} values hashing to {h.Hash}",
        ExpectedValues v => Describe(v.Values, null),
        _ => "",
    };

    private static string Describe(IReadOnlyList<string> values, string? hash)
    {
        if (values.Count == 0) return "(no rows)";
        var sb = new StringBuilder();
        sb.AppendJoin('\n', values.Take(ShownValues));
        if (values.Count > ShownValues) sb.Append(CultureInfo.InvariantCulture, $"\n... {values.Count} values in all");
        if (hash is not null && values.Count > ShownValues) sb.Append(CultureInfo.InvariantCulture, $", hashing to {hash}");
        return sb.ToString();
    }

    private static string Indent(string text) => "    " + text.TrimEnd().Replace("\n", "\n    ", StringComparison.Ordinal);
}
