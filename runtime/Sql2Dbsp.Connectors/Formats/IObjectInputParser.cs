namespace Sql2Dbsp.Connectors.Formats;

/// <summary>
/// A parser of a format whose unit is a whole object rather than a byte stream (Parquet's footer is at the end of the
/// file; Arrow IPC frames record batches): the transport hands it the object as a <see cref="Stream"/> (seekable when
/// <see cref="NeedsSeek"/>) and it reads it piece by piece (a row group, a record batch), never the whole object at
/// once. Rows are numbered from 0 at the start of the object, which is how transports record positions: a read
/// resumes, or a journaled range is read again, from a row number.
/// </summary>
public interface IObjectInputParser
{
    /// <summary>True when the stream must be seekable (Parquet); false when a forward-only stream will do (Arrow IPC stream).</summary>
    bool NeedsSeek { get; }

    /// <summary>
    /// Reads rows <paramref name="fromRow"/> (inclusive) to <paramref name="toRow"/> (exclusive; <see cref="long.MaxValue"/>
    /// for all) of the object in <paramref name="source"/>, filling buffers from <paramref name="newBuffer"/> and handing
    /// each to <paramref name="emit"/> with the row number after its last row and the records rejected in it. Problems
    /// with the object as a whole (not a Parquet file, a column whose type does not match the table) throw
    /// <see cref="InvalidDataException"/> with a message that names the column and both types.
    /// </summary>
    /// <param name="source">The object's bytes.</param>
    /// <param name="name">The object's name (a file path, an S3 key), for messages.</param>
    /// <param name="fromRow">The first row to read.</param>
    /// <param name="toRow">The row to stop before.</param>
    /// <param name="newBuffer">Gives an empty buffer.</param>
    /// <param name="emit">Takes a filled buffer (it owns it from then on), the row number after it, the number of object
    /// bytes it stands for (an estimate, for statistics), and the rejected records (null when none).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task ReadAsync(Stream source, string name, long fromRow, long toRow, Func<ChangeBuffer> newBuffer,
        Func<ChangeBuffer, long, long, List<ParseError>?, ValueTask> emit, CancellationToken cancellationToken);
}
