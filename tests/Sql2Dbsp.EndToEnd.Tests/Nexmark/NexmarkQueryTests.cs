using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Sql2Dbsp.EndToEnd.Tests.Nexmark;

/// <summary>
/// Feldera's Nexmark queries that compile, run unchanged (one program: table.sql with LATENESS and all of them) on
/// <see cref="NexmarkData"/>, step by step. After every step each view's integrated output must equal what DuckDB
/// computes from the records accepted so far, exactly (values compared as text; AVG to 6 decimals). DuckDB runs the
/// same queries translated to its dialect: TUMBLE and HOP as epoch arithmetic, FORMAT_TIMESTAMP as strftime.
/// </summary>
public class NexmarkQueryTests
{
    private static string WindowStart(string column, int seconds, string back = "0") =>
        $"make_timestamp((epoch_ms({column}) // {seconds * 1000} * {seconds * 1000} - {back} * {seconds * 1000}) * 1000)";

    /// <summary>The DuckDB form of each query (same columns in the same order).</summary>
    private static readonly Dictionary<string, string> DuckDb = new()
    {
        ["q0"] = "SELECT auction, bidder, price, date_time, extra FROM bid",
        ["q1"] = "SELECT auction, bidder, 0.908 * price AS price, date_time, extra FROM bid",
        ["q2"] = "SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0",
        ["q3"] = "SELECT P.name, P.city, P.state, A.id FROM auction AS A INNER JOIN person AS P on A.seller = P.id " +
                 "WHERE A.category = 10 and (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA')",
        ["q4"] = "SELECT Q.category, ROUND(AVG(Q.final), 6) FROM (SELECT MAX(B.price) AS final, A.category FROM auction A, bid B " +
                 "WHERE A.id = B.auction AND B.date_time BETWEEN A.date_time AND A.expires GROUP BY A.id, A.category) Q GROUP BY Q.category",
        ["q5"] = $"""
            WITH hop AS (SELECT auction, {WindowStart("date_time", 2, "k")} AS window_start FROM bid, range(0, 5) t(k)),
                 counts AS (SELECT auction, window_start, count(*) AS num FROM hop GROUP BY auction, window_start)
            SELECT c.auction, c.num FROM counts c
            JOIN (SELECT window_start, max(num) AS maxn FROM counts GROUP BY window_start) m
              ON c.window_start = m.window_start AND c.num >= m.maxn
            """,
        ["q7"] = $"""
            SELECT B.auction, B.price, B.bidder, B.date_time, B.extra FROM bid B
            JOIN (SELECT MAX(price) AS maxprice, {WindowStart("date_time", 10)} + INTERVAL 10 SECOND AS date_time FROM bid
                  GROUP BY {WindowStart("date_time", 10)}) B1
            ON B.price = B1.maxprice WHERE B.date_time BETWEEN B1.date_time - INTERVAL 10 SECOND AND B1.date_time
            """,
        ["q8"] = $"""
            SELECT P.id, P.name, P.starttime FROM
              (SELECT id, name, {WindowStart("date_time", 10)} AS starttime FROM person GROUP BY id, name, {WindowStart("date_time", 10)}) P
            JOIN (SELECT seller, {WindowStart("date_time", 10)} AS starttime FROM auction GROUP BY seller, {WindowStart("date_time", 10)}) A
            ON P.id = A.seller AND P.starttime = A.starttime
            """,
        ["q9"] = """
            SELECT id, itemName, description, initialBid, reserve, date_time, expires, seller, category, extra,
                   auction, bidder, price, bid_dateTime, bid_extra
            FROM (SELECT A.*, B.auction, B.bidder, B.price, B.date_time AS bid_dateTime, B.extra AS bid_extra,
                         ROW_NUMBER() OVER (PARTITION BY A.id ORDER BY B.price DESC, B.date_time ASC) AS rownum
                  FROM auction A, bid B WHERE A.id = B.auction AND B.date_time BETWEEN A.date_time AND A.expires)
            WHERE rownum <= 1
            """,
        ["q10"] = "SELECT auction, bidder, price, date_time, extra, strftime(date_time, '%Y-%m-%d'), strftime(date_time, '%H:%M') FROM bid",
        ["q12"] = $"SELECT bidder, count(*), {WindowStart("date_time", 10)}, {WindowStart("date_time", 10)} + INTERVAL 10 SECOND " +
                  $"FROM bid GROUP BY bidder, {WindowStart("date_time", 10)}",
        ["q15"] = """
            SELECT CAST(date_time AS DATE), count(*), count(*) filter (where price < 10000),
                   count(*) filter (where price >= 10000 and price < 1000000), count(*) filter (where price >= 1000000),
                   count(distinct bidder), count(distinct bidder) filter (where price < 10000),
                   count(distinct bidder) filter (where price >= 10000 and price < 1000000), count(distinct bidder) filter (where price >= 1000000),
                   count(distinct auction), count(distinct auction) filter (where price < 10000),
                   count(distinct auction) filter (where price >= 10000 and price < 1000000), count(distinct auction) filter (where price >= 1000000)
            FROM bid GROUP BY CAST(date_time AS DATE)
            """,
        ["q16"] = """
            SELECT channel, CAST(date_time AS DATE), strftime(max(date_time), '%H:%M'), count(*), count(*) filter (where price < 10000),
                   count(*) filter (where price >= 10000 and price < 1000000), count(*) filter (where price >= 1000000),
                   count(distinct bidder), count(distinct bidder) filter (where price < 10000),
                   count(distinct bidder) filter (where price >= 10000 and price < 1000000), count(distinct bidder) filter (where price >= 1000000),
                   count(distinct auction), count(distinct auction) filter (where price < 10000),
                   count(distinct auction) filter (where price >= 10000 and price < 1000000), count(distinct auction) filter (where price >= 1000000)
            FROM bid GROUP BY channel, CAST(date_time AS DATE)
            """,
        ["q17"] = """
            SELECT auction, CAST(date_time AS DATE), count(*), count(*) filter (where price < 10000),
                   count(*) filter (where price >= 10000 and price < 1000000), count(*) filter (where price >= 1000000),
                   min(price), max(price), ROUND(avg(price), 6), sum(price)
            FROM bid GROUP BY auction, CAST(date_time AS DATE)
            """,
        ["q18"] = """
            SELECT auction, bidder, price, channel, url, date_time, extra
            FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder, auction ORDER BY date_time DESC) AS rank_number FROM bid)
            WHERE rank_number <= 1
            """,
        ["q19"] = "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid) WHERE rank_number <= 10",
        ["q20"] = """
            SELECT auction, bidder, price, channel, url, B.date_time, B.extra, itemName, description, initialBid, reserve,
                   A.date_time as AdateTime, expires, seller, category, A.extra as Aextra
            FROM bid AS B INNER JOIN auction AS A on B.auction = A.id WHERE A.category = 10
            """,
    };

    private const string DuckDbTables = """
        CREATE TABLE person (id BIGINT, name VARCHAR, emailAddress VARCHAR, creditCard VARCHAR, city VARCHAR, state VARCHAR, date_time TIMESTAMP NOT NULL, extra VARCHAR);
        CREATE TABLE auction (id BIGINT, itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT, date_time TIMESTAMP NOT NULL, expires TIMESTAMP, seller BIGINT, category BIGINT, extra VARCHAR);
        CREATE TABLE bid (auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR, date_time TIMESTAMP NOT NULL, extra VARCHAR);
        """;

    [Fact]
    public void CompiledQueriesEqualDuckDbAfterEveryStep()
    {
        var queries = DuckDb.Keys.ToList();
        var sql = new StringBuilder(NexmarkPrograms.Tables());
        foreach (var q in queries) sql.Append('\n').Append(NexmarkPrograms.Query(q)).Append(';');
        using var program = SqlProgram.Compile(sql.ToString(), new SqlProgramOptions { FileName = "nexmark.sql" });
        Assert.True(program.Success, program.RenderDiagnostics());
        var pipeline = program.CreatePipeline();
        var views = queries.ToDictionary(q => q, q => pipeline.Outputs.Single(o => o.View.Name.Equals(q, StringComparison.OrdinalIgnoreCase)));
        var integrated = queries.ToDictionary(q => q, _ => new Dictionary<string, long>(StringComparer.Ordinal));

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Execute(duck, DuckDbTables);

        var (steps, late) = NexmarkData.Generate();
        int nonEmpty = 0;
        foreach (var step in steps)
        {
            foreach (var e in step) pipeline.Input(e.Table).Push(e.Row, e.Weight);
            pipeline.Step();
            foreach (var e in step.Where(e => !ReferenceEquals(e, late))) Apply(duck, e);
            foreach (var q in queries)
            {
                foreach (var (row, weight) in views[q].Changes)
                {
                    string key = Text(row);
                    long w = integrated[q].GetValueOrDefault(key) + weight;
                    if (w == 0) integrated[q].Remove(key);
                    else integrated[q][key] = w;
                }
                var expected = Query(duck, DuckDb[q]);
                var actual = integrated[q].SelectMany(kv => Enumerable.Repeat(kv.Key, checked((int)kv.Value))).Order(StringComparer.Ordinal).ToList();
                Assert.True(expected.SequenceEqual(actual),
                    $"{q} after step {pipeline.StepCount}: expected {expected.Count} rows, got {actual.Count}\n" +
                    $"missing: {string.Join("\n  ", expected.Except(actual).Take(5))}\nextra: {string.Join("\n  ", actual.Except(expected).Take(5))}");
                if (expected.Count > 0) nonEmpty++;
            }
        }
        Assert.Equal(1, pipeline.Input("bid").LateRecords);
        Assert.Equal(0, pipeline.Input("person").LateRecords);
        // Every query produced rows at some step (a comparison of empty results would prove little).
        Assert.True(nonEmpty >= queries.Count * steps.Count / 2, $"only {nonEmpty} non-empty comparisons");
        foreach (var q in queries) Assert.NotEmpty(integrated[q]);
    }

    /// <summary>
    /// Under exactly-once fault tolerance the same program compiles (LATENESS, windows and ranks are deterministic), and
    /// a pipeline checkpointed halfway and resumed produces, step for step, the same changes as one that never stopped
    /// (the waterlines, late counts, top-k ranks and aggregates come back from the checkpoint).
    /// </summary>
    [Fact]
    public void ResumedPipelineContinuesExactlyUnderFaultTolerance()
    {
        using var storage = new TempDirectory();
        var sql = new StringBuilder(NexmarkPrograms.Tables());
        foreach (var q in DuckDb.Keys) sql.Append('\n').Append(NexmarkPrograms.Query(q)).Append(';');
        using var program = SqlProgram.Compile(sql.ToString(), new SqlProgramOptions
        {
            FileName = "nexmark.sql",
            Compiler = new Compiler.CompilerOptions { FaultTolerance = Compiler.FaultToleranceModel.ExactlyOnce },
        });
        Assert.True(program.Success, program.RenderDiagnostics());
        var (steps, _) = NexmarkData.Generate();
        var straight = program.CreatePipeline();
        var interrupted = program.CreatePipeline();
        for (int s = 0; s < steps.Count; s++)
        {
            if (s == steps.Count / 2 + 1)
            {
                interrupted.Checkpoint(storage.Path);
                interrupted = program.ResumePipeline(storage.Path);
            }
            foreach (var p in new[] { straight, interrupted })
            {
                foreach (var e in steps[s]) p.Input(e.Table).Push(e.Row, e.Weight);
                p.Step();
            }
            foreach (var output in straight.Outputs)
                Assert.Equal(output.Changes.Select(c => Text(c.Row) + " " + c.Weight).Order(StringComparer.Ordinal),
                    interrupted.Output(output.View.Identity).Changes.Select(c => Text(c.Row) + " " + c.Weight).Order(StringComparer.Ordinal));
        }
        Assert.Equal(1, interrupted.Input("bid").LateRecords);
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Apply(DuckDBConnection duck, NexmarkEvent e)
    {
        using var command = duck.CreateCommand();
        var values = string.Join(", ", e.Row.Select(Literal));
        if (e.Weight > 0)
        {
            command.CommandText = $"INSERT INTO {e.Table} VALUES ({values})";
            command.ExecuteNonQuery();
            return;
        }
        Assert.Equal("bid", e.Table); // prices are unique
        command.CommandText = $"DELETE FROM bid WHERE price = {Literal(e.Row[2])}";
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static string Literal(object? v) => v switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        DateTime d => "TIMESTAMP '" + d.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "'",
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"no literal for {v.GetType()}"),
    };

    private static List<string> Query(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(Text(row));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>A row as text both engines agree on: timestamps to the millisecond (TIMESTAMP(3)), numbers without trailing zeros.</summary>
    private static string Text(object?[] row) => string.Join(" | ", row.Select(v => v switch
    {
        null => "NULL",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.######", CultureInfo.InvariantCulture),
        Sql2Dbsp.Runtime.Sql.SqlDecimal m => ((decimal)m).ToString("0.######", CultureInfo.InvariantCulture),
        double x => x.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString()!,
    }));
}
