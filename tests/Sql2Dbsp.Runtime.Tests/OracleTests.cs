using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Tests;

/// <summary>
/// Randomised incremental-vs-oracle tests: for a random change stream x (small domain, so keys collide and weights
/// cancel), after every step I(incremental(x)) must equal nonincremental(I(x)). Both sides run in one circuit.
/// </summary>
public class OracleTests
{
    private const int Steps = 150;

    private static Pair RandomPair(Random r) => new(r.Next(5), r.Next(6));

    private static Stream<KV<I64, I64>> IndexByA(CircuitBuilder b, Stream<Pair> s) => b.Index<Pair, I64, I64, ByA>(s);

    private struct Flatten : IMapFunction<KV<I64, I64>, Pair>
    {
        public static Pair Map(in KV<I64, I64> row) => new(row.Key.V, row.Value.V);
    }

    private struct FlattenPair : IMapFunction<KV<I64, Pair>, Triple>
    {
        public static Triple Map(in KV<I64, Pair> row) => new(row.Key.V, row.Value.A, row.Value.B);
    }

    /// <summary>Runs the stream through both outputs and compares the integral of the delta with the full output each step.</summary>
    private static void Run<TIn, TOut>(int seed, bool valid, Func<Random, TIn> row,
        Func<CircuitBuilder, Stream<TIn>, (Stream<TOut> Delta, Stream<TOut> Full)> wire)
        where TIn : struct, IRowValues<TIn> where TOut : struct, IRowValues<TOut>
    {
        var b = new CircuitBuilder();
        var input = b.Input<TIn>("x");
        var (delta, full) = wire(b, input.Stream);
        var deltaOut = b.Output("delta", delta);
        var fullOut = b.Output("full", full);
        var circuit = b.Build();
        var changes = new ChangeStream<TIn>(seed, row, valid);
        var integral = ZSet<TOut>.Empty;
        int nonEmpty = 0;
        bool everNonEmpty = false;
        for (int step = 1; step <= Steps; step++)
        {
            foreach (var (r, w) in changes.Next()) input.Push(r, w);
            circuit.Step();
            AssertZ.Consolidated(deltaOut.Delta);
            if (!deltaOut.Delta.IsEmpty) nonEmpty++;
            integral += deltaOut.Delta;
            AssertZ.Equal(fullOut.Delta, integral, $"seed {seed}, step {step}");
            everNonEmpty |= !fullOut.Delta.IsEmpty;
        }
        if (everNonEmpty) Assert.True(nonEmpty > Steps / 10, "the change stream should exercise the operator");
    }

    /// <summary>Two-input variant (joins).</summary>
    private static void Run2<TOut>(int seed, bool valid,
        Func<CircuitBuilder, Stream<Pair>, Stream<Pair>, (Stream<TOut> Delta, Stream<TOut> Full)> wire)
        where TOut : struct, IRowValues<TOut>
    {
        var b = new CircuitBuilder();
        var x = b.Input<Pair>("x");
        var y = b.Input<Pair>("y");
        var (delta, full) = wire(b, x.Stream, y.Stream);
        var deltaOut = b.Output("delta", delta);
        var fullOut = b.Output("full", full);
        var circuit = b.Build();
        var cx = new ChangeStream<Pair>(seed, RandomPair, valid);
        var cy = new ChangeStream<Pair>(seed + 1000, RandomPair, valid);
        var integral = ZSet<TOut>.Empty;
        for (int step = 1; step <= Steps; step++)
        {
            foreach (var (r, w) in cx.Next()) x.Push(r, w);
            if (step % 3 != 0) foreach (var (r, w) in cy.Next()) y.Push(r, w); // sometimes only one side changes
            circuit.Step();
            AssertZ.Consolidated(deltaOut.Delta);
            integral += deltaOut.Delta;
            AssertZ.Equal(fullOut.Delta, integral, $"seed {seed}, step {step}");
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Join(int seed, bool valid) =>
        Run2<Triple>(seed, valid, (b, x, y) =>
        {
            var xi = IndexByA(b, x);
            var yi = IndexByA(b, y);
            var inc = b.IncrementalJoin<I64, I64, I64, Triple, JoinAll>(xi, yi, "j");
            var full = b.Join<I64, I64, I64, Triple, JoinAll>(b.Integrate(xi, "ix"), b.Integrate(yi, "iy"));
            return (inc, full);
        });

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Join_with_residual_and_colliding_outputs(int seed, bool valid)
    {
        Run2<Triple>(seed, valid, (b, x, y) =>
        {
            var xi = IndexByA(b, x);
            var yi = IndexByA(b, y);
            var inc = b.IncrementalJoin<I64, I64, I64, Triple, JoinNotEqual>(xi, yi, "j");
            var full = b.Join<I64, I64, I64, Triple, JoinNotEqual>(b.Integrate(xi, "ix"), b.Integrate(yi, "iy"));
            return (inc, full);
        });
        Run2<I64>(seed, valid, (b, x, y) =>
        {
            var xi = IndexByA(b, x);
            var yi = IndexByA(b, y);
            var inc = b.IncrementalJoin<I64, I64, I64, I64, JoinSum>(xi, yi, "j");
            var full = b.Join<I64, I64, I64, I64, JoinSum>(b.Integrate(xi, "ix"), b.Integrate(yi, "iy"));
            return (inc, full);
        });
    }

    /// <summary>Deltas against traces large enough for the fence-indexed probe path of the join.</summary>
    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    public void Join_against_large_traces(int seed)
    {
        var random = new Random(seed);
        var b = new CircuitBuilder();
        var x = b.Input<Pair>("x");
        var y = b.Input<Pair>("y");
        var xi = IndexByA(b, x.Stream);
        var yi = IndexByA(b, y.Stream);
        var inc = b.Output("inc", b.IncrementalJoin<I64, I64, I64, Triple, JoinAll>(xi, yi, "j"));
        var full = b.Output("full", b.Join<I64, I64, I64, Triple, JoinAll>(b.Integrate(xi, "ix"), b.Integrate(yi, "iy")));
        var circuit = b.Build();
        var integral = ZSet<Triple>.Empty;
        var liveX = new List<Pair>();
        var liveY = new List<Pair>();
        for (int step = 0; step < 60; step++)
        {
            int n = step == 0 ? 9000 : random.Next(0, 60);
            for (int i = 0; i < n; i++)
            {
                Change(x, liveX);
                if (step % 4 != 1) Change(y, liveY);
            }
            circuit.Step();
            integral += inc.Delta;
            AssertZ.Equal(full.Delta, integral, $"seed {seed}, step {step}");
        }
        Assert.True(integral.Count > 1000);

        void Change(InputHandle<Pair> input, List<Pair> live)
        {
            if (live.Count > 0 && random.Next(4) == 0)
            {
                int at = random.Next(live.Count);
                input.Delete(live[at]);
                live[at] = live[^1];
                live.RemoveAt(live.Count - 1);
            }
            else
            {
                var row = new Pair(random.Next(10_000), random.Next(3));
                input.Insert(row);
                live.Add(row);
            }
        }
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, false)]
    [InlineData(9, true)]
    public void Distinct(int seed, bool valid) =>
        Run<Pair, Pair>(seed, valid, RandomPair, (b, x) =>
            (b.IncrementalDistinct(x, "d"), b.Distinct(b.Integrate(x, "i"))));

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    public void Linear_aggregate_count_and_sum(int seed) =>
        Run<Pair, Triple>(seed, valid: true, RandomPair, (b, x) =>
        {
            var xi = IndexByA(b, x);
            var inc = b.IncrementalLinearAggregate<I64, I64, CountSumAcc, Triple, CountSumTriple>(xi, "agg");
            var full = b.Aggregate<I64, I64, CountSumAcc, Triple, CountSumTriple>(b.Integrate(xi, "i"));
            return (b.Map<KV<I64, Triple>, Triple, DropKey>(inc), b.Map<KV<I64, Triple>, Triple, DropKey>(full));
        });

    /// <summary>(key, count, sum) as the output value, so flattening keeps the key.</summary>
    private struct CountSumTriple : IAggregateFunction<I64, CountSumAcc, Triple>
    {
        public static CountSumAcc Init() => default;
        public static void Add(ref CountSumAcc acc, in I64 value, long weight) => CountSumAgg.Add(ref acc, value, weight);
        public static Triple Finish(in CountSumAcc acc) => new(0, acc.Count, acc.Sum);
    }

    private struct DropKey : IMapFunction<KV<I64, Triple>, Triple>
    {
        public static Triple Map(in KV<I64, Triple> row) => new(row.Key.V, row.Value.B, row.Value.C);
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(16, true)]
    public void General_aggregate_min_and_max(int seed, bool valid)
    {
        Run<Pair, Pair>(seed, valid, RandomPair, (b, x) =>
        {
            var xi = IndexByA(b, x);
            var inc = b.IncrementalAggregate<I64, I64, MinMaxAcc, I64, MinAgg>(xi, "min");
            var full = b.Aggregate<I64, I64, MinMaxAcc, I64, MinAgg>(b.Integrate(xi, "i"));
            return (b.Map<KV<I64, I64>, Pair, Flatten>(inc), b.Map<KV<I64, I64>, Pair, Flatten>(full));
        });
        Run<Pair, Pair>(seed, valid, RandomPair, (b, x) =>
        {
            var xi = IndexByA(b, x);
            var inc = b.IncrementalAggregate<I64, I64, MinMaxAcc, I64, MaxAgg>(xi, "max");
            var full = b.Aggregate<I64, I64, MinMaxAcc, I64, MaxAgg>(b.Integrate(xi, "i"));
            return (b.Map<KV<I64, I64>, Pair, Flatten>(inc), b.Map<KV<I64, I64>, Pair, Flatten>(full));
        });
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    public void General_aggregate_count_agrees_with_linear_on_valid_streams(int seed, bool valid)
    {
        Run<Pair, Pair>(seed, valid, RandomPair, (b, x) =>
        {
            var xi = IndexByA(b, x);
            var inc = b.IncrementalAggregate<I64, I64, long, I64, CountAgg>(xi, "count");
            var full = b.Aggregate<I64, I64, long, I64, CountAgg>(b.Integrate(xi, "i"));
            return (b.Map<KV<I64, I64>, Pair, Flatten>(inc), b.Map<KV<I64, I64>, Pair, Flatten>(full));
        });
        if (valid)
        {
            Run<Pair, Pair>(seed, valid, RandomPair, (b, x) =>
            {
                var xi = IndexByA(b, x);
                var general = b.IncrementalAggregate<I64, I64, long, I64, CountAgg>(xi, "general");
                var linear = b.IncrementalLinearAggregate<I64, I64, long, I64, CountAgg>(xi, "linear");
                return (b.Map<KV<I64, I64>, Pair, Flatten>(linear), b.Integrate(b.Map<KV<I64, I64>, Pair, Flatten>(general), "ig"));
            });
        }
    }

    [Theory]
    [InlineData(19, false, 2, 0)]
    [InlineData(20, false, 2, 1)]
    [InlineData(21, true, 3, 2)]
    [InlineData(22, true, -1, 1)]
    [InlineData(23, false, 0, 0)]
    public void TopK(int seed, bool valid, long limit, long offset)
    {
        Run<Pair, Pair>(seed, valid, RandomPair, (b, x) =>
        {
            var xi = IndexByA(b, x);
            var inc = b.IncrementalTopK<I64, I64, Desc>(xi, limit, offset, "top");
            var full = b.TopK<I64, I64, Desc>(b.Integrate(xi, "i"), limit, offset);
            return (b.Map<KV<I64, I64>, Pair, Flatten>(inc), b.Map<KV<I64, I64>, Pair, Flatten>(full));
        });
        Run<Pair, Pair>(seed, valid, RandomPair, (b, x) =>
        {
            var xi = IndexByA(b, x);
            var inc = b.IncrementalTopK<I64, I64, ByMod3>(xi, limit, offset, "top");
            var full = b.TopK<I64, I64, ByMod3>(b.Integrate(xi, "i"), limit, offset);
            return (b.Map<KV<I64, I64>, Pair, Flatten>(inc), b.Map<KV<I64, I64>, Pair, Flatten>(full));
        });
    }

    [Theory]
    [InlineData(24)]
    [InlineData(25)]
    public void Integrate_and_differentiate_are_inverse(int seed)
    {
        var b = new CircuitBuilder();
        var x = b.Input<Pair>("x");
        var di = b.Output("di", b.Differentiate(b.Integrate(x.Stream, "i1"), "d1"));
        var id = b.Output("id", b.Integrate(b.Differentiate(x.Stream, "d2"), "i2"));
        var z = b.Output("z", b.Delay(x.Stream, "z"));
        var i = b.Output("i", b.Integrate(x.Stream, "i3"));
        var circuit = b.Build();
        var changes = new ChangeStream<Pair>(seed, RandomPair, valid: false);
        var previous = ZSet<Pair>.Empty;
        var integral = ZSet<Pair>.Empty;
        for (int step = 0; step < Steps; step++)
        {
            var bld = new ZSetBuilder<Pair>();
            foreach (var (r, w) in changes.Next()) bld.Add(r, w);
            var delta = bld.Build();
            x.Push(delta);
            circuit.Step();
            integral += delta;
            AssertZ.Equal(delta, di.Delta);
            AssertZ.Equal(delta, id.Delta);
            AssertZ.Equal(previous, z.Delta);
            AssertZ.Equal(integral, i.Delta);
            previous = delta;
        }
    }
}
