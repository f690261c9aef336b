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
        using (var journal = Journal.Open(directory, 0, fresh: true, checkpointHasJournal: false, out _, out _))
            for (int step = 1; step <= 3; step++) journal.Append(Record(step, data: [1, 2, (byte)step]));
        string file = Directory.GetFiles(directory, "journal-*.log").Single();
        using (var journal = Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out var records, out string? torn))
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
        using (var journal = Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out var records, out string? torn))
        {
            Assert.Equal([1L, 2], records.Select(r => r.Step));
            Assert.Contains("fails its checksum", torn);
            // Appending continues after the last whole record.
            journal.Append(Record(3, data: null));
        }
        using (Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out var records, out string? torn))
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
        using (var journal = Journal.Open(directory, 0, fresh: true, checkpointHasJournal: false, out _, out _))
        {
            journal.Append(Record(1, null));
            journal.Append(Record(2, null));
            journal.PrepareRotation(2);
            journal.Rotate(keepFromStep: 0);
            journal.Append(Record(3, null));
        }
        Assert.Equal(2, Directory.GetFiles(directory, "journal-*.log").Length);
        string first = Directory.GetFiles(directory, "journal-*.log").Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(first);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(first, bytes);
        var error = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out _, out _));
        Assert.Contains("only the last file may end with a record torn by a crash", error.Message);
        Assert.Contains(first, error.Message);
        // A checkpoint at step 2 needs only the second file; a checkpoint at step 1 would need step 2, which is gone.
        File.Delete(first);
        using (Journal.Open(directory, 2, fresh: false, checkpointHasJournal: true, out var records, out _)) Assert.Equal([3L], records.Select(r => r.Step));
        var gap = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 1, fresh: false, checkpointHasJournal: true, out _, out _));
        Assert.Contains("has no file for the checkpoint at step 1", gap.Message);
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

    [Theory]
    [InlineData(0, "fails its checksum and is followed by more records")]    // the payload of the first frame
    [InlineData(-24, "has a damaged header")]                                   // its length field
    [InlineData(-20, "has a damaged header")]                                   // its step field
    [InlineData(-12, "has a damaged header")]                                   // its payload checksum
    public void DamageInAnEarlyFrameOfTheNewestFileIsAnErrorNamingFileFrameAndStep(int offsetFromPayload, string expected)
    {
        string directory = TestHost.NewDirectory();
        using (var journal = Journal.Open(directory, 0, fresh: true, checkpointHasJournal: false, out _, out _))
            for (int step = 1; step <= 8; step++) journal.Append(Record(step, data: [1, 2, (byte)step]));
        string file = Directory.GetFiles(directory, "journal-*.log").Single();
        long length = new FileInfo(file).Length;
        var bytes = File.ReadAllBytes(file);
        bytes[8 + FrameFile.HeaderSize + 2 + offsetFromPayload] ^= 0x10;
        File.WriteAllBytes(file, bytes);
        var error = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out _, out _));
        Assert.Contains(file, error.Message);
        Assert.Contains("frame 1 at offset 8 (step 1", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Equal(length, new FileInfo(file).Length);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void FramesDroppedAtAFrameBoundaryOrADeletedNewestFileAreErrors()
    {
        string directory = TestHost.NewDirectory();
        var offsets = new List<long>();
        using (var journal = Journal.Open(directory, 0, fresh: true, checkpointHasJournal: false, out _, out _))
            for (int step = 1; step <= 6; step++)
            {
                offsets.Add(new FileInfo(journal.CurrentFile).Length);
                journal.Append(Record(step, data: [(byte)step]));
            }
        string file = Directory.GetFiles(directory, "journal-*.log").Single();
        var bytes = File.ReadAllBytes(file);
        // Frames 3 and 4 cut out at their boundaries: every remaining frame is intact, but steps are missing.
        File.WriteAllBytes(file, [.. bytes.AsSpan(0, (int)offsets[2]), .. bytes.AsSpan((int)offsets[4])]);
        var gap = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out _, out _));
        Assert.Contains(file, gap.Message);
        Assert.Contains("steps 3 to 4 are missing", gap.Message);
        // The newest file (the checkpoint's) deleted.
        File.Delete(file);
        var missing = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out _, out _));
        Assert.Contains("journal-000000000000.log of the checkpoint at step 0 is missing", missing.Message);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void AFileOfAnUnpublishedCheckpointIsRemovedAndAFileMissingInTheMiddleIsAnError()
    {
        string directory = TestHost.NewDirectory();
        using (var journal = Journal.Open(directory, 0, fresh: true, checkpointHasJournal: false, out _, out _))
        {
            journal.Append(Record(1, null));
            journal.PrepareRotation(1);
            journal.AbandonRotation();
            journal.Append(Record(2, null));
            journal.PrepareRotation(2);
            journal.Rotate(keepFromStep: 0);
            journal.Append(Record(3, null));
            journal.PrepareRotation(3);
            journal.Rotate(keepFromStep: 0);
            journal.Append(Record(4, null));
        }
        Assert.Equal(3, Directory.GetFiles(directory, "journal-*.log").Length);
        using (Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out var records, out _))
            Assert.Equal([1L, 2, 3, 4], records.Select(r => r.Step));
        File.Delete(Journal.PathOf(directory, 2));
        var error = Assert.Throws<CheckpointCorruptException>(() => Journal.Open(directory, 0, fresh: false, checkpointHasJournal: true, out _, out _));
        Assert.Contains("ends at step 2, but the next file, journal-000000000003.log, starts after step 3: steps 3 to 3 are missing", error.Message);
        Directory.Delete(directory, recursive: true);
    }

    private static JournalRecord Record(long step, byte[]? data) =>
        new(step, step, [new JournalInput("t.in", "t", """{"offset":1}""", """{"offset":2}""", 5, 0xABCDEF0123456789UL, data)], IngressDurable: 0);
}
