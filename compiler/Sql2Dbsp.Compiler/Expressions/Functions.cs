namespace Sql2Dbsp.Compiler.Expressions;

/// <summary>How the emitter renders a scalar function.</summary>
public enum EmitStyle
{
    /// <summary><c>Class.Method(args...)</c> in the SQL runtime library.</summary>
    Call,
    /// <summary>Three-valued AND/OR rendered with short-circuit evaluation so the right side is not evaluated when the left decides.</summary>
    ShortCircuit,
    /// <summary>NULL test rendered inline.</summary>
    NullTest,
}

/// <summary>One scalar function of the IR: its canonical name (the <see cref="CallExpr.Function"/> key) and its C# target.</summary>
/// <remarks>
/// A function with <see cref="DecimalResult"/> rounds a DECIMAL result itself: the emitter appends the result's precision
/// and scale as two more arguments, so that the exact value is rounded once (half away from zero) and range-checked.
/// </remarks>
public sealed record ScalarFunction(string Name, string Target, EmitStyle Style = EmitStyle.Call, bool DecimalResult = false);

/// <summary>
/// The IR functions of operators and syntax forms (arithmetic, comparison, logic, LIKE, TRIM, EXTRACT, ...). The
/// functions a program calls by name are in <see cref="FunctionRegistry"/>, whose entries carry their own
/// <see cref="ScalarFunction"/>; <see cref="Get"/> finds both. The emitter renders <see cref="ScalarFunction.Target"/>
/// with the arguments in order (C# overload resolution picks the implementation for the argument types).
/// </summary>
public static class Functions
{
    private static readonly Dictionary<string, ScalarFunction> ByName = new(StringComparer.Ordinal);

    public static readonly ScalarFunction Add = Define("add", "SqlArithmetic.Add", decimalResult: true);
    public static readonly ScalarFunction Subtract = Define("subtract", "SqlArithmetic.Subtract", decimalResult: true);
    public static readonly ScalarFunction Multiply = Define("multiply", "SqlArithmetic.Multiply", decimalResult: true);
    public static readonly ScalarFunction Divide = Define("divide", "SqlArithmetic.Divide", decimalResult: true);
    public static readonly ScalarFunction Modulo = Define("modulo", "SqlArithmetic.Modulo", decimalResult: true);
    public static readonly ScalarFunction Negate = Define("negate", "SqlArithmetic.Negate");

    public static readonly ScalarFunction Equal = Define("eq", "SqlComparison.Equal");
    public static readonly ScalarFunction NotEqual = Define("ne", "SqlComparison.NotEqual");
    public static readonly ScalarFunction Less = Define("lt", "SqlComparison.Less");
    public static readonly ScalarFunction LessOrEqual = Define("le", "SqlComparison.LessOrEqual");
    public static readonly ScalarFunction Greater = Define("gt", "SqlComparison.Greater");
    public static readonly ScalarFunction GreaterOrEqual = Define("ge", "SqlComparison.GreaterOrEqual");
    public static readonly ScalarFunction IsDistinctFrom = Define("is_distinct_from", "SqlComparison.IsDistinctFrom");
    public static readonly ScalarFunction IsNotDistinctFrom = Define("is_not_distinct_from", "SqlComparison.IsNotDistinctFrom");

    public static readonly ScalarFunction And = Define("and", "SqlLogic.And", EmitStyle.ShortCircuit);
    public static readonly ScalarFunction Or = Define("or", "SqlLogic.Or", EmitStyle.ShortCircuit);
    public static readonly ScalarFunction Not = Define("not", "SqlLogic.Not");
    public static readonly ScalarFunction IsTrue = Define("is_true", "SqlLogic.IsTrue");
    public static readonly ScalarFunction IsFalse = Define("is_false", "SqlLogic.IsFalse");
    public static readonly ScalarFunction IsNotTrue = Define("is_not_true", "SqlLogic.IsNotTrue");
    public static readonly ScalarFunction IsNotFalse = Define("is_not_false", "SqlLogic.IsNotFalse");
    public static readonly ScalarFunction IsNull = Define("is_null", "", EmitStyle.NullTest);
    public static readonly ScalarFunction IsNotNull = Define("is_not_null", "", EmitStyle.NullTest);

    public static readonly ScalarFunction Concat = Define("concat", "SqlString.Concat");
    public static readonly ScalarFunction Like = Define("like", "SqlString.Like");
    public static readonly ScalarFunction ILike = Define("ilike", "SqlString.ILike");
    /// <summary>trim(leading: BOOLEAN literal, trailing: BOOLEAN literal, chars: VARCHAR (NULL = blanks), s).</summary>
    public static readonly ScalarFunction Trim = Define("trim", "SqlString.Trim");
    public static readonly ScalarFunction ConcatAll = Define("concat_all", "SqlString.ConcatFunction");
    /// <summary>pad_char(s: CHAR, length: INTEGER literal): the CHAR value with its trailing blanks (LIKE and CONCAT see them).</summary>
    public static readonly ScalarFunction PadChar = Define("pad_char", "SqlString.PadChar");
    /// <summary>trim_padding(s: VARCHAR or CHAR without length): the value without trailing blanks, as bpchar comparisons and casts see it.</summary>
    public static readonly ScalarFunction TrimPadding = Define("trim_padding", "SqlString.TrimPadding");


    public static readonly ScalarFunction ExtractYear = Define("extract_year", "SqlDateTime.ExtractYear");
    public static readonly ScalarFunction ExtractQuarter = Define("extract_quarter", "SqlDateTime.ExtractQuarter");
    public static readonly ScalarFunction ExtractMonth = Define("extract_month", "SqlDateTime.ExtractMonth");
    public static readonly ScalarFunction ExtractWeek = Define("extract_week", "SqlDateTime.ExtractWeek");
    public static readonly ScalarFunction ExtractDay = Define("extract_day", "SqlDateTime.ExtractDay");
    public static readonly ScalarFunction ExtractDayOfWeek = Define("extract_dow", "SqlDateTime.ExtractDayOfWeek");
    public static readonly ScalarFunction ExtractDayOfYear = Define("extract_doy", "SqlDateTime.ExtractDayOfYear");
    public static readonly ScalarFunction ExtractHour = Define("extract_hour", "SqlDateTime.ExtractHour");
    public static readonly ScalarFunction ExtractMinute = Define("extract_minute", "SqlDateTime.ExtractMinute");
    public static readonly ScalarFunction ExtractSecond = Define("extract_second", "SqlDateTime.ExtractSecond");
    public static readonly ScalarFunction ExtractEpoch = Define("extract_epoch", "SqlDateTime.ExtractEpoch");

    /// <summary>tumble_start(ts, size, offset): the start of the window of length size aligned at offset that holds ts (TUMBLE, HOP).</summary>
    public static readonly ScalarFunction TumbleStart = Define("tumble_start", "SqlDateTime.TumbleStart");
    /// <summary>format_datetime(format, value): FORMAT_TIMESTAMP, FORMAT_DATE and FORMAT_TIME with strftime specifiers.</summary>
    public static readonly ScalarFunction FormatDateTime = Define("format_datetime", "SqlDateTime.Format");

    /// <summary>single_value(row count, value): a scalar subquery's value; more than one row is a runtime error.</summary>
    public static readonly ScalarFunction SingleValue = Define("single_value", "SqlValue.SingleValue");

    public static ScalarFunction Get(string name) =>
        ByName.TryGetValue(name, out var f) ? f
        : FunctionRegistry.FindRuntime(name) ?? throw new Diagnostics.InternalCompilerError($"unknown IR function '{name}'");

    public static IEnumerable<ScalarFunction> All =>
        ByName.Values.Concat(FunctionRegistry.Scalars.Select(f => f.Runtime).OfType<ScalarFunction>());

    private static ScalarFunction Define(string name, string target, EmitStyle style = EmitStyle.Call, bool decimalResult = false)
    {
        var f = new ScalarFunction(name, target, style, decimalResult);
        ByName.Add(name, f);
        return f;
    }
}
