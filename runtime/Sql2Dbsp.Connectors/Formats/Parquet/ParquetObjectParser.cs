using Parquet;
using Parquet.Schema;
using Sql2Dbsp.Connectors.Formats.Lake;

namespace Sql2Dbsp.Connectors.Formats.Parquet;

/// <summary>
/// Reads a Parquet file one row group at a time: each table column is bound to the file's field of that name when the
/// file is opened (a missing NOT NULL column or an incompatible type is an error for the whole file), then each row
/// group's columns are read, converted, and handed over in buffers.
/// </summary>
internal sealed class ParquetObjectParser(RelationSchema schema) : ObjectOnlyParser("parquet"), IObjectInputParser
{
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    public bool NeedsSeek => true;

    public async Task ReadAsync(Stream source, string name, long fromRow, long toRow, Func<ChangeBuffer> newBuffer,
        Func<ChangeBuffer, long, long, List<ParseError>?, ValueTask> emit, CancellationToken cancellationToken)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(source, Options, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException && !e.Message.StartsWith($"'{name}'", StringComparison.Ordinal) || e is IOException or ParquetException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"'{name}' is not a readable Parquet file: {e.Message}", e);
        }
        await using (reader.ConfigureAwait(false))
        {
            var (columns, op) = Bind(reader.Schema, name);
            long groupStart = 0;
            for (int g = 0; g < reader.RowGroupCount && groupStart < toRow; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                long count = group.RowCount;
                long first = Math.Max(fromRow - groupStart, 0), end = Math.Min(toRow - groupStart, count);
                if (first < end)
                {
                    if (count > int.MaxValue) throw new InvalidDataException($"'{name}': row group {g} has {count} rows, more than one read can hold");
                    DecodedColumn[] decoded;
                    string?[]? ops;
                    try
                    {
                        decoded = new DecodedColumn[columns.Length];
                        for (int c = 0; c < columns.Length; c++) decoded[c] = await columns[c].DecodeAsync(group, (int)count, cancellationToken).ConfigureAwait(false);
                        ops = null;
                        if (op is not null)
                        {
                            ops = new string[count];
                            await group.ReadAsync(op, ops.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                        }
                    }
                    catch (Exception e) when (e is InvalidDataException && !e.Message.StartsWith($"'{name}'", StringComparison.Ordinal) || e is IOException or ParquetException or InvalidOperationException or ArgumentException or NotSupportedException or IndexOutOfRangeException)
                    {
                        throw new InvalidDataException($"'{name}': row group {g} (rows {groupStart} to {groupStart + count}) cannot be read: {e.Message}", e);
                    }
                    long bytesPerRow = Math.Max(group.RowGroup.TotalByteSize / Math.Max(count, 1), 1);
                    try
                    {
                        await EmitRowsAsync(decoded, ops, groupStart, (int)first, (int)end, bytesPerRow, newBuffer, emit).ConfigureAwait(false);
                    }
                    finally
                    {
                        foreach (var column in decoded) column.Return();
                    }
                }
                groupStart += count;
            }
        }
    }

    private async ValueTask EmitRowsAsync(DecodedColumn[] decoded, string?[]? ops, long groupStart, int first, int end, long bytesPerRow,
        Func<ChangeBuffer> newBuffer, Func<ChangeBuffer, long, long, List<ParseError>?, ValueTask> emit)
    {
        var batch = newBuffer();
        List<ParseError>? errors = null;
        int batchStart = first;
        for (int r = first; r < end; r++)
        {
            long record = groupStart + r + 1;
            batch.CurrentRecord = record;
            if (RowError(decoded, ops, r) is { } error) (errors ??= []).Add(new ParseError(record, 0, error));
            else
            {
                var kind = ops is null ? ChangeKind.Insert : LakeValues.OpKind(ops[r])!.Value;
                var row = batch.Add(kind);
                for (int c = 0; c < decoded.Length; c++) row[c] = decoded[c].Values[r];
            }
            if (batch.IsFull || r + 1 == end)
            {
                await emit(batch, groupStart + r + 1, (r + 1 - batchStart) * bytesPerRow, errors).ConfigureAwait(false);
                batchStart = r + 1;
                errors = null;
                if (r + 1 < end) batch = newBuffer();
            }
        }
    }

    private string? RowError(DecodedColumn[] decoded, string?[]? ops, int r)
    {
        for (int c = 0; c < decoded.Length; c++)
        {
            if (decoded[c].Errors?[r] is { } error) return $"column '{schema.Columns[c].Name}': {error}";
            if (decoded[c].Values[r] is null && !schema.Columns[c].Type.Nullable) return $"NULL for NOT NULL column '{schema.Columns[c].Name}'";
        }
        if (ops is not null && LakeValues.OpKind(ops[r]) is null) return LakeValues.BadOp(ops[r]);
        return null;
    }

    /// <summary>Binds each table column to the file's field of that name; a column the file lacks reads as NULL when it
    /// is nullable. Fields the table does not have are ignored, except <see cref="LakeValues.OpColumn"/>.</summary>
    private (ParquetColumn[] Columns, DataField? Op) Bind(ParquetSchema file, string name)
    {
        var fields = new DataField?[schema.Arity];
        DataField? op = null;
        foreach (var field in file.Fields)
        {
            if (field.Name == LakeValues.OpColumn && field is DataField { ClrType: var t } opField && (t == typeof(string) || t == typeof(ReadOnlyMemory<char>)))
            {
                op = opField;
                continue;
            }
            int ordinal = schema.IndexOf(field.Name);
            if (ordinal < 0) continue;
            if (field is not DataField data || data.IsArray)
                throw new InvalidDataException($"'{name}': column '{field.Name}' is a nested Parquet field ({field.SchemaType}), which cannot be read into {schema.Columns[ordinal].Type.WithNullable(true)}");
            fields[ordinal] ??= data;
        }
        var columns = new ParquetColumn[schema.Arity];
        for (int c = 0; c < schema.Arity; c++)
        {
            var column = schema.Columns[c];
            if (fields[c] is { } field) columns[c] = ParquetColumn.Bind(c, column, field, name);
            else if (!column.Type.Nullable)
                throw new InvalidDataException($"'{name}' has no column '{column.Name}' for NOT NULL column '{column.Name}' {column.Type}; its columns are {string.Join(", ", file.Fields.Select(f => f.Name))}");
            else columns[c] = ParquetColumn.Missing(c);
        }
        return (columns, op);
    }
}
