using System.Buffers.Binary;
using System.Text.Json;
using Sql2Dbsp.Compiler.Types;
using Sql2Dbsp.Connectors.Json;
using Sql2Dbsp.Connectors.Values;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.Connectors.Transports.Datagen;

/// <summary>How a datagen field picks the n-th value.</summary>
public enum DatagenStrategy
{
    /// <summary>Counts: start + n × scale, wrapping at the end of the range (or cycling through the values).</summary>
    Increment,

    /// <summary>Uniformly random in the range (or among the values).</summary>
    Uniform,

    /// <summary>Zipf-distributed over the range or the values: the first is the most frequent.</summary>
    Zipf,
}

/// <summary>
/// Generates one column's values. Numbers, dates (days since 1970-01-01), times (milliseconds of the day) and
/// timestamps (milliseconds since 1970-01-01) are generated as integers in a half-open range [start, end) and then
/// turned into the column's type; DECIMAL, REAL and DOUBLE use a real-valued range; strings are the text of the
/// number. With <c>values</c> the number picks one of the listed values instead.
/// </summary>
public sealed class FieldGenerator
{
    private const long MillisPerDay = 86_400_000;

    private readonly SqlType type;
    private readonly bool fractional;
    private readonly long start;
    private readonly ulong span;
    private readonly double realStart;
    private readonly double realEnd;
    private readonly double scale;
    private readonly object?[]? values;
    private readonly ZipfSampler? zipf;

    private FieldGenerator(ColumnSchema column, DatagenStrategy strategy, (decimal Start, decimal End)? range, double scale, object?[]? values, double nullFraction, double exponent)
    {
        Column = column;
        Strategy = strategy;
        NullFraction = nullFraction;
        type = column.Type;
        fractional = type.Kind is SqlTypeKind.Decimal or SqlTypeKind.Real or SqlTypeKind.Double;
        this.scale = scale;
        this.values = values;
        if (fractional)
        {
            // Without a range an increment counts on from 0 (an empty range means unbounded); uniform draws from [0, 1).
            (realStart, realEnd) = range is { } r ? ((double)r.Start, (double)r.End) : strategy == DatagenStrategy.Increment ? (0, 0) : (0, 1);
        }
        else
        {
            if (range is { } r)
            {
                start = (long)r.Start;
                decimal width = r.End - r.Start;
                span = width >= 18446744073709551616m ? 0 : (ulong)width;
            }
            else if (strategy == DatagenStrategy.Increment)
            {
                // Without a range, counting starts at 0 and runs on (booleans alternate).
                start = 0;
                span = type.Kind == SqlTypeKind.Boolean ? 2UL : 0;
            }
            else
            {
                var (lo, hi) = DefaultRange(type.Kind);
                start = lo;
                span = unchecked((ulong)(hi - lo));
            }
        }
        if (strategy == DatagenStrategy.Zipf)
            zipf = new ZipfSampler(values is not null ? values.Length : fractional ? (long)Math.Max(1, Math.Floor(realEnd - realStart)) : (long)Math.Clamp(span, 1, long.MaxValue), exponent);
    }

    /// <summary>The column.</summary>
    public ColumnSchema Column { get; }

    /// <summary>The strategy.</summary>
    public DatagenStrategy Strategy { get; }

    /// <summary>The fraction of NULLs (from <c>null_percentage</c>).</summary>
    public double NullFraction { get; }

    /// <summary>The value of record <paramref name="record"/> of plan <paramref name="plan"/>.</summary>
    public object? Generate(ulong seed, int plan, long record, int column)
    {
        var random = SplitMix.For(seed, plan, record, column);
        if (NullFraction > 0 && random.NextDouble() < NullFraction) return null;
        if (values is not null)
        {
            long index = Strategy switch
            {
                DatagenStrategy.Increment => (long)((ulong)(record * (long)scale) % (ulong)values.Length),
                DatagenStrategy.Uniform => (long)random.NextBelow((ulong)values.Length),
                _ => zipf!.Sample(ref random) - 1,
            };
            return values[index];
        }
        if (fractional)
        {
            double x = Strategy switch
            {
                DatagenStrategy.Increment => realEnd > realStart ? realStart + (record * scale) % (realEnd - realStart) : realStart + record * scale,
                DatagenStrategy.Uniform => realStart + random.NextDouble() * (realEnd - realStart),
                _ => realStart + zipf!.Sample(ref random) - 1,
            };
            return type.Kind switch
            {
                SqlTypeKind.Double => x,
                SqlTypeKind.Real => (float)x,
                _ => SqlCast.ToDecimal(x, type.Precision, type.Scale),
            };
        }
        ulong offset = Strategy switch
        {
            DatagenStrategy.Increment => span == 0 ? unchecked((ulong)(record * (long)scale)) : unchecked((ulong)(record * (long)scale)) % span,
            DatagenStrategy.Uniform => random.NextBelow(span),
            _ => (ulong)(zipf!.Sample(ref random) - 1),
        };
        return FromInteger(unchecked(start + (long)offset));
    }

    private object FromInteger(long n) => type.Kind switch
    {
        SqlTypeKind.Boolean => (n & 1) != 0,
        SqlTypeKind.TinyInt => unchecked((sbyte)n),
        SqlTypeKind.SmallInt => unchecked((short)n),
        SqlTypeKind.Integer => unchecked((int)n),
        SqlTypeKind.BigInt => n,
        SqlTypeKind.Varchar => type.Precision >= 0 ? SqlCast.ToVarchar(n.ToString(System.Globalization.CultureInfo.InvariantCulture), type.Precision) : n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SqlTypeKind.Char => SqlCast.ToChar(n.ToString(System.Globalization.CultureInfo.InvariantCulture), type.Precision),
        SqlTypeKind.Date => new SqlDate(unchecked((int)n)),
        SqlTypeKind.Time => new SqlTime(((n % MillisPerDay) + MillisPerDay) % MillisPerDay * 1_000_000),
        SqlTypeKind.Timestamp => new SqlTimestamp(n * 1000),
        _ => Binary(n),
    };

    private static SqlBinary Binary(long n)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, n);
        return new SqlBinary(bytes);
    }

    /// <summary>The range of a random strategy when none is given: the type's own range for integers, otherwise a useful
    /// default (booleans 0..2, dates 1970..2070, times one day, timestamps 1970..2070).</summary>
    private static (long Start, long End) DefaultRange(SqlTypeKind kind) => kind switch
    {
        SqlTypeKind.Boolean => (0, 2),
        SqlTypeKind.TinyInt => (sbyte.MinValue, sbyte.MaxValue + 1L),
        SqlTypeKind.SmallInt => (short.MinValue, short.MaxValue + 1L),
        SqlTypeKind.Integer => (int.MinValue, int.MaxValue + 1L),
        SqlTypeKind.Date => (0, 36_525),
        SqlTypeKind.Time => (0, MillisPerDay),
        SqlTypeKind.Timestamp => (0, 36_525 * MillisPerDay),
        SqlTypeKind.Varchar or SqlTypeKind.Char => (0, int.MaxValue),
        _ => (long.MinValue, long.MinValue), // BIGINT and binary: all 2^64 values (a span of 0)
    };

    /// <summary>The generator of a column not mentioned in the plan: an increment from 0.</summary>
    internal static FieldGenerator Default(ColumnSchema column) =>
        new(column, DatagenStrategy.Increment, null, 1, null, 0, 1);

    /// <summary>Parses one field's settings (<c>strategy</c>, <c>range</c>, <c>scale</c>, <c>values</c>,
    /// <c>null_percentage</c>, <c>e</c>), checking them against the column's type.</summary>
    internal static FieldGenerator? Parse(ObjectReader config, ColumnSchema column)
    {
        var problems = config.Problems;
        var kind = column.Type.Kind;
        bool ok = true;
        var strategy = DatagenStrategy.Increment;
        if (config.String("strategy") is { } name)
        {
            switch (name)
            {
                case "increment": strategy = DatagenStrategy.Increment; break;
                case "uniform": strategy = DatagenStrategy.Uniform; break;
                case "zipf": strategy = DatagenStrategy.Zipf; break;
                default:
                    // Feldera's string strategies (word, name, email, ...) need a word list we do not ship.
                    problems.Error(config.Node("strategy")!.Span, $"unsupported datagen strategy '{name}'", "supported: increment, uniform, zipf; for strings, list them in 'values'");
                    ok = false;
                    break;
            }
        }
        if (kind is SqlTypeKind.IntervalDayTime or SqlTypeKind.IntervalYearMonth)
        {
            problems.Error(config.Span, $"not supported yet: generating {column.Type.WithNullable(true)} values for column '{column.Name}'");
            return null;
        }
        var range = ParseRange(config, column, ref ok);
        double scale = config.Number("scale") ?? 1;
        if (scale == 0 || (!double.IsInteger(scale) && kind is not (SqlTypeKind.Decimal or SqlTypeKind.Real or SqlTypeKind.Double)))
        {
            problems.Error(config.Node("scale")!.Span, scale == 0 ? "'scale' must not be 0" : $"'scale' must be an integer for a {column.Type.WithNullable(true)} column");
            ok = false;
        }
        object?[]? values = ParseValues(config, column, ref ok);
        double nullFraction = 0;
        if (config.Number("null_percentage") is double percent)
        {
            if (percent is < 0 or > 100)
            {
                problems.Error(config.Node("null_percentage")!.Span, "'null_percentage' must be between 0 and 100");
                ok = false;
            }
            else if (percent > 0 && !column.Type.Nullable)
            {
                problems.Error(config.Node("null_percentage")!.Span, $"column '{column.Name}' is NOT NULL, so 'null_percentage' must be 0");
                ok = false;
            }
            nullFraction = percent / 100;
        }
        double exponent = config.Number("e") ?? 1;
        if (exponent <= 0)
        {
            problems.Error(config.Node("e")!.Span, "the zipf exponent 'e' must be positive");
            ok = false;
        }
        if (strategy == DatagenStrategy.Zipf && values is null && range is null && ok)
        {
            problems.Error(config.Span, $"the zipf strategy of column '{column.Name}' needs a 'range' or 'values'");
            ok = false;
        }
        config.Unsupported("fields", "datagen generates scalar columns only");
        config.Finish();
        return ok ? new FieldGenerator(column, strategy, range, scale, values, nullFraction, exponent) : null;
    }

    private static (decimal, decimal)? ParseRange(ObjectReader config, ColumnSchema column, ref bool ok)
    {
        if (config.Array("range") is not { } array) return null;
        if (array.Items.Length != 2)
        {
            config.Problems.Error(array.Span, "'range' must be [start, end] (end excluded)");
            ok = false;
            return null;
        }
        decimal? lo = Bound(config.Problems, array.Items[0], column), hi = Bound(config.Problems, array.Items[1], column);
        if (lo is null || hi is null)
        {
            ok = false;
            return null;
        }
        if (hi <= lo)
        {
            config.Problems.Error(array.Span, $"empty range: the end ({Show(hi.Value)}) must be greater than the start ({Show(lo.Value)}); the end is excluded");
            ok = false;
            return null;
        }
        var kind = column.Type.Kind;
        var (min, max) = kind switch
        {
            SqlTypeKind.TinyInt => (sbyte.MinValue, sbyte.MaxValue + 1m),
            SqlTypeKind.SmallInt => (short.MinValue, short.MaxValue + 1m),
            SqlTypeKind.Integer => (int.MinValue, int.MaxValue + 1m),
            SqlTypeKind.Boolean => (0m, 2m),
            SqlTypeKind.Decimal or SqlTypeKind.Real or SqlTypeKind.Double => (decimal.MinValue, decimal.MaxValue),
            _ => (long.MinValue, long.MaxValue + 1m),
        };
        if (lo < min || hi > max)
        {
            config.Problems.Error(array.Span, $"range [{Show(lo.Value)}, {Show(hi.Value)}) does not fit column '{column.Name}' ({column.Type.WithNullable(true)})");
            ok = false;
            return null;
        }
        return (lo.Value, hi.Value);
    }

    private static string Show(decimal x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A range bound: a number, or for temporal columns a date/time/timestamp string.</summary>
    private static decimal? Bound(ConfigProblems problems, JNode node, ColumnSchema column)
    {
        var kind = column.Type.Kind;
        bool fractional = kind is SqlTypeKind.Decimal or SqlTypeKind.Real or SqlTypeKind.Double;
        if (node is JNumber number)
        {
            if (!fractional && !number.TryGetInt64(out _))
            {
                problems.Error(node.Span, $"a range bound of column '{column.Name}' must be a 64-bit integer");
                return null;
            }
            if (!number.TryGetDecimal(out decimal bound))
            {
                problems.Error(node.Span, $"range bound {number.Text} is too large");
                return null;
            }
            return bound;
        }
        if (node is JString text && kind is SqlTypeKind.Date or SqlTypeKind.Time or SqlTypeKind.Timestamp)
        {
            switch (kind)
            {
                case SqlTypeKind.Date when SqlDate.TryParse(text.Value, out var d): return d.Days;
                case SqlTypeKind.Time when SqlTime.TryParse(text.Value, out var t): return t.Nanoseconds / 1_000_000;
                case SqlTypeKind.Timestamp when SqlTimestamp.TryParse(text.Value, out var ts): return Math.Floor(ts.Microseconds / 1000m);
            }
            problems.Error(node.Span, $"'{text.Value}' is not a valid {column.Type.WithNullable(true)}");
            return null;
        }
        problems.Error(node.Span, kind is SqlTypeKind.Date or SqlTypeKind.Time or SqlTypeKind.Timestamp
            ? "a range bound must be a number or a date/time string"
            : "a range bound must be a number");
        return null;
    }

    private static object?[]? ParseValues(ObjectReader config, ColumnSchema column, ref bool ok)
    {
        if (config.Array("values") is not { } array) return null;
        if (array.Items.IsEmpty)
        {
            config.Problems.Error(array.Span, "'values' must not be empty");
            ok = false;
            return null;
        }
        var reader = new ColumnReader(column);
        var result = new object?[array.Items.Length];
        for (int i = 0; i < result.Length; i++)
        {
            var item = array.Items[i];
            var json = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(JsonSyntax.Write(item)));
            json.Read();
            if (!reader.TryRead(ref json, out result[i], out string? error))
            {
                config.Problems.Error(item.Span, error!);
                ok = false;
            }
            else if (result[i] is null && !column.Type.Nullable)
            {
                config.Problems.Error(item.Span, $"column '{column.Name}' is NOT NULL, so 'values' cannot contain null");
                ok = false;
            }
        }
        return result;
    }
}
