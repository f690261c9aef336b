using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Expressions;
using Sql2Dbsp.Compiler.Types;
using static Sql2Dbsp.EndToEnd.Tests.Emit.EmitSamples;

namespace Sql2Dbsp.EndToEnd.Tests.Emit;

/// <summary>How scalar expressions are rendered, checked on the map functor of a one-view program.</summary>
public class EmitExpressionTests
{
    private static readonly Sql2Dbsp.Compiler.Circuit.RowType Input = Row(Int, IntN, BoolN, Bool, TextN, SqlType.Double(true));

    internal static string Functions(params Expr[] columns) =>
        CSharpEmitter.Emit(Projection("P", Input, columns)).Files[1].Text;

    private static string Field(Expr e) => Field(Functions(e));

    private static string Field(string functions)
    {
        const string marker = "F0 = ";
        int at = functions.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, functions);
        int end = functions.IndexOf(",\n", at, StringComparison.Ordinal);
        return functions[(at + marker.Length)..end];
    }

    [Theory]
    [InlineData(SqlTypeKind.TinyInt, 5L, "(sbyte)5")]
    [InlineData(SqlTypeKind.TinyInt, -5L, "(sbyte)(-5)")]
    [InlineData(SqlTypeKind.SmallInt, 300L, "(short)300")]
    [InlineData(SqlTypeKind.Integer, 5L, "5")]
    [InlineData(SqlTypeKind.Integer, -2147483648L, "(-2147483648)")]
    [InlineData(SqlTypeKind.BigInt, 5L, "5L")]
    [InlineData(SqlTypeKind.BigInt, long.MinValue, "(-9223372036854775808L)")]
    [InlineData(SqlTypeKind.Boolean, true, "true")]
    [InlineData(SqlTypeKind.Double, 1.5, "1.5d")]
    [InlineData(SqlTypeKind.Double, 0.1, "0.1d")]
    [InlineData(SqlTypeKind.Double, 1e300, "1E+300d")]
    [InlineData(SqlTypeKind.Double, double.NaN, "double.NaN")]
    [InlineData(SqlTypeKind.Double, double.NegativeInfinity, "double.NegativeInfinity")]
    [InlineData(SqlTypeKind.Real, 1.5, "1.5f")]
    [InlineData(SqlTypeKind.Real, double.PositiveInfinity, "float.PositiveInfinity")]
    [InlineData(SqlTypeKind.Varchar, "it's \"q\"\\\n\u00e9", "\"it's \\\"q\\\"\\\\\\n\\u00E9\"")]
    [InlineData(SqlTypeKind.Date, 19000L, "new SqlDate(19000)")]
    [InlineData(SqlTypeKind.Time, 3600000000000L, "new SqlTime(3600000000000L)")]
    [InlineData(SqlTypeKind.Timestamp, -1L, "new SqlTimestamp((-1L))")]
    [InlineData(SqlTypeKind.IntervalYearMonth, 14L, "new SqlMonthInterval(14)")]
    [InlineData(SqlTypeKind.IntervalDayTime, 86400000000L, "new SqlDayTimeInterval(86400000000L)")]
    public void Literals_have_the_exact_representation_type(SqlTypeKind kind, object value, string expected)
    {
        Assert.Equal(expected, Field(new LiteralExpr(value, new SqlType(kind, false))));
    }

    [Fact]
    public void Decimal_literals_keep_their_scale()
    {
        Assert.Equal("new SqlDecimal(150L, 2)", Field(new LiteralExpr(1.50m, SqlType.Decimal(10, 2))));
        Assert.Equal("new SqlDecimal(-1L, 3)", Field(new LiteralExpr(-0.001m, SqlType.Decimal(10, 3))));
        // Beyond BIGINT: the Int128's two halves (two's complement), exact to 38 digits.
        Assert.Equal("new SqlDecimal(new global::System.Int128(13025733211282029445UL, 17759344522308878337UL), 0)",
            Field(new LiteralExpr(DecimalValue.Parse("99999999999999999999999999999999999999").Negate(), SqlType.Decimal(38, 0))));
        Assert.Equal("new SqlDecimal(new global::System.Int128(5421010862427522170UL, 687399551400673279UL), 5)",
            Field(new LiteralExpr(DecimalValue.Parse("999999999999999999999999999999999.99999"), SqlType.Decimal(38, 5))));
    }

    [Fact]
    public void Nulls_are_typed()
    {
        Assert.Equal("(long?)null", Field(LiteralExpr.Null(LongN)));
        Assert.Equal("(string?)null", Field(LiteralExpr.Null(Text)));
        Assert.Equal("(SqlDate?)null", Field(LiteralExpr.Null(SqlType.Date())));
    }

    [Fact]
    public void Varbinary_literals_are_hoisted_into_static_fields()
    {
        string functions = Functions(new LiteralExpr(new byte[] { 1, 0xAB }, SqlType.Varbinary()), new LiteralExpr(new byte[] { 1, 0xAB }, SqlType.Varbinary()));
        Assert.Contains("public static readonly SqlBinary Bytes0 = new SqlBinary(new byte[] { 0x01, 0xAB });", functions);
        Assert.Contains("F0 = Literals.Bytes0,", functions);
        Assert.Contains("F1 = Literals.Bytes0,", functions);
        Assert.DoesNotContain("Bytes1", functions);
    }

    [Fact]
    public void Nullable_and_or_short_circuit_without_evaluating_the_right_side()
    {
        Assert.Equal("row.F2 switch { false => (bool?)false, var l0 => SqlLogic.And(l0, row.F3) }",
            Field(Call("and", BoolN, Col(2, BoolN), Col(3, Bool))));
        Assert.Equal("row.F3 switch { true => (bool?)true, var l0 => SqlLogic.Or(l0, row.F2) }",
            Field(Call("or", BoolN, Col(3, Bool), Col(2, BoolN))));
        Assert.Equal("row.F3 && row.F3", Field(Call("and", Bool, Col(3, Bool), Col(3, Bool))));
        // Nested: every pattern variable of a functor has its own name.
        Assert.Equal("(row.F2 switch { false => (bool?)false, var l0 => SqlLogic.And(l0, row.F2) }) switch { true => (bool?)true, var l1 => SqlLogic.Or(l1, row.F2) }",
            Field(Call("or", BoolN, Call("and", BoolN, Col(2, BoolN), Col(2, BoolN)), Col(2, BoolN))));
    }

    [Fact]
    public void Null_tests_fold_for_not_null_operands()
    {
        Assert.Equal("row.F1 is null", Field(Call("is_null", Bool, Col(1, IntN))));
        Assert.Equal("row.F4 is not null", Field(Call("is_not_null", Bool, Col(4, TextN))));
        Assert.Equal("false", Field(Call("is_null", Bool, Col(0, Int))));
        Assert.Equal("true", Field(Call("is_not_null", Bool, Col(0, Int))));
    }

    [Fact]
    public void Casts_convert_nullability_in_CSharp_and_values_in_SqlCast()
    {
        Assert.Equal("(int?)row.F0", Field(new CastExpr(Col(0, Int), IntN)));
        Assert.Equal("row.F4", Field(new CastExpr(Col(4, TextN), SqlType.Varchar(nullable: true))));
        Assert.Equal("SqlCast.ToBigInt(row.F1)", Field(new CastExpr(Col(1, IntN), LongN)));
        Assert.Equal("SqlCast.ToDecimal(row.F0, 10, 2)", Field(new CastExpr(Col(0, Int), SqlType.Decimal(10, 2))));
        Assert.Equal("SqlCast.ToVarchar(row.F0, 5)", Field(new CastExpr(Col(0, Int), SqlType.Varchar(length: 5))));
        Assert.Equal("SqlCast.ToChar(row.F0, 3)", Field(new CastExpr(Col(0, Int), SqlType.Char(3, nullable: true))));
        Assert.Equal("(int?)null", Field(new CastExpr(LiteralExpr.Null(SqlType.Null), IntN)));
    }

    [Fact]
    public void Case_is_a_conditional_chain_with_branches_of_the_result_type()
    {
        var e = new CaseExpr(
            [new CaseBranch(Call("gt", BoolN, Col(1, IntN), Lit(0, Int)), Lit(1, Long)), new CaseBranch(Col(3, Bool), Col(1, IntN))],
            LiteralExpr.Null(LongN), LongN);
        Assert.Equal("SqlLogic.IsTrue(SqlComparison.Greater(row.F1, 0)) ? 1L : row.F3 ? SqlCast.ToBigInt(row.F1) : (long?)null", Field(e));
    }

    [Fact]
    public void Functions_call_their_runtime_target()
    {
        Assert.Equal("SqlString.Substring(row.F4, 2L, 3L)", Field(Call("substring", TextN, Col(4, TextN), Lit(2, Long), Lit(3, Long))));
        Assert.Equal("SqlMath.Abs(row.F5)", Field(Call("abs", SqlType.Double(true), Col(5, SqlType.Double(true)))));
    }

    [Fact]
    public void Deep_expressions_are_split_into_helper_methods()
    {
        Expr e = Col(1, IntN);
        for (int i = 0; i < 200; i++) e = Call("add", IntN, e, Lit(i, Int));
        string functions = Functions(e);
        Assert.Contains("private static int? Eval0(in Row0 row) =>", functions);
        Assert.Contains("Eval7(row)", functions);
        int maxDepth = functions.Split('\n').Max(line => line.Count(c => c == '('));
        Assert.True(maxDepth <= CSharpEmitter.MaxInlineHeight + 2, $"deepest line nests {maxDepth} calls");
    }
}
