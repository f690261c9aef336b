using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Differential.Generation;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Differential.Running;

/// <summary>
/// Runs queries through our engine's public API: all queries over one database become views of one program (Roslyn's
/// per-program cost is what batching saves), and the program's pipeline gets the initial rows and then each change
/// round, one step each; every view's changes are summed into its contents after each step.
/// </summary>
/// <remarks>
/// Like the sqllogictest runner's batches, one bad query never costs the others their result: compile errors are
/// traced to their view by span and those queries leave the batch; an error that names no view splits the batch in
/// halves until the culprit stands alone; a failed step names its view, which leaves the batch before it runs again.
/// </remarks>
internal sealed class EngineRunner
{
    private static readonly SqlProgramOptions Options = new() { IncludeReferenceCircuit = false, Collectible = false };

    /// <summary>Number of programs compiled so far (for the summary).</summary>
    public int ProgramsCompiled { get; private set; }

    /// <summary>Evaluates every query over <paramref name="db"/> and its change rounds.</summary>
    public Dictionary<int, EngineOutcome> Run(Database db, IReadOnlyList<Query> queries)
    {
        var outcomes = new Dictionary<int, EngineOutcome>();
        Evaluate(db, [.. queries], outcomes);
        return outcomes;
    }

    private void Evaluate(Database db, List<Query> pending, Dictionary<int, EngineOutcome> outcomes)
    {
        while (pending.Count > 0)
        {
            var program = Program(db, pending, out var ranges);
            SqlProgram compiled;
            try
            {
                compiled = SqlProgram.Compile(program, Options);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Isolate(db, pending, outcomes, $"compiler threw {e.GetType().Name}: {FirstLine(e.Message)}", compileFailed: true);
                return;
            }
            ProgramsCompiled++;
            using (compiled)
            {
                if (!compiled.Success)
                {
                    var errors = compiled.Diagnostics.Where(d => d.IsError).ToList();
                    var blamed = errors.GroupBy(d => QueryAt(ranges, d)).Where(g => g.Key is not null).ToList();
                    foreach (var group in blamed)
                    {
                        var q = group.Key!;
                        outcomes[q.Index] = EngineOutcome.CompileError("compile error: " + FirstLine(group.First()));
                        pending.Remove(q);
                    }
                    if (blamed.Count > 0) continue;
                    Isolate(db, pending, outcomes, "compile error: " + FirstLine(errors[0]), compileFailed: true);
                    return;
                }
                try
                {
                    if (Execute(compiled, db, pending, outcomes)) return;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Not a failed step (which names its view): an engine defect; split until the query causing it stands alone.
                    Isolate(db, pending, outcomes, $"engine threw {e.GetType().Name}: {FirstLine(e.Message)}", compileFailed: false);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// An error that names no query: a lone query takes it; a batch splits in halves that are evaluated on their own.
    /// </summary>
    private void Isolate(Database db, List<Query> pending, Dictionary<int, EngineOutcome> outcomes, string error, bool compileFailed)
    {
        if (pending.Count == 1)
        {
            outcomes[pending[0].Index] = compileFailed ? EngineOutcome.CompileError(error) : EngineOutcome.RuntimeError([], [], error, 0);
            return;
        }
        int half = pending.Count / 2;
        Evaluate(db, pending[..half], outcomes);
        Evaluate(db, pending[half..], outcomes);
    }

    /// <summary>Runs the rounds; returns false when a step failed (its query has left <paramref name="pending"/>).</summary>
    internal static bool Execute(SqlProgram compiled, Database db, List<Query> pending, Dictionary<int, EngineOutcome> outcomes)
    {
        var pipeline = compiled.CreatePipeline();
        var outputs = pending.Select(q => pipeline.Output(ViewName(q))).ToArray();
        var sums = pending.Select(_ => new Dictionary<object?[], long>(RowComparer.Instance)).ToArray();
        var rounds = pending.Select(_ => ImmutableArray.CreateBuilder<List<object?[]>>()).ToArray();
        for (int round = 0; round <= db.Rounds.Length; round++)
        {
            if (round == 0)
            {
                for (int t = 0; t < db.Tables.Length; t++)
                    foreach (var row in db.InitialRows[t]) pipeline.Input(db.Tables[t].Name).Insert(row);
            }
            else
            {
                foreach (var change in db.Rounds[round - 1])
                {
                    var input = pipeline.Input(change.Table.Name);
                    if (change.Old is { } old) input.Delete(old);
                    if (change.New is { } added) input.Insert(added);
                }
            }
            try
            {
                pipeline.Step();
            }
            catch (StepFailedException e)
            {
                var culprit = pending.FirstOrDefault(q => string.Equals(ViewName(q), e.View, StringComparison.OrdinalIgnoreCase));
                string message = "runtime error: " + FirstLine((e.InnerException ?? e).Message);
                if (culprit is null)
                {
                    // A failure outside any view (should not happen): every query of the batch shares it.
                    foreach (var q in pending) outcomes[q.Index] = EngineOutcome.RuntimeError([], [], message, round);
                    pending.Clear();
                    return true;
                }
                int i = pending.IndexOf(culprit);
                outcomes[culprit.Index] = EngineOutcome.RuntimeError(Types(compiled, culprit), rounds[i].ToImmutable(), message, round);
                pending.Remove(culprit);
                return false;
            }
            for (int i = 0; i < outputs.Length; i++)
            {
                foreach (var (row, weight) in outputs[i].Changes)
                {
                    long w = sums[i].GetValueOrDefault(row) + weight;
                    if (w == 0) sums[i].Remove(row);
                    else sums[i][row] = w;
                }
                rounds[i].Add(Expand(sums[i]));
            }
        }
        for (int i = 0; i < pending.Count; i++)
        {
            var negative = sums[i].FirstOrDefault(kv => kv.Value < 0);
            outcomes[pending[i].Index] = negative.Key is null
                ? new EngineOutcome(Types(compiled, pending[i]), rounds[i].ToImmutable())
                : EngineOutcome.RuntimeError(Types(compiled, pending[i]), rounds[i].ToImmutable(), $"the view holds a row with weight {negative.Value}", db.Rounds.Length);
        }
        return true;
    }

    private static ImmutableArray<Compiler.Types.SqlType> Types(SqlProgram compiled, Query q) =>
        [.. compiled.Views.First(v => string.Equals(v.Name, ViewName(q), StringComparison.OrdinalIgnoreCase)).Columns.Select(c => c.Type)];

    private static List<object?[]> Expand(Dictionary<object?[], long> sum)
    {
        var rows = new List<object?[]>();
        foreach (var (row, weight) in sum)
            for (long w = 0; w < weight; w++) rows.Add(row);
        return rows;
    }

    public static string ViewName(Query q) => "q" + q.Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The program: the tables, then one view per query; <paramref name="ranges"/> says where each view lies.</summary>
    public static string Program(Database db, IEnumerable<Query> queries, out List<(int Start, int End, Query Query)> ranges)
    {
        var sb = new StringBuilder("-- differential batch\n");
        foreach (var t in db.Tables) sb.Append(t.CreateStatement).Append(";\n");
        ranges = [];
        foreach (var q in queries)
        {
            int start = sb.Length;
            sb.Append("CREATE VIEW ").Append(ViewName(q)).Append(" (").AppendJoin(", ", q.ColumnNames).Append(") AS\n")
              .Append(q.Sql.Ours).Append(";\n");
            ranges.Add((start, sb.Length, q));
        }
        return sb.ToString();
    }

    private static Query? QueryAt(List<(int Start, int End, Query Query)> ranges, Diagnostic d)
    {
        if (d.Span.IsNone) return null;
        foreach (var (start, end, q) in ranges)
            if (d.Span.Offset >= start && d.Span.Offset < end) return q;
        return null;
    }

    private static string FirstLine(Diagnostic d) => $"{d.Code} {FirstLine(d.Message)}";

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return newline < 0 ? message : message[..newline];
    }
}
