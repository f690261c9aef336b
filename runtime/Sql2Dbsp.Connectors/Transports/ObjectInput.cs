using System.Text.Json;
using Sql2Dbsp.Connectors.Formats;

namespace Sql2Dbsp.Connectors.Transports;

/// <summary>The position of an input read in a format of whole objects (Parquet, Arrow) from one file: the number of
/// rows read from its start.</summary>
public sealed record RowPosition(long Row) : InputPosition
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("row", Row);
        writer.WriteEndObject();
    }

    /// <summary>The row of a saved position, or null when there is none or it has no row.</summary>
    public static long? RowOf(JsonElement? position) =>
        position is { } p && p.TryGetProperty("row", out var row) ? row.GetInt64() : null;
}

/// <summary>
/// How the transports read formats of whole objects (<see cref="IObjectInputParser"/>): the object's stream (spilled to
/// a temporary file first when the format needs to seek and the source cannot), the parser's batches queued with
/// flow control, and the same rows read again for a journaled range.
/// </summary>
internal static class ObjectInput
{
    /// <summary>Reads <paramref name="source"/> from row <paramref name="fromRow"/>, queuing each batch with the position
    /// <paramref name="positionOf"/> gives for the row after it. Returns the number of rows the object has been read up to.</summary>
    public static async Task<long> ReadAsync(IInputConsumer consumer, IObjectInputParser parser, Stream source, string name, long fromRow,
        Func<long, InputPosition> positionOf, CancellationToken cancellationToken)
    {
        long reached = fromRow;
        var (seekable, owned) = await SeekableAsync(parser, source, cancellationToken).ConfigureAwait(false);
        try
        {
            await consumer.WaitForCapacityAsync(cancellationToken).ConfigureAwait(false);
            await parser.ReadAsync(seekable, name, fromRow, long.MaxValue, consumer.CreateBuffer, async (batch, row, bytes, errors) =>
            {
                reached = row;
                consumer.Queue(batch, Math.Max(bytes, 1), positionOf(row), errors);
                await consumer.WaitForCapacityAsync(cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (owned) await seekable.DisposeAsync().ConfigureAwait(false);
        }
        return reached;
    }

    /// <summary>Reads rows <paramref name="fromRow"/> to <paramref name="toRow"/> of <paramref name="source"/> again (a
    /// journaled step), synchronously, into <paramref name="into"/>.</summary>
    public static void Replay(IObjectInputParser parser, Stream source, string name, long fromRow, long toRow, Func<ChangeBuffer> newBuffer,
        List<ChangeBuffer> into, List<ParseError> errors)
    {
        try
        {
            ReplayAsync(parser, source, name, fromRow, toRow, newBuffer, into, errors).GetAwaiter().GetResult();
        }
        catch (InvalidDataException e)
        {
            throw new IOException(e.Message, e);
        }
    }

    private static async Task ReplayAsync(IObjectInputParser parser, Stream source, string name, long fromRow, long toRow, Func<ChangeBuffer> newBuffer,
        List<ChangeBuffer> into, List<ParseError> errors)
    {
        var (seekable, owned) = await SeekableAsync(parser, source, CancellationToken.None).ConfigureAwait(false);
        try
        {
            await parser.ReadAsync(seekable, name, fromRow, toRow, newBuffer, (batch, _, _, rejected) =>
            {
                into.Add(batch);
                if (rejected is not null) errors.AddRange(rejected);
                return ValueTask.CompletedTask;
            }, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            if (owned) await seekable.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The stream itself when it can seek or the format does not need to (not owned: the caller closes it);
    /// else a copy in a temporary file, deleted when closed, so a large object never has to fit in memory.</summary>
    private static async Task<(Stream Stream, bool Owned)> SeekableAsync(IObjectInputParser parser, Stream source, CancellationToken cancellationToken)
    {
        if (source.CanSeek || !parser.NeedsSeek) return (source, false);
        var spill = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await source.CopyToAsync(spill, 1 << 20, cancellationToken).ConfigureAwait(false);
            spill.Position = 0;
            return (spill, true);
        }
        catch
        {
            await spill.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
