using A = Sql2Dbsp.Compiler.Expressions.ArgKind;
using R = Sql2Dbsp.Compiler.Expressions.ResultKind;

namespace Sql2Dbsp.Compiler.Expressions;

public static partial class FunctionRegistry
{
    private static IEnumerable<SqlFunction> DateTimeFunctions()
    {
        const FunctionFamily d = FunctionFamily.DateTime;
        yield return Field("YEAR", "YEAR", "`EXTRACT(YEAR FROM x)`.", A.DateOrTimestamp);
        yield return Field("QUARTER", "QUARTER", "`EXTRACT(QUARTER FROM x)`.", A.DateOrTimestamp);
        yield return Field("MONTH", "MONTH", "`EXTRACT(MONTH FROM x)`.", A.DateOrTimestamp);
        yield return Field("WEEK", "WEEK", "`EXTRACT(WEEK FROM x)`: the ISO 8601 week, 1 to 53.", A.DateOrTimestamp);
        yield return Field("DAYOFMONTH", "DAY", "`EXTRACT(DAY FROM x)`.", A.DateOrTimestamp);
        yield return Field("DAYOFWEEK", "DAYOFWEEK", "The day of the week, Sunday 1 to Saturday 7 (as Feldera; `EXTRACT(DOW FROM x)` is PostgreSQL's 0 to 6).", A.DateOrTimestamp);
        yield return Field("DAYOFYEAR", "DOY", "`EXTRACT(DOY FROM x)`.", A.DateOrTimestamp);
        yield return Field("HOUR", "HOUR", "`EXTRACT(HOUR FROM x)` (0 for a DATE).", A.Temporal);
        yield return Field("MINUTE", "MINUTE", "`EXTRACT(MINUTE FROM x)` (0 for a DATE).", A.Temporal);
        yield return Field("SECOND", "SECOND", "`EXTRACT(SECOND FROM x)`, with the fraction of a second (0 for a DATE).", A.Temporal);
        yield return F("LAST_DAY", d, "SqlDateTime.LastDay", "The last day of the month of the date.", S(R.Date, A.DateOrTimestamp));
        yield return new SqlFunction("NOW", d, [S(R.Special)],
            "The time at which the step runs (TIMESTAMP); also `CURRENT_TIMESTAMP`, `LOCALTIMESTAMP`, `CURRENT_DATE` (DATE), `CURRENT_TIME` and `LOCALTIME` (TIME), with or without `()`. Views that use it are re-evaluated as time passes.",
            Nulls: NullRule.Special, Special: SpecialForm.Clock, Aliases: ["CURRENT_TIMESTAMP", "LOCALTIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME"]);

        yield return Streaming("TUMBLE", "In GROUP BY: the start of the tumbling window of `ts` (`TUMBLE(ts, size [, offset])`, constant size and offset); the same call in the select list reads the group key.", 2, 3);
        yield return Streaming("TUMBLE_START", "The start of the tumbling window of `ts`: `TUMBLE_START(ts, size [, offset])`.", 2, 3);
        yield return Streaming("TUMBLE_END", "The end of the tumbling window of `ts` (its start + size): `TUMBLE_END(ts, size [, offset])`.", 2, 3);
        yield return Streaming("FORMAT_TIMESTAMP", "`FORMAT_TIMESTAMP(format, ts)`: the timestamp as text, with strftime-style `%` codes as Feldera documents them.", 2);
        yield return Streaming("FORMAT_DATE", "`FORMAT_DATE(format, date)`: as FORMAT_TIMESTAMP, for a DATE.", 2);
        yield return Streaming("FORMAT_TIME", "`FORMAT_TIME(format, time)`: as FORMAT_TIMESTAMP, for a TIME.", 2);

        SqlFunction Streaming(string name, string doc, params int[] arities) =>
            new(name, d, [.. arities.Select(n => S(R.Special, [.. Enumerable.Repeat(A.Any, n)]))], doc, Special: SpecialForm.Streaming);

        SqlFunction Field(string name, string field, string doc, A arg) =>
            new(name, d, [S(field == "SECOND" ? R.Special : R.BigInt, arg)], doc, Special: SpecialForm.Extract, ExtractField: field);
    }
}
