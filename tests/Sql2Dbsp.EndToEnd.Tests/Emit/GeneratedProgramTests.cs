using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Runtime.Circuits;
using static Sql2Dbsp.EndToEnd.Tests.Emit.GeneratedPrograms;

namespace Sql2Dbsp.EndToEnd.Tests.Emit;

/// <summary>Emit → Roslyn → load → run: the generated circuits compute the views, incremental and reference alike.</summary>
public class GeneratedProgramTests
{
    private static ICircuitFactory Factory(string sample) => Load(EmitTextTests.Sample(sample));

    [Theory]
    [MemberData(nameof(EmitTextTests.SampleNames), MemberType = typeof(EmitTextTests))]
    public void Samples_compile_without_warnings(string name)
    {
        var compiled = Compile(EmitTextTests.Sample(name));
        Assert.Empty(compiled.Warnings);
        Assert.NotEmpty(compiled.Image);
    }

    [Fact]
    public void Filter_and_map()
    {
        var steps = RunBoth(Factory("FilterMap"), ["v"],
            c =>
            {
                Insert(c, "t", 1, "a");
                Insert(c, "t", 2, "b");
                Insert(c, "t", 3, null);
                Insert(c, "t", 5, "e");
            },
            c => Delete(c, "t", 2, "b"),
            _ => { });
        Assert.Equal(["(3, 'b') x1", "(6, 'e') x1"], steps[0]["v"]);
        Assert.Equal(["(3, 'b') x-1"], steps[1]["v"]);
        Assert.Empty(steps[2]["v"]);
    }

    [Fact]
    public void Aggregate_with_min()
    {
        var steps = RunBoth(Factory("Aggregate"), ["v"],
            c =>
            {
                Insert(c, "t", 1, 10L);
                Insert(c, "t", 1, null);
                Insert(c, "t", 1, 5L);
                Insert(c, "t", 2, null);
            },
            c => Delete(c, "t", 1, 5L),
            c => Delete(c, "t", 2, null));
        Assert.Equal(["(1, 3, 15, 5) x1", "(2, 1, NULL, NULL) x1"], steps[0]["v"]);
        Assert.Equal(["(1, 2, 10, 10) x1", "(1, 3, 15, 5) x-1"], steps[1]["v"]);
        Assert.Equal(["(2, 1, NULL, NULL) x-1"], steps[2]["v"]);
    }

    [Fact]
    public void Linear_aggregate_with_avg()
    {
        var steps = RunBoth(Factory("LinearAggregate"), ["v"],
            c =>
            {
                Insert(c, "t", 1, 10L);
                Insert(c, "t", 1, null);
                Insert(c, "t", 1, 5L);
            },
            c => Delete(c, "t", 1, 10L));
        Assert.Equal(["(1, 3, 15, 7.50) x1"], steps[0]["v"]);
        Assert.Equal(["(1, 2, 5, 5.00) x1", "(1, 3, 15, 7.50) x-1"], steps[1]["v"]);
    }

    [Fact]
    public void Join_with_residual_condition()
    {
        var steps = RunBoth(Factory("Join"), ["v"],
            c =>
            {
                Insert(c, "l", 1, "x");
                Insert(c, "l", 1, "y");
                Insert(c, "l", 2, "z");
                Insert(c, "r", 1, "x");
                Insert(c, "r", 1, "w");
                Insert(c, "r", 3, "q");
            },
            c => Insert(c, "r", 2, "zz"),
            c => Delete(c, "l", 1, "y"));
        Assert.Equal(["(1, 'x', 'w') x1", "(1, 'y', 'w') x1", "(1, 'y', 'x') x1"], steps[0]["v"]);
        Assert.Equal(["(2, 'z', 'zz') x1"], steps[1]["v"]);
        Assert.Equal(["(1, 'y', 'w') x-1", "(1, 'y', 'x') x-1"], steps[2]["v"]);
    }

    [Fact]
    public void Distinct()
    {
        var steps = RunBoth(Factory("Distinct"), ["v"],
            c =>
            {
                Insert(c, "t", 1, "a");
                Insert(c, "t", 2, "a");
                Insert(c, "t", 3, null);
            },
            c => Delete(c, "t", 1, "a"),
            c => Delete(c, "t", 2, "a"));
        Assert.Equal(["('a') x1", "(NULL) x1"], steps[0]["v"]);
        Assert.Empty(steps[1]["v"]);
        Assert.Equal(["('a') x-1"], steps[2]["v"]);
    }

    [Fact]
    public void Top_k_per_group_and_global()
    {
        var steps = RunBoth(Factory("TopK"), ["v", "w"],
            c =>
            {
                Insert(c, "t", 1, 5, "a");
                Insert(c, "t", 1, null, "b");
                Insert(c, "t", 1, 7, "c");
                Insert(c, "t", 1, 5, "d");
                Insert(c, "t", 2, null, "e");
            },
            c => Delete(c, "t", 1, 7, "c"));
        Assert.Equal(["(1, 5, 'a') x1", "(1, 7, 'c') x1", "(2, NULL, 'e') x1"], steps[0]["v"]);
        Assert.Equal(["(1, 5, 'a') x1", "(1, 5, 'd') x1", "(1, 7, 'c') x1"], steps[0]["w"]);
        Assert.Equal(["(1, 5, 'd') x1", "(1, 7, 'c') x-1"], steps[1]["v"]);
        Assert.Equal(["(1, 7, 'c') x-1", "(1, NULL, 'b') x1"], steps[1]["w"]);
    }

    [Fact]
    public void Constant_view()
    {
        var steps = RunBoth(Factory("Constant"), ["v"], _ => { }, _ => { });
        Assert.Equal(["(1, 'one') x1", "(2, NULL) x2"], steps[0]["v"]);
        Assert.Empty(steps[1]["v"]);
    }

    [Fact]
    public void Ten_view_program_runs()
    {
        var steps = RunBoth(Load(EmitSamples.TenViews("TenViews")), EmitSamples.TenViewNames,
            c =>
            {
                for (int i = 0; i < 20; i++)
                {
                    Insert(c, "t", i % 7, i % 3 == 0 ? null : "s" + (i % 5));
                    Insert(c, "u", i % 5, i % 4 == 0 ? null : (long)i);
                }
            },
            c =>
            {
                Delete(c, "t", 3, "s3");
                Delete(c, "u", 1, 5L);
            },
            c =>
            {
                for (int i = 0; i < 20; i += 2) Delete(c, "t", i % 7, i % 3 == 0 ? null : "s" + (i % 5));
            });
        Assert.NotEmpty(steps[0]["v0"]);
    }

    [Fact]
    public void Deep_expression_compiles_and_evaluates()
    {
        Sql2Dbsp.Compiler.Expressions.Expr e = EmitSamples.Col(0, EmitSamples.Long);
        for (int i = 0; i < 500; i++) e = EmitSamples.Call("add", EmitSamples.Long, e, EmitSamples.Lit(1, EmitSamples.Long));
        var factory = Load(EmitSamples.Projection("Deep", EmitSamples.Row(EmitSamples.Long), e));
        var circuit = factory.BuildIncremental();
        Insert(circuit, "t", 1L);
        circuit.Step();
        Assert.Equal(["(501) x1"], Read(circuit, "v"));
    }

    [Fact]
    public void Runtime_errors_name_the_view_and_location()
    {
        var e = EmitSamples.Call("divide", EmitSamples.Long, EmitSamples.Col(0, EmitSamples.Long), EmitSamples.Lit(0, EmitSamples.Long));
        var circuit = Load(EmitSamples.Projection("DivideByZero", EmitSamples.Row(EmitSamples.Long), e)).BuildIncremental();
        Insert(circuit, "t", 1L);
        var failure = Assert.Throws<StepFailedException>(circuit.Step);
        Assert.Equal("v", failure.View);
        Assert.Equal("q.sql:1:1", failure.Location);
    }

    [Fact]
    public void Three_valued_logic_and_case()
    {
        var a = EmitSamples.Col(0, EmitSamples.BoolN);
        var b = EmitSamples.Col(1, EmitSamples.BoolN);
        var caseExpr = new Sql2Dbsp.Compiler.Expressions.CaseExpr(
            [new(a, EmitSamples.Lit(1, EmitSamples.Int)), new(b, EmitSamples.Lit(2, EmitSamples.Int))],
            Sql2Dbsp.Compiler.Expressions.LiteralExpr.Null(EmitSamples.IntN), EmitSamples.IntN);
        var request = EmitSamples.Projection("Logic", EmitSamples.Row(EmitSamples.BoolN, EmitSamples.BoolN),
            a, b,
            EmitSamples.Call("and", EmitSamples.BoolN, a, b),
            EmitSamples.Call("or", EmitSamples.BoolN, a, b),
            EmitSamples.Call("not", EmitSamples.BoolN, a),
            EmitSamples.Call("is_null", EmitSamples.Bool, a),
            caseExpr);
        var circuit = Load(request).BuildIncremental();
        bool?[] values = [null, true, false];
        foreach (var x in values)
            foreach (var y in values)
                Insert(circuit, "t", x, y);
        circuit.Step();
        Assert.Equal(
        [
            "(False, False, False, False, True, False, NULL) x1",
            "(False, NULL, False, NULL, True, False, NULL) x1",
            "(False, True, False, True, True, False, 2) x1",
            "(NULL, False, False, NULL, NULL, True, NULL) x1",
            "(NULL, NULL, NULL, NULL, NULL, True, NULL) x1",
            "(NULL, True, NULL, True, NULL, True, 2) x1",
            "(True, False, False, True, False, False, 1) x1",
            "(True, NULL, NULL, True, False, False, 1) x1",
            "(True, True, True, True, False, False, 1) x1",
        ], Read(circuit, "v"));
    }

    [Fact]
    public void Literals_of_every_type_compile_and_convert()
    {
        Sql2Dbsp.Compiler.Expressions.Expr L(object v, Sql2Dbsp.Compiler.Types.SqlTypeKind kind, int precision = -1, int scale = 0) =>
            new Sql2Dbsp.Compiler.Expressions.LiteralExpr(v, new(kind, false, precision, scale));
        var request = EmitSamples.Projection("Literals", EmitSamples.Row(EmitSamples.Int),
            L(true, Sql2Dbsp.Compiler.Types.SqlTypeKind.Boolean),
            L(-5L, Sql2Dbsp.Compiler.Types.SqlTypeKind.TinyInt),
            L(300L, Sql2Dbsp.Compiler.Types.SqlTypeKind.SmallInt),
            L(-7L, Sql2Dbsp.Compiler.Types.SqlTypeKind.Integer),
            L(long.MinValue, Sql2Dbsp.Compiler.Types.SqlTypeKind.BigInt),
            L(Sql2Dbsp.Compiler.Types.DecimalValue.Parse("12345678901234567890123456789012345.678").Negate(), Sql2Dbsp.Compiler.Types.SqlTypeKind.Decimal, 38, 3),
            L(0.25, Sql2Dbsp.Compiler.Types.SqlTypeKind.Real),
            L(double.NegativeInfinity, Sql2Dbsp.Compiler.Types.SqlTypeKind.Double),
            L("a\"b\u00e9", Sql2Dbsp.Compiler.Types.SqlTypeKind.Varchar),
            L("ab", Sql2Dbsp.Compiler.Types.SqlTypeKind.Char, 2),
            L(new byte[] { 1, 255 }, Sql2Dbsp.Compiler.Types.SqlTypeKind.Varbinary),
            L(1L, Sql2Dbsp.Compiler.Types.SqlTypeKind.Date),
            L(3_600_000_000_000L, Sql2Dbsp.Compiler.Types.SqlTypeKind.Time),
            L(1_000_000L, Sql2Dbsp.Compiler.Types.SqlTypeKind.Timestamp),
            L(14L, Sql2Dbsp.Compiler.Types.SqlTypeKind.IntervalYearMonth),
            L(-1L, Sql2Dbsp.Compiler.Types.SqlTypeKind.IntervalDayTime),
            Sql2Dbsp.Compiler.Expressions.LiteralExpr.Null(EmitSamples.Long),
            Sql2Dbsp.Compiler.Expressions.LiteralExpr.Null(new(Sql2Dbsp.Compiler.Types.SqlTypeKind.Date, true)),
            Sql2Dbsp.Compiler.Expressions.LiteralExpr.Null(Sql2Dbsp.Compiler.Types.SqlType.Null));
        var circuit = Load(request).BuildIncremental();
        Insert(circuit, "t", 0);
        circuit.Step();
        var row = Assert.Single(circuit.Outputs["v"].ReadDelta()).Row;
        Assert.Equal(19, row.Length);
        Assert.Equal(true, row[0]);
        Assert.Equal(-5, Convert.ToInt32(row[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(long.MinValue, row[4]);
        Assert.Equal("-12345678901234567890123456789012345.678", Assert.IsType<Sql2Dbsp.Runtime.Sql.SqlDecimal>(row[5]).ToString());
        Assert.Equal(double.NegativeInfinity, row[7]);
        Assert.Equal("a\"b\u00e9", row[8]);
        Assert.Equal("ab", row[9]);
        Assert.Null(row[16]);
        Assert.Null(row[17]);
        Assert.Null(row[18]);
    }
}
