using System.Collections.Immutable;
using Sql2Dbsp.Connectors;
using Sql2Dbsp.Host.FaultTolerance;
using Sql2Dbsp.Runtime.Sql;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Host.Tests.FaultTolerance;

/// <summary>The journal's framing (torn tails, damage, gaps, rotation) and the record encoding it stores.</summary>
public sealed class JournalTests
{
    [Fact]
    public void RecordsRoundTripAndATailFailingItsChecksumIsCutOff()
    {
        string directory = TestHost.NewDirectory();
        using (var journal = Journal.Open(directory, 0, fresh: true, out _, out _))
            for (int step = 1; step <= 3; step++) journal.Append(Record(step, data: [1, 2, (byte)step]));
        string file = Directory.GetFiles(directory, "journal-*.log").Single();
        using (var journal = Journal.Open(directory, 0, fresh: false, out var records, out string? torn))
        {
            Assert.Null(torn);
            Assert.Equal([1L, 2, 3], records.Select(r => r.Step));
            var input = records[2].Inputs.Single();
            Assert.Equal(("t.in", "t", """{"offset":1}""", """{"offset":2}""", 5L, 0xABCDEF0123456789UL), (input.Endpoint, input.Table, input.From, input.To, input.Records, input.Hash));
            Assert.Equal([1, 2, 3], input.Data!);
        }
        // Flip the last byte: the last record fails its checksum and is dropped (and cut off).
        var bytes = File.ReadAllBytes(file);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(file, bytes);
        using (var journal = Journal.Open(directory, 1, fresh: false, out var records, out string? torn))
        {
            Assert.Equal([2L], records.Select(r => r.Step));
            Assert.Contains("fails its checksum", torn);
            // Appending continues after the last whole record.
            journal.Append(Record(3, data: null));
        }
        using (Journal.Open(directory, 0, fresh: false, out var records, out string? torn))
        {
            Assert.Null(torn);
            Assert.Equal([1L, 2, 3], records.Select(r => r.Step));
            Assert.Null(records[2].Inputs.Single().Data);
        }
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void DamageBeforeTheLastFileOrAGapIsAnError()
    {
        string directory = TestHost.NewDirectory();
        using (var journal = Journal.Open(directory, 0, fresh: true, out _, out _))
        {
            journal.Append(Record(1, null));
            journal.Append(Record(2, null));
            journal.Rotate(checkpointStep: 2, keepFromStep: 0);
            journal.Append(Record(3, null));
        }
        Assert.Equal(2, Directory.GetFiles(directory, "journal-*.log").Length);
        string first = Directory.GetFiles(directory, "journal-*.log").Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(first);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(first, bytes);
        var error = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 0, fresh: false, out _, out _));
        Assert.Contains("only the last journal file may end with a torn record", error.Message);
        // A checkpoint at step 2 needs only the second file; a checkpoint at step 1 would need step 2, which is gone.
        File.Delete(first);
        using (Journal.Open(directory, 2, fresh: false, out var records, out _)) Assert.Equal([3L], records.Select(r => r.Step));
        var gap = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 1, fresh: false, out _, out _));
        Assert.Contains("starts at step 3, but the checkpoint is at step 1", gap.Message);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void EveryColumnValueTypeRoundTripsThroughTheRecordEncoding()
    {
        object?[] row =
        [
            null, true, (sbyte)-3, (short)300, 70000, 1L << 40, 1.5f, 2.25, 12.345m, "text", new SqlBinary([1, 2]),
            SqlDate.Parse("2024-05-01"), SqlTime.Parse("12:34:56"), SqlTimestamp.Parse("2024-05-01 12:00:00"),
            SqlCast.ToDayTimeInterval("1 02:03:04"), new SqlMonthInterval(14), ChangeBuffer.Missing,
        ];
        var batch = new ChangeBuffer(row.Length, 10);
        row.CopyTo(batch.Add(ChangeKind.Update, 3));
        using var stream = new MemoryStream();
        var writer = new StateWriter(stream);
        RecordCodec.WriteRecords(ref writer, batch);
        writer.Flush();
        writer.Dispose();
        stream.Position = 0;
        var back = new ChangeBuffer(row.Length, 10);
        var reader = new StateReader(stream, stream.Length, "test");
        RecordCodec.ReadRecords(ref reader, 1, back);
        reader.ExpectEnd();
        reader.Dispose();
        Assert.Equal(ChangeKind.Update, back.Kind(0));
        Assert.Equal(3, back.Weight(0));
        for (int c = 0; c < row.Length; c++)
        {
            Assert.Equal(row[c]?.GetType(), back.Row(0)[c]?.GetType());
            Assert.Equal(row[c], back.Row(0)[c]);
        }
    }

    private static JournalRecord Record(long step, byte[]? data) =>
        new(step, step, [new JournalInput("t.in", "t", """{"offset":1}""", """{"offset":2}""", 5, 0xABCDEF0123456789UL, data)]);
}
