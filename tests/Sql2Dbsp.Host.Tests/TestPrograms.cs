using Sql2Dbsp.Host;

namespace Sql2Dbsp.Host.Tests;

/// <summary>
/// The programs the tests run, each compiled once per test run (a Roslyn compile takes a second or two). Connector
/// paths are relative, so every test gets its own files by running in its own working directory.
/// </summary>
internal static class TestPrograms
{
    /// <summary>Tables fed over HTTP only: a primary-key table, a multiset table, and views over them.</summary>
    public const string HttpText = """
        CREATE TABLE items (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, price DECIMAL(10, 2), qty INT NOT NULL, added DATE);
        CREATE TABLE events (k INT NOT NULL, v VARCHAR);
        CREATE MATERIALIZED VIEW item_view AS SELECT * FROM items;
        CREATE MATERIALIZED VIEW totals AS SELECT name, SUM(qty) AS qty FROM items GROUP BY name;
        CREATE MATERIALIZED VIEW event_view AS SELECT * FROM events;
        CREATE MATERIALIZED VIEW event_counts AS SELECT k, COUNT(*) AS n FROM events GROUP BY k;
        """;

    /// <summary>File connectors: a followed JSON file and a CSV file in, JSON and CSV files out.</summary>
    public const string FilesText = """
        CREATE TABLE items (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, price DECIMAL(10, 2), qty INT NOT NULL, added DATE)
        WITH ('connectors' = '[{"name": "file", "transport": {"name": "file_input", "config": {"path": "items.json", "follow": true}}, "format": {"name": "json"}}]');
        CREATE TABLE events (k INT NOT NULL, v VARCHAR)
        WITH ('connectors' = '[{"name": "csv", "transport": {"name": "file_input", "config": {"path": "events.csv"}}, "format": {"name": "csv"}}]');
        CREATE MATERIALIZED VIEW item_view
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "out/items.json"}}, "format": {"name": "json"}}]')
        AS SELECT * FROM items;
        CREATE MATERIALIZED VIEW event_counts
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "out/event_counts.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT k, COUNT(*) AS n FROM events GROUP BY k;
        """;

    /// <summary>A seeded generator feeding a table whose whole contents go to a CSV file.</summary>
    public const string DatagenText = """
        CREATE TABLE t (id BIGINT NOT NULL, grp INT NOT NULL, score DOUBLE, tag VARCHAR NOT NULL, day DATE NOT NULL)
        WITH ('connectors' = '[{"name": "gen", "max_batch_size": 500, "max_queued_records": 1000, "transport": {"name": "datagen", "config": {"seed": 7, "plan": [{"limit": 5000,
            "fields": {"grp": {"strategy": "zipf", "range": [0, 20]}, "score": {"strategy": "uniform", "range": [0, 100], "null_percentage": 10},
                       "tag": {"strategy": "uniform", "values": ["red", "green", "blue"]}, "day": {"strategy": "uniform", "range": ["2024-01-01", "2024-02-01"]}}}]}}}]');
        CREATE MATERIALIZED VIEW everything
        WITH ('connectors' = '[{"name": "out", "transport": {"name": "file_output", "config": {"path": "everything.csv"}}, "format": {"name": "csv"}}]')
        AS SELECT * FROM t;
        CREATE MATERIALIZED VIEW per_group AS SELECT grp, COUNT(*) AS n FROM t GROUP BY grp;
        """;

    /// <summary>A view that divides by a column, to fail a step on purpose.</summary>
    public const string FailingText = """
        CREATE TABLE t (k INT NOT NULL);
        CREATE VIEW ratio AS SELECT k, 100 / k AS r FROM t;
        """;

    private static readonly Lazy<HostedProgram> HttpProgram = new(() => Compile(HttpText, "http.sql"));
    private static readonly Lazy<HostedProgram> FilesProgram = new(() => Compile(FilesText, "files.sql"));
    private static readonly Lazy<HostedProgram> DatagenProgram = new(() => Compile(DatagenText, "datagen.sql"));
    private static readonly Lazy<HostedProgram> FailingProgram = new(() => Compile(FailingText, "failing.sql"));

    public static HostedProgram Http => HttpProgram.Value;

    public static HostedProgram Files => FilesProgram.Value;

    public static HostedProgram Datagen => DatagenProgram.Value;

    public static HostedProgram Failing => FailingProgram.Value;

    private static HostedProgram Compile(string sql, string name)
    {
        var program = HostedProgram.Compile(sql, name, cacheDirectory: null);
        if (!program.Success) throw new InvalidOperationException(program.RenderDiagnostics());
        return program;
    }
}
