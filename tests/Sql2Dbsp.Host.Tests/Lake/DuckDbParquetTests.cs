using System.Globalization;
using DuckDB.NET.Data;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Connectors.Formats.Parquet;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Host.Tests.Lake;

/// <summary>Our Parquet against an independent implementation (DuckDB in-process): files we write read by DuckDB's
/// <c>read_parquet</c>, and files DuckDB writes read by us.</summary>
public sealed class DuckDbParquetTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("lake-duckdb-").FullName;
    private readonly DuckDBConnection duck = new("DataSource=:memory:");

    public DuckDbParquetTests() => duck.Open();

    public void Dispose()
    {
        duck.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private List<string> Query(string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (int i = 0; i < fields.Length; i++) fields[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            rows.Add(string.Join("|", fields));
        }
        return rows;
    }

    [Fact]
    public void DuckDbReadsEveryTypeWeWrite()
    {
        string file = Path.Combine(directory, "ours.parquet");
        File.WriteAllBytes(file, LakeFixtures.Encode(new ParquetFormat(), LakeFixtures.AllTypes, LakeFixtures.Changes));
        var types = Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{file}'))");
        Assert.Equal([
            "id|BIGINT", "b|BOOLEAN", "t|TINYINT", "s|SMALLINT", "i|INTEGER", "d|DECIMAL(12,3)", "r|FLOAT", "x|DOUBLE", "c|VARCHAR", "v|VARCHAR",
            "vb|BLOB", "day|DATE", "tm|TIME", "ts|TIMESTAMP", "dt|BIGINT", "ym|INTEGER", "__feldera_op|VARCHAR"], types);
        var rows = Query($"""
            SELECT id, b, t, s, i, d::VARCHAR, r, x, c, v, hex(vb), day::VARCHAR, tm::VARCHAR, ts::VARCHAR, dt, ym, __feldera_op
            FROM read_parquet('{file}')
            """);
        Assert.Equal([
            "1|True|-7|300|70000|12345.678|1.5|-2.25E+100|ab|héllo, wörld|0001FF|2024-02-29|13:45:30.123456|1969-12-31 23:59:59.999999|-90061000001|-14|i",
            "1|True|-7|300|70000|12345.678|1.5|-2.25E+100|ab|héllo, wörld|0001FF|2024-02-29|13:45:30.123456|1969-12-31 23:59:59.999999|-90061000001|-14|i",
            "2|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|i",
            "3|False|127|-32768|-2147483648|-0.001|NaN|-Infinity||||0001-01-01|00:00:00|9999-12-31 23:59:59|0|0|d",
        ], rows);
    }

    [Fact]
    public async Task WeReadWhatDuckDbWritesRowGroupByRowGroup()
    {
        string file = Path.Combine(directory, "duck.parquet");
        Query($"""
            COPY (
              SELECT i::BIGINT AS id,
                     CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 1.125)::DECIMAL(12,3) END AS price,
                     'name-' || i AS name,
                     (DATE '2024-01-01' + (i % 400)::INT) AS day,
                     TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (i) SECOND + INTERVAL (i % 1000) MICROSECOND AS at,
                     TIME '00:00:00' + INTERVAL (i) SECOND AS tm,
                     i % 2 = 0 AS even,
                     (i % 100)::TINYINT AS small,
                     i / 3.0 AS ratio,
                     ('\x' || lpad(printf('%x', i % 256), 2, '0'))::BLOB AS raw
              FROM range(5000) t(i)
            ) TO '{file}' (FORMAT parquet, ROW_GROUP_SIZE 1024)
            """);
        Assert.True(Query($"SELECT count(*) FROM parquet_metadata('{file}') GROUP BY row_group_id").Count > 1, "DuckDB wrote one row group");
        var table = new RelationSchema("t",
        [
            new ColumnSchema("id", false, SqlType.BigInt()),
            new ColumnSchema("price", false, SqlType.Decimal(12, 3, nullable: true)),
            new ColumnSchema("name", false, SqlType.Varchar(nullable: true)),
            new ColumnSchema("day", false, SqlType.Date(nullable: true)),
            new ColumnSchema("at", false, SqlType.Timestamp(nullable: true)),
            new ColumnSchema("tm", false, SqlType.Time(nullable: true)),
            new ColumnSchema("even", false, SqlType.Boolean(nullable: true)),
            new ColumnSchema("small", false, SqlType.SmallInt(nullable: true)),
            new ColumnSchema("ratio", false, SqlType.Double(nullable: true)),
            new ColumnSchema("raw", false, SqlType.Varbinary(nullable: true)),
        ], []);
        await using var stream = File.OpenRead(file);
        var (rows, errors, _) = await LakeFixtures.ReadAsync(new ParquetFormat(), table, stream, batchSize: 700);
        Assert.Empty(errors);
        Assert.Equal(5000, rows.Count);
        for (int i = 0; i < 5000; i++)
        {
            var row = rows[i].Row;
            Assert.Equal((long)i, row[0]);
            Assert.Equal(i % 7 == 0 ? null : (object)(SqlDecimal)decimal.Round(i * 1.125m, 3), row[1]);
            Assert.Equal("name-" + i, row[2]);
            Assert.Equal(SqlDate.FromDateOnly(new DateOnly(2024, 1, 1).AddDays(i % 400)), row[3]);
            Assert.Equal(new SqlTimestamp(SqlTimestamp.FromDateTime(new DateTime(2024, 1, 1)).Microseconds + i * 1_000_000L + i % 1000), row[4]);
            Assert.Equal(new SqlTime(i * 1_000_000_000L), row[5]);
            Assert.Equal(i % 2 == 0, row[6]);
            Assert.Equal((short)(i % 100), row[7]);
            Assert.Equal(i / 3.0, (double)row[8]!, 12);
            Assert.Equal(new SqlBinary([(byte)(i % 256)]), row[9]);
        }

        // A read resumed in the middle of a row group gives exactly the rest.
        stream.Position = 0;
        var (rest, _, ends) = await LakeFixtures.ReadAsync(new ParquetFormat(), table, stream, from: 1500, batchSize: 1000);
        Assert.Equal(3500, rest.Count);
        Assert.Equal(1500L, rest[0].Row[0]);
        Assert.Equal(5000L, ends[^1]);
    }

    [Fact]
    public async Task ADuckDbTypeTheTableCannotHoldIsOneErrorNamingColumnAndTypes()
    {
        string file = Path.Combine(directory, "wide.parquet");
        Query($"COPY (SELECT 1::BIGINT AS id, 'x' AS tag) TO '{file}' (FORMAT parquet)");
        var table = new RelationSchema("t", [new ColumnSchema("id", false, SqlType.Integer()), new ColumnSchema("tag", false, SqlType.Varchar(nullable: true))], []);
        await using var stream = File.OpenRead(file);
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => LakeFixtures.ReadAsync(new ParquetFormat(), table, stream));
        Assert.Equal($"'test-object': column 'id' is INTEGER in the table, but the Parquet file has INT64, which cannot be read into it", e.Message);
    }
}
