using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Tests;

/// <summary>One test per operator, with exact expected outputs (weights, negative weights, consolidation).</summary>
public class OperatorTests
{
    /// <summary>A one-input circuit: push a Z-set, step, read the output.</summary>
    private sealed class Unary<TIn, TOut> where TIn : struct, IRowValues<TIn> where TOut : struct, IRowValues<TOut>
    {
        private readonly Circuits.Circuit _circuit;
        private readonly InputHandle<TIn> _input;
        private readonly OutputHandle<TOut> _output;

        public Unary(Func<CircuitBuilder, Stream<TIn>, Stream<TOut>> wire)
        {
            var b = new CircuitBuilder();
            _input = b.Input<TIn>("in");
            _output = b.Output("out", wire(b, _input.Stream));
            _circuit = b.Build();
        }

        public ZSet<TOut> Step(ZSet<TIn> delta)
        {
            _input.Push(delta);
            _circuit.Step();
            return _output.Delta;
        }
    }

    /// <summary>Indexed Z-sets are not IRowValues; flatten them to pairs for output.</summary>
    private struct Flatten : IMapFunction<KV<I64, I64>, Pair>
    {
        public static Pair Map(in KV<I64, I64> row) => new(row.Key.V, row.Value.V);
    }

    private static Stream<KV<I64, I64>> IndexByA(CircuitBuilder b, Stream<Pair> s) => b.Index<Pair, I64, I64, ByA>(s);

    private static Stream<Pair> Flat(CircuitBuilder b, Stream<KV<I64, I64>> s) => b.Map<KV<I64, I64>, Pair, Flatten>(s);

    [Fact]
    public void Map_consolidates_colliding_rows()
    {
        var c = new Unary<I64, I64>((b, s) => b.Map<I64, I64, Mod3>(s));
        AssertZ.Equal(Z.I((0, 1), (1, 3), (2, -1)), c.Step(Z.I((0, 1), (1, 1), (4, 2), (2, -1))));
        AssertZ.Equal(Z.I(), c.Step(Z.I((1, 1), (4, -1))));
        AssertZ.Equal(Z.I(), c.Step(Z.I()));
        var add = new Unary<I64, I64>((b, s) => b.Map<I64, I64, AddOne>(s));
        AssertZ.Equal(Z.I((2, 5), (3, -1)), add.Step(Z.I((1, 5), (2, -1))));
    }

    [Fact]
    public void Filter_keeps_matching_rows_with_their_weights()
    {
        var c = new Unary<I64, I64>((b, s) => b.Filter<I64, IsEven>(s));
        AssertZ.Equal(Z.I((2, -3), (4, 1)), c.Step(Z.I((1, 1), (2, -3), (3, 1), (4, 1))));
        AssertZ.Equal(Z.I((0, 2)), c.Step(Z.I((0, 2))));
        AssertZ.Equal(Z.I(), c.Step(Z.I((1, 2), (3, 3))));
    }

    [Fact]
    public void Index_groups_by_key()
    {
        var c = new Unary<Pair, Pair>((b, s) => Flat(b, IndexByA(b, s)));
        AssertZ.Equal(Z.P((1, 2, 1), (1, 3, -1), (2, 0, 4)), c.Step(Z.P((2, 0, 4), (1, 3, -1), (1, 2, 1))));
    }

    [Fact]
    public void Sum_Negate_Minus()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("x");
        var y = b.Input<I64>("y");
        var sum = b.Output("sum", b.Sum(x.Stream, y.Stream, x.Stream));
        var neg = b.Output("neg", b.Negate(x.Stream));
        var minus = b.Output("minus", b.Minus(x.Stream, y.Stream));
        var none = b.Output("none", b.Sum<I64>());
        var circuit = b.Build();
        x.Push(Z.I((1, 1), (2, 2)));
        y.Push(Z.I((1, -2), (3, 1)));
        circuit.Step();
        AssertZ.Equal(Z.I((2, 4), (3, 1)), sum.Delta);
        AssertZ.Equal(Z.I((1, -1), (2, -2)), neg.Delta);
        AssertZ.Equal(Z.I((1, 3), (2, 2), (3, -1)), minus.Delta);
        AssertZ.Equal(Z.I(), none.Delta);
    }

    [Fact]
    public void Constant_and_ConstantOnce()
    {
        var b = new CircuitBuilder();
        var value = Z.I((1, 1), (2, 1));
        var always = b.Output("always", b.Constant(value));
        var once = b.Output("once", b.ConstantOnce(value));
        var circuit = b.Build();
        circuit.Step();
        AssertZ.Equal(value, always.Delta);
        AssertZ.Equal(value, once.Delta);
        for (int i = 0; i < 3; i++)
        {
            circuit.Step();
            AssertZ.Equal(value, always.Delta);
            AssertZ.Equal(Z.I(), once.Delta);
        }
    }

    [Fact]
    public void Distinct_keeps_positive_rows_with_weight_one()
    {
        var c = new Unary<I64, I64>((b, s) => b.Distinct(s));
        AssertZ.Equal(Z.I((1, 1), (3, 1)), c.Step(Z.I((1, 5), (2, -1), (3, 1))));
        AssertZ.Equal(Z.I((1, 1)), c.Step(Z.I((1, 1))));
        AssertZ.Equal(Z.I(), c.Step(Z.I((1, -1))));
    }

    [Fact]
    public void IncrementalDistinct_emits_set_changes()
    {
        var c = new Unary<I64, I64>((b, s) => b.IncrementalDistinct(s, "d"));
        AssertZ.Equal(Z.I((1, 1), (2, 1)), c.Step(Z.I((1, 2), (2, 1), (3, -1))));
        AssertZ.Equal(Z.I(), c.Step(Z.I((1, -1), (2, 3))));        // 1: 2→1, 2: 1→4, still present
        AssertZ.Equal(Z.I((1, -1), (3, 1)), c.Step(Z.I((1, -1), (3, 2)))); // 1: 1→0; 3: −1→1
        AssertZ.Equal(Z.I((2, -1)), c.Step(Z.I((2, -5))));         // 2: 4→−1
        AssertZ.Equal(Z.I(), c.Step(Z.I((2, 1))));                 // −1→0: still absent
        AssertZ.Equal(Z.I((2, 1)), c.Step(Z.I((2, 1))));           // 0→1
    }

    private static (Circuits.Circuit C, InputHandle<Pair> L, InputHandle<Pair> R, OutputHandle<Triple> O) JoinCircuit(bool incremental, bool residual)
    {
        var b = new CircuitBuilder();
        var l = b.Input<Pair>("l");
        var r = b.Input<Pair>("r");
        var li = IndexByA(b, l.Stream);
        var ri = IndexByA(b, r.Stream);
        Stream<Triple> j = (incremental, residual) switch
        {
            (true, false) => b.IncrementalJoin<I64, I64, I64, Triple, JoinAll>(li, ri, "j"),
            (true, true) => b.IncrementalJoin<I64, I64, I64, Triple, JoinNotEqual>(li, ri, "j"),
            (false, false) => b.Join<I64, I64, I64, Triple, JoinAll>(li, ri),
            _ => b.Join<I64, I64, I64, Triple, JoinNotEqual>(li, ri),
        };
        var o = b.Output("o", j);
        return (b.Build(), l, r, o);
    }

    [Fact]
    public void Join_multiplies_weights()
    {
        var (c, l, r, o) = JoinCircuit(incremental: false, residual: false);
        l.Push(Z.P((1, 10, 2), (1, 11, -1), (2, 20, 1), (4, 40, 1)));
        r.Push(Z.P((1, 100, 3), (2, 200, -2), (2, 201, 1), (3, 300, 1)));
        c.Step();
        AssertZ.Equal(Z.T((1, 10, 100, 6), (1, 11, 100, -3), (2, 20, 200, -2), (2, 20, 201, 1)), o.Delta);
        c.Step();
        AssertZ.Equal(Z.T(), o.Delta);
    }

    [Fact]
    public void Join_function_can_drop_pairs()
    {
        var (c, l, r, o) = JoinCircuit(incremental: false, residual: true);
        l.Push(Z.P((1, 5, 1), (1, 6, 1)));
        r.Push(Z.P((1, 5, 1), (1, 7, 1)));
        c.Step();
        AssertZ.Equal(Z.T((1, 5, 7, 1), (1, 6, 5, 1), (1, 6, 7, 1)), o.Delta);
    }

    [Fact]
    public void Join_output_is_consolidated_when_pairs_collide()
    {
        var b = new CircuitBuilder();
        var l = b.Input<Pair>("l");
        var r = b.Input<Pair>("r");
        var j = b.Join<I64, I64, I64, I64, JoinSum>(IndexByA(b, l.Stream), IndexByA(b, r.Stream));
        var o = b.Output("o", j);
        var c = b.Build();
        l.Push(Z.P((1, 1, 1), (1, 2, 1), (2, 0, 1)));
        r.Push(Z.P((1, 2, 1), (1, 1, 1), (2, 3, -1)));
        c.Step();
        AssertZ.Equal(Z.I((2, 1), (3, 1), (4, 1)), o.Delta);
    }

    [Fact]
    public void Cross_join_on_unit_key()
    {
        var b = new CircuitBuilder();
        var l = b.Input<I64>("l");
        var r = b.Input<I64>("r");
        var li = b.Index<I64, Unit, I64, ToUnit>(l.Stream);
        var ri = b.Index<I64, Unit, I64, ToUnit>(r.Stream);
        var o = b.Output("o", b.IncrementalJoin<Unit, I64, I64, Pair, CrossPair>(li, ri, "x"));
        var c = b.Build();
        l.Push(Z.I((1, 1), (2, 1)));
        r.Push(Z.I((7, 1)));
        c.Step();
        AssertZ.Equal(Z.P((1, 7, 1), (2, 7, 1)), o.Delta);
        r.Push(Z.I((8, 2)));
        l.Push(Z.I((1, -1)));
        c.Step();
        AssertZ.Equal(Z.P((1, 7, -1), (2, 8, 2)), o.Delta);
    }

    private struct ToUnit : IIndexFunction<I64, Unit, I64>
    {
        public static void Split(in I64 row, out Unit key, out I64 value)
        {
            key = default;
            value = row;
        }
    }

    [Fact]
    public void IncrementalJoin_step_by_step()
    {
        var (c, l, r, o) = JoinCircuit(incremental: true, residual: false);
        l.Push(Z.P((1, 10, 1)));
        c.Step();
        AssertZ.Equal(Z.T(), o.Delta);
        r.Push(Z.P((1, 100, 2), (2, 200, 1)));
        c.Step();
        AssertZ.Equal(Z.T((1, 10, 100, 2)), o.Delta);
        l.Push(Z.P((1, 11, 1), (2, 20, 1)));
        r.Push(Z.P((1, 101, 1)));
        c.Step(); // Δl ⋈ I(r)old + I(l)new ⋈ Δr
        AssertZ.Equal(Z.T((1, 10, 101, 1), (1, 11, 100, 2), (1, 11, 101, 1), (2, 20, 200, 1)), o.Delta);
        l.Push(Z.P((1, 10, -1)));
        r.Push(Z.P((1, 100, -2)));
        c.Step();
        AssertZ.Equal(Z.T((1, 10, 100, -2), (1, 10, 101, -1), (1, 11, 100, -2)), o.Delta);
    }

    private static (Circuits.Circuit C, InputHandle<Pair> In, OutputHandle<Pair> Out) AggCircuit(
        Func<CircuitBuilder, Stream<KV<I64, I64>>, Stream<KV<I64, I64>>> agg)
    {
        var b = new CircuitBuilder();
        var i = b.Input<Pair>("in");
        var o = b.Output("out", Flat(b, agg(b, IndexByA(b, i.Stream))));
        return (b.Build(), i, o);
    }

    [Fact]
    public void Aggregate_folds_positive_values()
    {
        var (c, i, o) = AggCircuit((b, s) => b.Aggregate<I64, I64, long, I64, CountAgg>(s));
        i.Push(Z.P((1, 10, 2), (1, 11, 1), (2, 20, -1), (3, 30, 1), (3, 31, -4)));
        c.Step();
        AssertZ.Equal(Z.P((1, 3, 1), (3, 1, 1)), o.Delta);

        var (c2, i2, o2) = AggCircuit((b, s) => b.Aggregate<I64, I64, MinMaxAcc, I64, MinAgg>(s));
        i2.Push(Z.P((1, 10, 2), (1, 5, -1), (1, 7, 1), (2, 3, 1)));
        c2.Step();
        AssertZ.Equal(Z.P((1, 7, 1), (2, 3, 1)), o2.Delta);
    }

    [Fact]
    public void IncrementalAggregate_recomputes_changed_groups()
    {
        var (c, i, o) = AggCircuit((b, s) => b.IncrementalAggregate<I64, I64, MinMaxAcc, I64, MinAgg>(s, "min"));
        i.Push(Z.P((1, 10, 1), (1, 7, 1), (2, 3, 1)));
        c.Step();
        AssertZ.Equal(Z.P((1, 7, 1), (2, 3, 1)), o.Delta);
        i.Push(Z.P((1, 7, -1), (2, 9, 1)));   // retract the min of group 1; group 2 unchanged
        c.Step();
        AssertZ.Equal(Z.P((1, 7, -1), (1, 10, 1)), o.Delta);
        i.Push(Z.P((1, 10, -1), (2, 1, 1)));  // group 1 disappears; group 2 gets a new min
        c.Step();
        AssertZ.Equal(Z.P((1, 10, -1), (2, 1, 1), (2, 3, -1)), o.Delta);
        i.Push(Z.P((3, 5, -1)));              // only a negative weight: no group
        c.Step();
        AssertZ.Equal(Z.P(), o.Delta);
    }

    [Fact]
    public void IncrementalLinearAggregate_updates_accumulators()
    {
        var b = new CircuitBuilder();
        var i = b.Input<Pair>("in");
        var agg = b.IncrementalLinearAggregate<I64, I64, CountSumAcc, Pair, CountSumAgg>(IndexByA(b, i.Stream), "cs");
        var o = b.Output("out", b.Map<KV<I64, Pair>, Triple, FlattenPair>(agg));
        var c = b.Build();
        i.Push(Z.P((1, 10, 1), (1, 20, 2), (2, 5, 1)));
        c.Step();
        AssertZ.Equal(Z.T((1, 3, 50, 1), (2, 1, 5, 1)), o.Delta);
        i.Push(Z.P((1, 20, -1), (3, 1, 1)));
        c.Step();
        AssertZ.Equal(Z.T((1, 2, 30, 1), (1, 3, 50, -1), (3, 1, 1, 1)), o.Delta);
        i.Push(Z.P((2, 5, -1)));
        c.Step();
        AssertZ.Equal(Z.T((2, 1, 5, -1)), o.Delta);
        i.Push(Z.P((2, 5, 1), (3, 1, -1), (3, 2, 1))); // group 2 reappears; group 3: same count, new sum
        c.Step();
        AssertZ.Equal(Z.T((2, 1, 5, 1), (3, 1, 1, -1), (3, 1, 2, 1)), o.Delta);
        i.Push(Z.P((1, 15, 2), (1, 10, -1), (1, 20, -1))); // count 2 → 2 and sum 30 → 30
        c.Step();
        AssertZ.Equal(Z.T(), o.Delta); // the same output row: nothing emitted
    }

    private struct FlattenPair : IMapFunction<KV<I64, Pair>, Triple>
    {
        public static Triple Map(in KV<I64, Pair> row) => new(row.Key.V, row.Value.A, row.Value.B);
    }

    [Fact]
    public void TopK_sorts_expands_weights_and_windows()
    {
        // Group 1 values by descending order: 9 (w1), 7 (w3), 5 (w1), 2 (w2); −1 weight ignored.
        var input = Z.P((1, 9, 1), (1, 7, 3), (1, 5, 1), (1, 2, 2), (1, 8, -1), (2, 1, 1));
        var c = new Unary<Pair, Pair>((b, s) => Flat(b, b.TopK<I64, I64, Desc>(IndexByA(b, s), limit: 3, offset: 0)));
        AssertZ.Equal(Z.P((1, 9, 1), (1, 7, 2), (2, 1, 1)), c.Step(input));
        var skip = new Unary<Pair, Pair>((b, s) => Flat(b, b.TopK<I64, I64, Desc>(IndexByA(b, s), limit: 3, offset: 2)));
        AssertZ.Equal(Z.P((1, 7, 2), (1, 5, 1)), skip.Step(input));
        var all = new Unary<Pair, Pair>((b, s) => Flat(b, b.TopK<I64, I64, Desc>(IndexByA(b, s), limit: -1, offset: 5)));
        AssertZ.Equal(Z.P((1, 2, 2)), all.Step(input));
        var none = new Unary<Pair, Pair>((b, s) => Flat(b, b.TopK<I64, I64, Desc>(IndexByA(b, s), limit: 0, offset: 0)));
        AssertZ.Equal(Z.P(), none.Step(input));
        // Ties under the comparer are broken by the value's own order: mod 3 → {3, 6} < {1, 4} < {2}.
        var ties = new Unary<Pair, Pair>((b, s) => Flat(b, b.TopK<I64, I64, ByMod3>(IndexByA(b, s), limit: 3, offset: 0)));
        AssertZ.Equal(Z.P((0, 1, 1), (0, 3, 1), (0, 6, 1)), ties.Step(Z.P((0, 6, 1), (0, 4, 1), (0, 3, 1), (0, 1, 1), (0, 2, 1))));
    }

    [Fact]
    public void IncrementalTopK_emits_window_changes()
    {
        var c = new Unary<Pair, Pair>((b, s) => Flat(b, b.IncrementalTopK<I64, I64, Desc>(IndexByA(b, s), limit: 2, offset: 0, "top")));
        AssertZ.Equal(Z.P((1, 5, 1), (1, 3, 1)), c.Step(Z.P((1, 5, 1), (1, 3, 1), (1, 1, 1))));
        AssertZ.Equal(Z.P((1, 9, 1), (1, 3, -1)), c.Step(Z.P((1, 9, 1))));
        AssertZ.Equal(Z.P((1, 9, -1), (1, 3, 1)), c.Step(Z.P((1, 9, -1))));
        AssertZ.Equal(Z.P((1, 5, 1), (1, 3, -1)), c.Step(Z.P((1, 5, 1)))); // 5 now has weight 2: fills the window
        AssertZ.Equal(Z.P(), c.Step(Z.P((1, 0, 1))));
    }

    [Fact]
    public void Integrate_Differentiate_Delay()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("x");
        var integral = b.Output("i", b.Integrate(x.Stream, "i"));
        var diff = b.Output("d", b.Differentiate(x.Stream, "d"));
        var delay = b.Output("z", b.Delay(x.Stream, "z"));
        var c = b.Build();
        x.Push(Z.I((1, 1), (2, 1)));
        c.Step();
        AssertZ.Equal(Z.I((1, 1), (2, 1)), integral.Delta);
        AssertZ.Equal(Z.I((1, 1), (2, 1)), diff.Delta);
        AssertZ.Equal(Z.I(), delay.Delta);
        x.Push(Z.I((1, -1), (3, 2)));
        c.Step();
        AssertZ.Equal(Z.I((2, 1), (3, 2)), integral.Delta);
        AssertZ.Equal(Z.I((1, -2), (2, -1), (3, 2)), diff.Delta);
        AssertZ.Equal(Z.I((1, 1), (2, 1)), delay.Delta);
        c.Step();
        AssertZ.Equal(Z.I((2, 1), (3, 2)), integral.Delta);
        AssertZ.Equal(Z.I((1, 1), (3, -2)), diff.Delta);
        AssertZ.Equal(Z.I((1, -1), (3, 2)), delay.Delta);
    }
}
