using Sql2Dbsp.Runtime.Algebra;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.Runtime.Tests;

public class CircuitTests
{
    [Fact]
    public void Failing_operator_aborts_the_step_and_fails_the_circuit()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("t");
        b.SetContext("other", "program.sql:1:1");
        var ok = b.Output("ok", b.Map<I64, I64, AddOne>(x.Stream));
        b.SetContext("v", "program.sql:3:10");
        var mapped = b.Map<I64, I64, ThrowOn13>(x.Stream);
        var v = b.Output("v", mapped);
        var circuit = b.Build();

        x.Insert(1);
        circuit.Step();
        AssertZ.Equal(Z.I((1, 1)), v.Delta);
        AssertZ.Equal(Z.I((2, 1)), ok.Delta);
        Assert.Equal(1, circuit.StepCount);

        x.Insert(2);
        x.Insert(13);
        var e = Assert.Throws<StepFailedException>(circuit.Step);
        Assert.Equal("step 2 failed in view 'v' at program.sql:3:10 (Map): division by zero: 5 / 0", e.Message);
        Assert.Equal(2, e.Step);
        Assert.Equal("v", e.View);
        Assert.Equal("program.sql:3:10", e.Location);
        Assert.Equal("Map", e.OperatorKind);
        Assert.IsType<DivideByZeroException>(e.InnerException);

        // Nothing of step 2 was published, not even the outputs that were computed.
        AssertZ.Equal(Z.I((1, 1)), v.Delta);
        AssertZ.Equal(Z.I((2, 1)), ok.Delta);
        Assert.True(circuit.IsFailed);
        Assert.Same(e, circuit.Failure);
        Assert.Equal(1, circuit.StepCount);

        var again = Assert.Throws<CircuitFailedException>(circuit.Step);
        Assert.IsAssignableFrom<InvalidOperationException>(again);
        Assert.Same(e, again.InnerException);
        Assert.Contains("has failed", again.Message);
        Assert.Contains("division by zero", again.Message);
        Assert.Throws<CircuitFailedException>(circuit.Step);
    }

    [Fact]
    public void Failure_message_without_context()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("t");
        b.Output("v", b.Map<I64, I64, ThrowOn13>(x.Stream));
        var circuit = b.Build();
        x.Insert(13);
        var e = Assert.Throws<StepFailedException>(circuit.Step);
        Assert.Equal("step 1 failed (Map): division by zero: 5 / 0", e.Message);
        Assert.Null(e.View);
    }

    [Fact]
    public void Weight_overflow_in_an_operator_fails_the_step()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("t");
        b.SetContext("v", "p.sql:1:1");
        var o = b.Output("v", b.Integrate(x.Stream, "i"));
        var circuit = b.Build();
        x.Push(1, long.MaxValue);
        circuit.Step();
        x.Push(1, 1);
        var e = Assert.Throws<StepFailedException>(circuit.Step);
        Assert.Equal("Integrate", e.OperatorKind);
        Assert.IsType<OverflowException>(e.InnerException);
        AssertZ.Equal(Z.I((1, long.MaxValue)), o.Delta);
    }

    [Fact]
    public void Inputs_are_buffered_and_consolidated_per_step()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("t");
        var o = b.Output("v", x.Stream);
        var circuit = b.Build();
        x.Insert(3);
        x.Insert(1);
        x.Insert(3);
        x.Delete(1);
        x.Push(5, 0);
        x.Push(7, -2);
        Assert.Equal(5, x.PendingCount);
        circuit.Step();
        AssertZ.Equal(Z.I((3, 2), (7, -2)), o.Delta);
        Assert.Equal(0, x.PendingCount);
        circuit.Step();
        AssertZ.Equal(Z.I(), o.Delta);
        x.PushRange(new[] { new ZEntry<I64>(1, 1), new ZEntry<I64>(1, 1) });
        circuit.Step();
        AssertZ.Equal(Z.I((1, 2)), o.Delta);
    }

    [Fact]
    public void Untyped_handles_are_found_by_exact_name()
    {
        var b = new CircuitBuilder();
        var t = b.Input<Pair>("Orders");
        // Names are identities (the SQL layer folds unquoted names), so ones that differ in case are distinct.
        var other = b.Input<Pair>("ORDERS");
        b.Output("Big", b.Filter<Pair, BigB>(t.Stream));
        var circuit = b.Build();
        Assert.Same(other, circuit.Inputs["ORDERS"]);
        Assert.False(circuit.Inputs.ContainsKey("orders"));
        IInputHandle input = circuit.Inputs["Orders"];
        Assert.Same(t, input);
        Assert.Equal(2, input.Arity);
        Assert.Equal(typeof(Pair), input.RowType);
        input.Push(new object?[] { 1L, 500L }, 2);
        input.Insert(new object?[] { 2L, 5L });
        input.Delete(new object?[] { 3L, 700L });
        Assert.Throws<ArgumentException>(() => input.Push(new object?[] { 1L }, 1));
        circuit.Step();
        Assert.False(circuit.Outputs.ContainsKey("big"));
        var output = circuit.Outputs["Big"];
        Assert.Equal("Big", output.Name);
        Assert.Equal(2, output.Arity);
        var rows = output.ReadDelta();
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { 1L, 500L }, rows[0].Row);
        Assert.Equal(2, rows[0].Weight);
        Assert.Equal(new object?[] { 3L, 700L }, rows[1].Row);
        Assert.Equal(-1, rows[1].Weight);
        Assert.False(circuit.Inputs.ContainsKey("nope"));
    }

    private struct BigB : IFilterFunction<Pair>
    {
        public static bool Keep(in Pair row) => row.B >= 100;
    }

    [Fact]
    public void Builder_validates()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("t");
        Assert.Throws<ArgumentException>(() => b.Input<I64>("t"));
        b.Integrate(x.Stream, "same");
        Assert.Throws<ArgumentException>(() => b.Delay(x.Stream, "same"));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.TopK<I64, I64, Desc>(b.Index<I64, I64, I64, ByParity>(x.Stream), 1, -1));
        var other = new CircuitBuilder().Input<I64>("u");
        Assert.Throws<ArgumentException>(() => b.Map<I64, I64, AddOne>(other.Stream));
        b.Output("o", x.Stream);
        Assert.Throws<ArgumentException>(() => b.Output("o", x.Stream));
        b.Build();
        Assert.Throws<InvalidOperationException>(() => b.Build());
        Assert.Throws<InvalidOperationException>(() => b.Map<I64, I64, AddOne>(x.Stream));
    }

    [Fact]
    public void Shared_streams_feed_several_operators()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("t");
        var plus = b.Map<I64, I64, AddOne>(x.Stream);
        var both = b.Output("both", b.Sum(plus, x.Stream, b.Negate(plus)));
        var circuit = b.Build();
        x.Insert(4);
        circuit.Step();
        AssertZ.Equal(Z.I((4, 1)), both.Delta);
        Assert.Equal(4, circuit.OperatorCount);
    }

    [Fact]
    public async Task Producer_thread_and_step_thread()
    {
        var b = new CircuitBuilder();
        var x = b.Input<I64>("t");
        var total = b.Output("total", b.Integrate(x.Stream, "i"));
        var circuit = b.Build();
        const int n = 200_000;
        var producer = Task.Run(() =>
        {
            for (int i = 0; i < n; i++) x.Insert(i % 100);
        });
        while (!producer.IsCompleted) circuit.Step();
        await producer;
        circuit.Step();
        Assert.Equal(n, total.Delta.TotalWeight);
        Assert.Equal(100, total.Delta.Count);
    }
}
