using System.Globalization;
using Npgsql;
using Sql2Dbsp.Differential.Generation;

namespace Sql2Dbsp.Differential.Postgres;

/// <summary>What PostgreSQL answered for a query: every value as its text (NULL as null), or the error.</summary>
internal sealed record PgResult(List<string?[]>? Rows, string? Error);

/// <summary>
/// A connection to the reference PostgreSQL holding one generated database at a time, in its own schema. Queries
/// run wrapped so every value comes back as PostgreSQL's text (exact for NUMERIC of any size, CHAR(n) padded).
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly string schema;
    private List<Table>? loaded;

    public PostgresDatabase(string connectionString, string schema)
    {
        this.schema = schema;
        connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute("SET statement_timeout = 20000");
    }

    /// <summary>Replaces the schema's contents with <paramref name="tables"/> holding <paramref name="rows"/>.</summary>
    public void Load(IReadOnlyList<Table> tables, IReadOnlyList<IReadOnlyList<object?[]>> rows)
    {
        // Shrinking loads the same tables hundreds of times: emptying them is cheaper than creating them.
        if (loaded is not null && loaded.SequenceEqual(tables))
            Execute("TRUNCATE " + string.Join(", ", tables.Select(t => t.Name)));
        else
        {
            Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}; SET search_path TO {schema}");
            foreach (var table in tables) Execute(table.CreateStatement);
            loaded = [.. tables];
        }
        for (int t = 0; t < tables.Count; t++)
        {
            if (rows[t].Count > 0)
                Execute($"INSERT INTO {tables[t].Name} VALUES " + string.Join(", ", rows[t].Select(r => "(" + string.Join(", ", r.Select(Literals.Sql)) + ")")));
        }
    }

    /// <summary>Applies one change round.</summary>
    public void Apply(IEnumerable<Change> changes)
    {
        foreach (var change in changes) Execute(change.Statement);
    }

    public PgResult Query(Query query) => Query(query.Sql.Pg, query.Arity);

    public PgResult Query(string sql, int arity)
    {
        var columns = Enumerable.Range(1, arity).Select(i => "x" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        // A cast to text drops CHAR(n)'s padding, which format('%s') (the type's output function) keeps; but format
        // prints NULL as the empty string.
        string wrapped = $"SELECT {string.Join(", ", columns.Select(c =>
                             $"CASE WHEN q.{c} IS NULL THEN NULL WHEN pg_typeof(q.{c}) = 'bpchar'::regtype THEN format('%s', q.{c}) ELSE q.{c}::text END"))} " +
                         $"FROM ({sql}) AS q({string.Join(", ", columns)})";
        try
        {
            using var command = new NpgsqlCommand(wrapped, connection);
            using var reader = command.ExecuteReader();
            var rows = new List<string?[]>();
            while (reader.Read())
            {
                var row = new string?[arity];
                for (int i = 0; i < arity; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
                rows.Add(row);
            }
            return new PgResult(rows, null);
        }
        catch (PostgresException e)
        {
            return new PgResult(null, $"{e.SqlState}: {e.MessageText}");
        }
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
        catch (NpgsqlException)
        {
            // The server may be going away already; its data directory is deleted anyway.
        }
        connection.Dispose();
    }
}
