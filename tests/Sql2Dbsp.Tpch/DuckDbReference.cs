using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Sql2Dbsp.Tpch.Generation;

namespace Sql2Dbsp.Tpch;

/// <summary>
/// DuckDB in-process as the reference engine: the same tables, rows and views (the query files run unchanged), and
/// the refresh rounds applied as DELETE and appends.
/// </summary>
public sealed class DuckDbReference : IDisposable
{
    private readonly DuckDBConnection connection = new("DataSource=:memory:");

    public DuckDbReference(TpchData data, IEnumerable<TpchQuery> queries)
    {
        connection.Open();
        Execute(TpchQuery.Tables);
        foreach (string table in TpchData.TableNames) Append(table, data.Tables[table]);
        foreach (var query in queries) Execute(query.Sql);
    }

    /// <summary>Runs <c>SELECT * FROM view</c>: the rows in DuckDB's order, and the time the query took.</summary>
    public (List<object?[]> Rows, TimeSpan Elapsed) Query(TpchQuery query)
    {
        var watch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {query.View}";
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return (rows, watch.Elapsed);
    }

    /// <summary>Deletes the round's orders with their line items, then inserts its new ones.</summary>
    public void Apply(RefreshRound round)
    {
        if (round.Deleted.Count > 0)
        {
            var keys = new StringBuilder();
            foreach (var order in round.Deleted)
                keys.Append(keys.Length == 0 ? "" : ", ").Append(((int)order.Order[0]!).ToString(CultureInfo.InvariantCulture));
            Execute($"DELETE FROM lineitem WHERE l_orderkey IN ({keys}); DELETE FROM orders WHERE o_orderkey IN ({keys});");
        }
        Append("orders", round.Inserted.Select(o => o.Order));
        Append("lineitem", round.Inserted.SelectMany(o => o.Lines));
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Append(string table, IEnumerable<object?[]> rows)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var values in rows)
        {
            var row = appender.CreateRow();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: row.AppendNullValue(); break;
                    case int i: row.AppendValue(i); break;
                    case decimal d: row.AppendValue(d); break;
                    case string s: row.AppendValue(s); break;
                    case DateOnly date: row.AppendValue(date); break;
                    default: throw new InvalidOperationException($"no DuckDB appender for {value.GetType()}");
                }
            }
            row.EndRow();
        }
    }

    public void Dispose() => connection.Dispose();
}
