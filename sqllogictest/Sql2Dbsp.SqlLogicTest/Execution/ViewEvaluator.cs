using System.Collections.Immutable;
using System.Diagnostics;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Runtime.Circuits;
using Sql2Dbsp.SqlLogicTest.Results;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// Evaluates queries through the product: all queries of a batch become views of one program (Roslyn's per-program
/// cost is what batching saves), the program's pipeline is fed the snapshot's input steps, and each view's changes,
/// summed over the steps, are its query's rows.
/// </summary>
/// <remarks>
/// One bad query never costs the others their result. Compile errors are traced back to their view by span; those
/// queries fail with their diagnostics and the rest is compiled again. A step that fails names its view; that query
/// fails and the rest runs again. Errors that cannot be attributed (no span, a broken file view, an unexpected
/// exception) are found by splitting the batch into parts until the culprit stands alone; so does a batch that keeps
/// failing at run time, which bounds the recompiles by the number of failures times log(batch size).
/// </remarks>
internal sealed class ViewEvaluator(Timings timings)
{
    /// <summary>After this many runtime failures in one program, the remaining queries are split instead of retried.</summary>
    private const int RuntimeFailuresBeforeSplit = 2;

    /// <summary>How many parts a batch is split into to isolate an error that names no query.</summary>
    private const int SplitWays = 4;

    /// <summary>Evaluates every query over <paramref name="db"/>; the result has one outcome per query.</summary>
    public ImmutableArray<QueryOutcome> Evaluate(DatabaseSnapshot db, IReadOnlyList<ViewQuery> queries, CancellationToken cancel = default)
    {
        var outcomes = new QueryOutcome?[queries.Count];
        if (queries.Count > 0) Evaluate(db, queries, [.. Enumerable.Range(0, queries.Count)], new HashSet<string>(StringComparer.Ordinal), outcomes, cancel);
        return [.. outcomes.Select(o => o!)];
    }

    private void Evaluate(DatabaseSnapshot db, IReadOnlyList<ViewQuery> queries, List<int> pending, HashSet<string> excludedViews,
        QueryOutcome?[] outcomes, CancellationToken cancel)
    {
        bool retry = false;
        int runtimeFailures = 0;
        while (pending.Count > 0)
        {
            cancel.ThrowIfCancellationRequested();
            var program = ProgramText.Build(db, queries, pending, excludedViews);
            SqlProgram compiled;
            try
            {
                compiled = Compile(program, pending.Count, retry);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The API promises diagnostics, not exceptions; should one escape anyway, isolate the query that causes it.
                if (pending.Count > 1) Split(db, queries, pending, excludedViews, outcomes, cancel);
                else outcomes[pending[0]] = new ExecutionError(FailureStage.Compile, ErrorCodes.InternalError, $"{e.GetType().Name}: {e.Message}", e.ToString());
                return;
            }
            using var disposeCompiled = compiled;
            retry = true;

            if (!compiled.Success)
            {
                var errors = compiled.Diagnostics.Where(d => d.IsError).ToList();
                bool progress = false;
                foreach (var group in errors.GroupBy(d => program.QueryAt(d.Span)).Where(g => g.Key is not null))
                {
                    int q = group.Key!.Value;
                    outcomes[q] = CompileError(group.ToList(), queries[q].Sql, program.SqlStart(q));
                    pending.Remove(q);
                    progress = true;
                }
                foreach (var d in errors)
                    if (program.LocalViewAt(d.Span) is { } view) progress |= excludedViews.Add(view);
                if (progress) continue;

                if (pending.Count == 1)
                {
                    outcomes[pending[0]] = CompileError(errors, queries[pending[0]].Sql, program.SqlStart(pending[0]));
                    return;
                }
                Split(db, queries, pending, excludedViews, outcomes, cancel);
                return;
            }

            var run = Run(compiled, program, db, pending);
            if (run.Outcomes is { } results)
            {
                for (int i = 0; i < pending.Count; i++) outcomes[pending[i]] = results[i];
                return;
            }
            if (run.FailedQuery is int failed && pending.Count > 1)
            {
                outcomes[failed] = run.Error!;
                pending.Remove(failed);
                if (++runtimeFailures < RuntimeFailuresBeforeSplit) continue;
                Split(db, queries, pending, excludedViews, outcomes, cancel);
                return;
            }
            if (pending.Count == 1)
            {
                outcomes[pending[0]] = run.Error!;
                return;
            }
            Split(db, queries, pending, excludedViews, outcomes, cancel);
            return;
        }
    }

    /// <summary>
    /// Compiles the queries again in <see cref="SplitWays"/> parts: the parts without the culprit finish, the part with
    /// it splits again. Splitting in four rather than two costs about 1.3 instead of 2 batch compiles per culprit.
    /// </summary>
    private void Split(DatabaseSnapshot db, IReadOnlyList<ViewQuery> queries, List<int> pending, HashSet<string> excludedViews,
        QueryOutcome?[] outcomes, CancellationToken cancel)
    {
        int size = (pending.Count + SplitWays - 1) / SplitWays;
        foreach (var part in pending.Chunk(size))
            Evaluate(db, queries, [.. part], [.. excludedViews], outcomes, cancel);
    }

    /// <summary>
    /// The runner only runs incremental pipelines: without the reference circuit a program is a third smaller.
    /// Non-collectible: the runner compiles hundreds of short-lived programs, whose JIT time dominated the run in
    /// collectible contexts; the code of a full corpus run fits in memory.
    /// </summary>
    private static readonly SqlProgramOptions Options = new()
    {
        IncludeReferenceCircuit = false,
        Collectible = false,
        Compiler = new CompilerOptions { OrderingOutputs = true },
    };

    private SqlProgram Compile(ProgramText program, int views, bool retry)
    {
        long start = Stopwatch.GetTimestamp();
        var compiled = SqlProgram.Compile(program.Text, Options);
        timings.Add(Timings.Phase.Compile, start);
        timings.CountProgram(views, retry);
        if (timings.Detailed && compiled.Success) TimeFrontEndAndEmit(program.Text);
        return compiled;
    }

    /// <summary>Runs the front end and the emitter once more, only to time them (see <see cref="Timings"/>).</summary>
    private void TimeFrontEndAndEmit(string text)
    {
        long start = Stopwatch.GetTimestamp();
        var source = new SourceText(text);
        var result = SqlCompiler.Compile(source);
        timings.Add(Timings.Phase.FrontEnd, start);
        if (!result.Success) return;
        start = Stopwatch.GetTimestamp();
        CSharpEmitter.Emit(new EmitRequest("Timing", result.Incremental!, Reference: null, source.Location));
        timings.Add(Timings.Phase.Emit, start);
    }

    /// <summary>The result of running a compiled batch: every query's outcome, or the error that stopped the step.</summary>
    private readonly record struct RunResult(QueryOutcome[]? Outcomes, int? FailedQuery, ExecutionError? Error);

    private RunResult Run(SqlProgram compiled, ProgramText program, DatabaseSnapshot db, List<int> pending)
    {
        var jitStart = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        long start = Stopwatch.GetTimestamp();
        try
        {
            var pipeline = compiled.CreatePipeline();
            timings.Add(Timings.Phase.CreatePipeline, start);
            start = Stopwatch.GetTimestamp();

            var inputs = db.Tables.ToDictionary(t => t.Id, t => pipeline.Input(RelationNames.Quote(t.Info.Identity)));
            var views = compiled.Views.ToDictionary(v => v.Identity, StringComparer.Ordinal);
            var queryViews = pending.Select(q => views[RelationNames.Identity(program.ViewNames[q])]).ToArray();
            // A view ordered by values it does not output is read from its ordering source, which has them too.
            var outputs = queryViews.Select(v => pipeline.Output(RelationNames.Quote(v.OrderingSource ?? v.Identity))).ToArray();
            var sums = pending.Select(_ => new Dictionary<object?[], long>(RowComparer.Instance)).ToArray();
            var steps = db.Steps.IsEmpty ? [new InputStep([])] : db.Steps;
            foreach (var step in steps)
            {
                foreach (var change in step.Changes)
                    if (inputs.TryGetValue(change.TableId, out var input)) input.Push(change.Row, change.Weight);
                pipeline.Step();
                for (int i = 0; i < outputs.Length; i++)
                    foreach (var (row, weight) in outputs[i].Changes)
                        sums[i][row] = sums[i].GetValueOrDefault(row) + weight;
            }

            var results = new QueryOutcome[pending.Count];
            for (int i = 0; i < pending.Count; i++)
                results[i] = Rows(sums[i], queryViews[i]);
            timings.Add(Timings.Phase.Step, start);
            return new RunResult(results, null, null);
        }
        catch (StepFailedException e)
        {
            timings.Add(Timings.Phase.Step, start);
            int? query = pending.Cast<int?>().FirstOrDefault(q => string.Equals(program.ViewNames[q!.Value], e.View, StringComparison.OrdinalIgnoreCase));
            return new RunResult(null, query, new ExecutionError(FailureStage.Runtime, null, (e.InnerException ?? e).Message, e.ToString()));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            timings.Add(Timings.Phase.Step, start);
            return new RunResult(null, null, new ExecutionError(FailureStage.Runtime, null, $"{e.GetType().Name}: {e.Message}", e.ToString()));
        }
        finally
        {
            timings.Add(Timings.Phase.Jit, System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jitStart);
        }
    }

    /// <summary>The integrated output of a view: each row repeated by its summed weight, which must not be negative.</summary>
    private static QueryOutcome Rows(Dictionary<object?[], long> sum, Compiler.Catalog.ViewInfo view)
    {
        var rows = ImmutableArray.CreateBuilder<object?[]>();
        foreach (var (row, weight) in sum)
        {
            if (weight < 0)
                return new ExecutionError(FailureStage.Runtime, null,
                    $"the view's integrated output holds row ({string.Join(", ", row.Select(v => v ?? "NULL"))}) with weight {weight}", "");
            for (long w = 0; w < weight; w++) rows.Add(row);
        }
        var keys = view.Ordering.Select(k => k.Expression is ColumnExpr c ? new OrderKey(c.Index, k.Descending, k.NullsFirst) : null).ToList();
        var types = view.Columns.Select(c => c.Type).ToImmutableArray<SqlType?>();
        if (view.OrderingSource is null) return new QueryRows(rows.ToImmutable(), types, keys.Contains(null) ? [] : [.. keys!]);
        // The rows carry the values only ORDER BY reads: sort by them, then drop them.
        int width = view.Columns.Length;
        var sorted = RowOrder.Sort(rows.ToImmutable(), [.. keys!]).Select(r => r[..width]).ToImmutableArray();
        return new QueryRows(sorted, types, [], Ordered: true);
    }

    /// <summary>The first line of a message (internal errors append the failing generated code).</summary>
    internal static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return newline < 0 ? message : message[..newline];
    }

    /// <summary>A compile error with the diagnostics rendered against the query's own SQL (not the batch program).</summary>
    private static ExecutionError CompileError(List<Diagnostic> diagnostics, string sql, int sqlStart)
    {
        var source = new SourceText(ProgramText.TrimStatement(sql), "query");
        var shifted = diagnostics.Select(d => d with
        {
            Span = d.Span.IsNone || d.Span.Offset < sqlStart ? SourceSpan.None : new SourceSpan(d.Span.Offset - sqlStart, d.Span.Length),
            Notes = [],
        });
        var first = diagnostics[0];
        return new ExecutionError(FailureStage.Compile, first.Code, FirstLine(first.Message), DiagnosticRenderer.ToText(shifted, source));
    }
}
