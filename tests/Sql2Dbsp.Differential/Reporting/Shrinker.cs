using System.Collections.Immutable;
using Sql2Dbsp.Differential.Generation;
using Sql2Dbsp.Differential.Postgres;
using Sql2Dbsp.Differential.Running;

namespace Sql2Dbsp.Differential.Reporting;

/// <summary>
/// Turns a failure into a small .slt reproduction. If the query still fails on the tables' contents at the failing
/// round inserted at once, rows are dropped (halves, then smaller chunks, then single rows) while it keeps failing;
/// the program is compiled once and each attempt is a fresh pipeline, so an attempt costs milliseconds. A failure
/// that needs the history of changes keeps it, unshrunk.
/// </summary>
internal sealed class Shrinker(PostgresDatabase scratch)
{
    private const int MaxAttempts = 150;

    public string Reproduce(Failure failure, Database db, PgResult answer)
    {
        var query = failure.Query;
        using var compiled = SqlProgram.Compile(EngineRunner.Program(db, [query], out _), new SqlProgramOptions { IncludeReferenceCircuit = false });
        var tables = db.Tables;
        var rows = db.RowsAt(failure.Round).Select(r => (IReadOnlyList<object?[]>)r).ToList();
        var comments = new List<string>
        {
            $"Differential test failure: seed {failure.Seed}, query {query.Index} ({query.Shape}), round {failure.Round}.",
            $"{failure.Kind}: {failure.Message}",
            $"PostgreSQL's form of the query: {query.Sql.Pg}",
        };

        var flat = Attempt(compiled, tables, rows, query);
        if (flat is null)
        {
            comments.Add("Fails only after the change rounds (the statements below); not shrunk.");
            var changes = db.Rounds.Take(failure.Round).SelectMany(r => r).Select(c => c.Statement);
            return SltWriter.Render(comments, tables, [.. db.InitialRows.Select(r => (IReadOnlyList<object?[]>)r)], changes, query, answer.Rows!);
        }

        int attempts = 0;
        var expected = flat;
        for (int t = 0; t < rows.Count; t++)
        {
            for (int chunk = Math.Max(1, rows[t].Count / 2); chunk >= 1 && attempts < MaxAttempts; chunk /= 2)
            {
                for (int start = 0; start < rows[t].Count && attempts < MaxAttempts;)
                {
                    var candidate = rows.ToList();
                    candidate[t] = [.. rows[t].Take(start), .. rows[t].Skip(start + chunk)];
                    attempts++;
                    if (Attempt(compiled, tables, candidate, query) is { } stillFailing)
                    {
                        rows = candidate;
                        expected = stillFailing;
                    }
                    else start += chunk;
                }
            }
        }
        comments.Add($"Shrunk to {rows.Sum(r => r.Count)} row(s) inserted at once.");
        return SltWriter.Render(comments, tables, rows, [], query, expected);
    }

    /// <summary>PostgreSQL's rows when our engine's answer on <paramref name="rows"/> differs from them; else null.</summary>
    private List<string?[]>? Attempt(SqlProgram compiled, ImmutableArray<Table> tables, List<IReadOnlyList<object?[]>> rows, Query query)
    {
        scratch.Load(tables, rows);
        var pg = scratch.Query(query);
        if (pg.Rows is null) return null;
        if (!compiled.Success) return pg.Rows;
        var db = new Database(tables, [.. rows.Select(r => r.ToImmutableArray())], []);
        var outcomes = new Dictionary<int, EngineOutcome>();
        EngineRunner.Execute(compiled, db, [query], outcomes);
        var ours = outcomes[query.Index];
        if (ours.Error is not null) return pg.Rows;
        return ResultComparer.Compare(ours.ColumnTypes, ours.Rounds[0], pg.Rows, ResultComparer.PaddingIsUnspecified(query.Shape)) is null ? null : pg.Rows;
    }
}
