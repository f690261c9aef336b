using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using Sql2Dbsp.Connectors.Json;

namespace Sql2Dbsp.Connectors.Transports.Datagen;

/// <summary>One phase of generation: how many records (null: no end), how fast (null: as fast as possible), and
/// one generator per column, in column order.</summary>
public sealed record DatagenPlan(long? Limit, double? Rate, ImmutableArray<FieldGenerator> Fields);

/// <summary>
/// <c>datagen</c>: generates rows for a table, plan after plan (Feldera's <c>{"plan": [{"limit", "rate", "fields"}],
/// "seed"}</c>). Every value is a pure function of (seed, plan, record number, column), so a seeded generator
/// produces the same rows on every run and resumes exactly from a record number. Without a seed, one is drawn at
/// start and kept in the position, so a resumed run continues the same sequence.
/// </summary>
public sealed record DatagenConfig(ImmutableArray<DatagenPlan> Plans, ulong? Seed) : InputTransportConfig
{
    /// <inheritdoc/>
    public override string Name => "datagen";

    /// <inheritdoc/>
    public override FaultToleranceSupport FaultTolerance { get; } = new(SuspendResume: true, AtLeastOnce: true, ExactlyOnce: true);

    /// <inheritdoc/>
    public override bool NeedsFormat => false;

    /// <inheritdoc/>
    public override IInputReader CreateReader(InputReaderContext context) => new Reader(this, context);

    /// <summary>The generator's coordinates after a batch: the seed in use, the plan, and the records generated in it.</summary>
    public sealed record Position(ulong Seed, int Plan, long Generated) : InputPosition
    {
        /// <inheritdoc/>
        public override void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber("seed", Seed);
            writer.WriteNumber("plan", Plan);
            writer.WriteNumber("generated", Generated);
            writer.WriteEndObject();
        }
    }

    internal static TransportConfig? Parse(ObjectReader config, RelationSchema schema)
    {
        var problems = config.Problems;
        bool ok = true;
        ulong? seed = null;
        if (config.Node("seed") is JNumber number)
        {
            if (ulong.TryParse(number.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out ulong s)) seed = s;
            else
            {
                problems.Error(number.Span, "'seed' must be a non-negative integer");
                ok = false;
            }
        }
        else if (config.Node("seed") is { } other)
        {
            problems.Error(other.Span, $"'seed' must be a non-negative integer, not {ObjectReader.Article(other.Kind)}");
            ok = false;
        }
        config.Ignored("workers", "datagen runs on one thread; its output does not depend on the worker count");
        var plans = ImmutableArray.CreateBuilder<DatagenPlan>();
        if (config.Array("plan") is { } array)
        {
            foreach (var item in array.Items)
                if (ParsePlan(new ObjectReader(item, "a datagen plan", problems), schema) is { } plan) plans.Add(plan);
                else ok = false;
        }
        else plans.Add(new DatagenPlan(null, null, [.. schema.Columns.Select(FieldGenerator.Default)]));
        config.Finish();
        return ok ? new DatagenConfig(plans.ToImmutable(), seed) : null;
    }

    private static DatagenPlan? ParsePlan(ObjectReader plan, RelationSchema schema)
    {
        var problems = plan.Problems;
        bool ok = plan.Object is not null;
        long? limit = plan.Integer("limit", min: 0);
        double? rate = null;
        if (plan.Number("rate") is double r)
        {
            if (r <= 0)
            {
                problems.Error(plan.Node("rate")!.Span, "'rate' (records per second) must be positive");
                ok = false;
            }
            else rate = r;
        }
        plan.Ignored("worker_chunk_size", "records are generated in batches of the connector's max_batch_size");
        var fields = schema.Columns.Select(FieldGenerator.Default).ToArray();
        if (plan.ObjectField("fields") is { } fieldObject)
        {
            foreach (var property in fieldObject.Properties)
            {
                int column = schema.IndexOf(property.Name);
                if (column < 0)
                {
                    problems.Error(property.NameSpan, $"unknown column '{property.Name}' (table '{schema.Name}' has columns {schema.ColumnList})");
                    ok = false;
                    continue;
                }
                if (FieldGenerator.Parse(new ObjectReader(property.Value, $"the datagen settings of column '{property.Name}'", problems), schema.Columns[column]) is { } field)
                    fields[column] = field;
                else ok = false;
            }
        }
        plan.Finish();
        return ok ? new DatagenPlan(limit, rate, [.. fields]) : null;
    }

    private sealed class Reader(DatagenConfig config, InputReaderContext context) : IInputReader
    {
        public async Task RunAsync(IInputConsumer consumer, CancellationToken cancellationToken)
        {
            var resume = context.ResumeFrom;
            ulong seed = resume is { } p && p.TryGetProperty("seed", out var s) ? s.GetUInt64() : config.Seed ?? (ulong)Random.Shared.NextInt64();
            int firstPlan = resume is { } q && q.TryGetProperty("plan", out var pl) ? pl.GetInt32() : 0;
            long firstRecord = resume is { } g && g.TryGetProperty("generated", out var gen) ? gen.GetInt64() : 0;
            for (int plan = firstPlan; plan < config.Plans.Length; plan++)
            {
                var settings = config.Plans[plan];
                var fields = settings.Fields;
                long record = plan == firstPlan ? firstRecord : 0;
                long startRecord = record;
                var clock = Stopwatch.StartNew();
                while (settings.Limit is not { } limit || record < limit)
                {
                    await consumer.WaitForCapacityAsync(cancellationToken).ConfigureAwait(false);
                    var batch = consumer.CreateBuffer();
                    long count = batch.Capacity;
                    if (settings.Limit is { } l) count = Math.Min(count, l - record);
                    if (settings.Rate is { } rate)
                    {
                        // Emit about a millisecond's worth at a time: finer batches only make more, emptier steps.
                        long minimum = Math.Min(count, Math.Max(1, (long)(rate / 1000)));
                        long due = (long)(rate * clock.Elapsed.TotalSeconds) - (record - startRecord);
                        if (due < minimum)
                        {
                            double wait = (record - startRecord + minimum) / rate - clock.Elapsed.TotalSeconds;
                            await Task.Delay(TimeSpan.FromSeconds(Math.Clamp(wait, 0.001, 1)), cancellationToken).ConfigureAwait(false);
                            continue;
                        }
                        count = Math.Min(count, due);
                    }
                    for (long i = 0; i < count; i++)
                    {
                        var row = batch.Add(ChangeKind.Insert);
                        for (int c = 0; c < fields.Length; c++) row[c] = fields[c].Generate(seed, plan, record + i, c);
                    }
                    record += count;
                    consumer.Queue(batch, 0, new Position(seed, plan, record), null);
                }
            }
            consumer.EndOfInput();
        }
    }
}
