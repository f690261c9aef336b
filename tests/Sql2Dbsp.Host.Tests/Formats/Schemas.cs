using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Host.Tests.Formats;

/// <summary>Schemas and helpers for format tests.</summary>
internal static class Schemas
{
    /// <summary>(id BIGINT NOT NULL PRIMARY KEY, name VARCHAR NOT NULL, price DECIMAL(10,2), ok BOOLEAN, day DATE, at TIMESTAMP, score DOUBLE, small TINYINT)</summary>
    public static readonly RelationSchema Keyed = new("items",
    [
        new ColumnSchema("id", false, SqlType.BigInt()),
        new ColumnSchema("name", false, SqlType.Varchar()),
        new ColumnSchema("price", false, SqlType.Decimal(10, 2, nullable: true)),
        new ColumnSchema("ok", false, SqlType.Boolean(nullable: true)),
        new ColumnSchema("day", false, SqlType.Date(nullable: true)),
        new ColumnSchema("at", false, SqlType.Timestamp(nullable: true)),
        new ColumnSchema("score", false, SqlType.Double(nullable: true)),
        new ColumnSchema("small", false, SqlType.TinyInt(nullable: true)),
    ], [0]);

    /// <summary>(k INT NOT NULL, v VARCHAR) without a key.</summary>
    public static readonly RelationSchema Multiset = new("events",
    [
        new ColumnSchema("k", false, SqlType.Integer()),
        new ColumnSchema("v", false, SqlType.Varchar(nullable: true)),
    ], []);

    /// <summary>Parses all of <paramref name="text"/> in one call.</summary>
    public static (ChangeBuffer Changes, List<ParseError> Errors) ParseAll(IInputParser parser, RelationSchema schema, string text)
    {
        var buffer = new ChangeBuffer(schema.Arity, 1_000_000);
        var errors = new List<ParseError>();
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        Assert.Equal(bytes.Length, parser.Parse(bytes, isFinal: true, buffer, errors));
        return (buffer, errors);
    }

    /// <summary>Parses <paramref name="text"/> fed in chunks of <paramref name="chunk"/> bytes (carrying the unused rest), as a transport does.</summary>
    public static (ChangeBuffer Changes, List<ParseError> Errors) ParseChunked(IInputParser parser, RelationSchema schema, string text, int chunk, int capacity = 1_000_000)
    {
        var all = new ChangeBuffer(schema.Arity, 1_000_000);
        var errors = new List<ParseError>();
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var pending = new List<byte>();
        int fed = 0;
        while (true)
        {
            int take = Math.Min(chunk, bytes.Length - fed);
            pending.AddRange(bytes.AsSpan(fed, take).ToArray());
            fed += take;
            bool final = fed == bytes.Length;
            while (true)
            {
                var batch = new ChangeBuffer(schema.Arity, capacity);
                int used = parser.Parse(pending.ToArray(), final, batch, errors);
                pending.RemoveRange(0, used);
                for (int i = 0; i < batch.Count; i++)
                {
                    var row = all.Add(batch.Kind(i), batch.Weight(i));
                    batch.Row(i).CopyTo(row);
                }
                if (!batch.IsFull) break;
            }
            if (final) break;
        }
        Assert.Empty(pending);
        return (all, errors);
    }

    /// <summary>Row i as display text: kind, weight and values.</summary>
    public static string Show(ChangeBuffer buffer, int i) =>
        $"{buffer.Kind(i)} x{buffer.Weight(i)}: " + string.Join(" | ", buffer.Row(i).ToArray().Select(v => v is null ? "NULL" : ReferenceEquals(v, ChangeBuffer.Missing) ? "-" : $"{v} ({v.GetType().Name})"));

    public static List<string> ShowAll(ChangeBuffer buffer) => [.. Enumerable.Range(0, buffer.Count).Select(i => Show(buffer, i))];
}
