using Apache.Arrow;
using Apache.Arrow.Ipc;
using Sql2Dbsp.Connectors.Formats.Lake;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Formats.Arrow;

/// <summary>Reads an Arrow IPC stream (or file) one record batch at a time, binding table columns to the stream's
/// fields by name when its schema arrives.</summary>
internal sealed class ArrowObjectParser(RelationSchema schema, bool file) : ObjectOnlyParser("arrow_ipc"), IObjectInputParser
{
    public bool NeedsSeek => file;

    public async Task ReadAsync(Stream source, string name, long fromRow, long toRow, Func<ChangeBuffer> newBuffer,
        Func<ChangeBuffer, long, long, List<ParseError>?, ValueTask> emit, CancellationToken cancellationToken)
    {
        try
        {
            if (file)
            {
                using var reader = new ArrowFileReader(source, leaveOpen: true);
                int count = await reader.RecordBatchCountAsync().ConfigureAwait(false);
                long start = 0;
                for (int b = 0; b < count && start < toRow; b++)
                {
                    using var batch = await reader.ReadRecordBatchAsync(b, cancellationToken).ConfigureAwait(false);
                    await EmitAsync(batch, name, start, fromRow, toRow, newBuffer, emit).ConfigureAwait(false);
                    start += batch.Length;
                }
            }
            else
            {
                using var reader = new ArrowStreamReader(source, leaveOpen: true);
                long start = 0;
                while (start < toRow && await reader.ReadNextRecordBatchAsync(cancellationToken).ConfigureAwait(false) is { } batch)
                {
                    using (batch) await EmitAsync(batch, name, start, fromRow, toRow, newBuffer, emit).ConfigureAwait(false);
                    start += batch.Length;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException && !e.Message.StartsWith($"'{name}'", StringComparison.Ordinal) || e is IOException or InvalidOperationException or ArgumentException or NotSupportedException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException($"'{name}' is not a readable Arrow IPC {(file ? "file" : "stream")}: {e.Message}", e);
        }
    }

    private async ValueTask EmitAsync(RecordBatch batch, string name, long start, long fromRow, long toRow, Func<ChangeBuffer> newBuffer,
        Func<ChangeBuffer, long, long, List<ParseError>?, ValueTask> emit)
    {
        int first = (int)Math.Max(fromRow - start, 0), end = (int)Math.Min(toRow - start, batch.Length);
        if (first >= end) return;
        var (arrays, readers, op) = Bind(batch, name);
        var buffer = newBuffer();
        List<ParseError>? errors = null;
        var values = new object?[schema.Arity];
        for (int r = first; r < end; r++)
        {
            long record = start + r + 1;
            buffer.CurrentRecord = record;
            if (ReadRow(arrays, readers, op, r, values, out var kind) is { } error) (errors ??= []).Add(new ParseError(record, 0, error));
            else values.CopyTo(buffer.Add(kind));
            if (buffer.IsFull || r + 1 == end)
            {
                await emit(buffer, start + r + 1, 0, errors).ConfigureAwait(false);
                errors = null;
                if (r + 1 < end) buffer = newBuffer();
            }
        }
    }

    private string? ReadRow(IArrowArray?[] arrays, Func<IArrowArray, int, object?>?[] readers, StringArray? op, int r, object?[] values, out ChangeKind kind)
    {
        kind = ChangeKind.Insert;
        for (int c = 0; c < arrays.Length; c++)
        {
            try
            {
                values[c] = arrays[c] is { } a ? readers[c]!(a, r) : null;
            }
            catch (SqlRuntimeException e)
            {
                return $"column '{schema.Columns[c].Name}': {e.Message}";
            }
            if (values[c] is null && !schema.Columns[c].Type.Nullable) return $"NULL for NOT NULL column '{schema.Columns[c].Name}'";
        }
        if (op is null) return null;
        string? text = op.GetString(r);
        if (LakeValues.OpKind(text) is not { } change) return LakeValues.BadOp(text);
        kind = change;
        return null;
    }

    private (IArrowArray?[] Arrays, Func<IArrowArray, int, object?>?[] Readers, StringArray? Op) Bind(RecordBatch batch, string name)
    {
        var arrays = new IArrowArray?[schema.Arity];
        var readers = new Func<IArrowArray, int, object?>?[schema.Arity];
        StringArray? op = null;
        var fields = batch.Schema.FieldsList;
        for (int f = 0; f < fields.Count; f++)
        {
            if (fields[f].Name == LakeValues.OpColumn && batch.Column(f) is StringArray ops)
            {
                op = ops;
                continue;
            }
            int c = schema.IndexOf(fields[f].Name);
            if (c < 0 || arrays[c] is not null) continue;
            arrays[c] = batch.Column(f);
            readers[c] = ArrowColumn.Reader(schema.Columns[c], fields[f].DataType, $"'{name}'");
        }
        for (int c = 0; c < schema.Arity; c++)
            if (arrays[c] is null && !schema.Columns[c].Type.Nullable)
                throw new InvalidDataException($"'{name}' has no column '{schema.Columns[c].Name}' for NOT NULL column '{schema.Columns[c].Name}' {schema.Columns[c].Type}");
        return (arrays, readers, op);
    }
}
