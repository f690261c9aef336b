using Sql2Dbsp.Runtime.Sql;
using Sql2Dbsp.Runtime.Storage;

namespace Sql2Dbsp.Runtime.Sql.Tests.Checkpoint;

/// <summary>Round trips of the checkpoint primitives, the SQL value types and the generated accumulator serializers.</summary>
public class StateSerializationTests
{
    private delegate void Writes(ref StateWriter w);

    private delegate void Reads(ref StateReader r);

    private static byte[] Write(Writes write)
    {
        using var stream = new MemoryStream();
        var w = new StateWriter(stream);
        write(ref w);
        w.Flush();
        w.Dispose();
        return stream.ToArray();
    }

    private static void Read(byte[] bytes, Reads read)
    {
        using var stream = new MemoryStream(bytes);
        var r = new StateReader(stream, bytes.Length, "test");
        read(ref r);
        r.ExpectEnd();
        r.Dispose();
    }

    public static TheoryData<string?> Strings => new()
    {
        null, "", "a", "héllo wörld", "日本語 🎉", new string('x', 70_000), string.Concat(Enumerable.Repeat("ü€𝄞", 50_000)),
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void StringsRoundTripIncludingNullEmptyAndHuge(string? value)
    {
        var bytes = Write((ref StateWriter w) => { w.WriteString(value); w.WriteInt32(7); });
        Read(bytes, (ref StateReader r) =>
        {
            Assert.Equal(value, r.ReadString());
            Assert.Equal(7, r.ReadInt32());
        });
    }

    [Fact]
    public void NumbersRoundTripBitExact()
    {
        long[] varints = [0, 1, -1, 63, -64, 64, long.MaxValue, long.MinValue, 300, -300];
        decimal[] decimals = [0m, 1.0m, 1.00m, -79228162514264337593543950335m, 0.0000000001m, 123.45m];
        double[] doubles = [0.0, -0.0, double.NaN, double.PositiveInfinity, double.Epsilon, 1e308];
        var bytes = Write((ref StateWriter w) =>
        {
            foreach (var v in varints) { w.WriteVarInt64(v); w.WriteInt64(v); }
            foreach (var d in decimals) w.WriteDecimal(d);
            foreach (var d in doubles) { w.WriteDouble(d); w.WriteSingle((float)d); }
            w.WriteInt128(Int128.MinValue);
            w.WriteInt16(short.MinValue);
            w.WriteSByte(sbyte.MinValue);
            w.WriteBool(true);
            w.WriteBytes([1, 2, 3]);
        });
        Read(bytes, (ref StateReader r) =>
        {
            foreach (var v in varints) { Assert.Equal(v, r.ReadVarInt64()); Assert.Equal(v, r.ReadInt64()); }
            foreach (var d in decimals)
            {
                var back = r.ReadDecimal();
                Assert.Equal(d, back);
                Assert.Equal(d.Scale, back.Scale); // 1.0 and 1.00 stay distinct
            }
            foreach (var d in doubles)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(r.ReadDouble()));
                Assert.Equal(BitConverter.SingleToInt32Bits((float)d), BitConverter.SingleToInt32Bits(r.ReadSingle()));
            }
            Assert.Equal(Int128.MinValue, r.ReadInt128());
            Assert.Equal(short.MinValue, r.ReadInt16());
            Assert.Equal(sbyte.MinValue, r.ReadSByte());
            Assert.True(r.ReadBool());
            Assert.Equal([1, 2, 3], r.ReadBytes());
        });
    }

    [Fact]
    public void SqlValuesRoundTrip()
    {
        var date = SqlDate.FromParts(2026, 2, 28);
        var time = SqlTime.FromParts(23, 59, 58, 123456789);
        var stamp = SqlTimestamp.FromParts(1969, 12, 31, 23, 59, 59, 999999);
        var months = new SqlMonthInterval(-14);
        var micros = new SqlDayTimeInterval(86_400_000_001);
        var binary = new SqlBinary([0, 255, 7]);
        SqlDecimal small = SqlDecimal.Parse("-1.50"), wide = SqlDecimal.Parse("-9999999999999999999999999999.9999999999");
        var bytes = Write((ref StateWriter w) =>
        {
            SqlDecimal.Write(ref w, small);
            SqlDecimal.Write(ref w, wide);
            SqlDate.Write(ref w, date);
            SqlTime.Write(ref w, time);
            SqlTimestamp.Write(ref w, stamp);
            SqlMonthInterval.Write(ref w, months);
            SqlDayTimeInterval.Write(ref w, micros);
            SqlBinary.Write(ref w, binary);
            SqlBinary.Write(ref w, default);
        });
        Read(bytes, (ref StateReader r) =>
        {
            Assert.Equal("-1.50", SqlDecimal.Read(ref r).ToString()); // the scale survives too
            Assert.Equal(wide.ToString(), SqlDecimal.Read(ref r).ToString());
            Assert.Equal(date, SqlDate.Read(ref r));
            Assert.Equal(time, SqlTime.Read(ref r));
            Assert.Equal(stamp, SqlTimestamp.Read(ref r));
            Assert.Equal(months, SqlMonthInterval.Read(ref r));
            Assert.Equal(micros, SqlDayTimeInterval.Read(ref r));
            Assert.Equal(binary, SqlBinary.Read(ref r));
            Assert.Equal(0, SqlBinary.Read(ref r).Length);
        });
    }

    [Fact]
    public void GeneratedAccumulatorSerializersRoundTrip()
    {
        var sum = new SumInt64Accumulator();
        sum.Add(long.MaxValue, 3);
        sum.Add((long?)null, 1);
        var avg = new AvgDoubleAccumulator();
        avg.Add(0.1, 2);
        avg.Add(double.PositiveInfinity, 1);
        var dec = new AvgDecimalAccumulator();
        dec.Add(12.345m, -2);
        var bytes = Write((ref StateWriter w) =>
        {
            SumInt64Accumulator.Write(ref w, sum);
            AvgDoubleAccumulator.Write(ref w, avg);
            AvgDecimalAccumulator.Write(ref w, dec);
        });
        Read(bytes, (ref StateReader r) =>
        {
            var s = SumInt64Accumulator.Read(ref r);
            Assert.Equal((sum.Sum, sum.Count), (s.Sum, s.Count));
            var a = AvgDoubleAccumulator.Read(ref r);
            Assert.Equal((avg.Sum.Sum, avg.Sum.Compensation, avg.Sum.Count, avg.Sum.PositiveInfinities), (a.Sum.Sum, a.Sum.Compensation, a.Sum.Count, a.Sum.PositiveInfinities));
            var d = AvgDecimalAccumulator.Read(ref r);
            Assert.Equal((dec.Sum, dec.Count), (d.Sum, d.Count));
        });
    }

    [Fact]
    public void TruncatedOrCorruptStateFailsClearly()
    {
        var bytes = Write((ref StateWriter w) => { w.WriteString("hello"); w.WriteInt64(1); });
        var truncated = bytes[..^3];
        var e = Assert.Throws<CheckpointCorruptException>(() => Read(truncated, (ref StateReader r) => { r.ReadString(); r.ReadInt64(); }));
        Assert.Contains("test: unexpected end", e.Message);
        var huge = Write((ref StateWriter w) => w.WriteVarUInt64(1UL << 40));
        e = Assert.Throws<CheckpointCorruptException>(() => Read(huge, (ref StateReader r) => r.ReadString()));
        Assert.Contains("exceeds the remaining", e.Message);
        e = Assert.Throws<CheckpointCorruptException>(() => Read([2], (ref StateReader r) => r.ReadBool()));
        Assert.Contains("invalid boolean", e.Message);
        e = Assert.Throws<CheckpointCorruptException>(() => Read([39, 0], (ref StateReader r) => SqlDecimal.Read(ref r)));
        Assert.Contains("invalid DECIMAL value", e.Message);
    }
}
