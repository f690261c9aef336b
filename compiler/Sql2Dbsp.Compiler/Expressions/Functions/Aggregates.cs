using Sql2Dbsp.Compiler.Circuit;

namespace Sql2Dbsp.Compiler.Expressions;

public static partial class FunctionRegistry
{
    private static IEnumerable<SqlAggregate> AggregateFunctions()
    {
        yield return new("COUNT", AggregateKind.Count, "COUNT(*), COUNT([DISTINCT] value)", "The number of rows (`*`) or of non-NULL values (BIGINT, never NULL).");
        yield return new("SUM", AggregateKind.Sum, "SUM([DISTINCT] numeric)", "The sum: BIGINT for integers, DECIMAL of the largest precision and the same scale for DECIMAL, DOUBLE for REAL/DOUBLE; NULL when there is no non-NULL value.");
        yield return new("AVG", AggregateKind.Avg, "AVG([DISTINCT] numeric)", "The mean: DECIMAL of the largest precision and scale max(s, 6) for exact types, DOUBLE for REAL/DOUBLE.");
        yield return new("MIN", AggregateKind.Min, "MIN(value)", "The smallest non-NULL value (any ordered type).");
        yield return new("MAX", AggregateKind.Max, "MAX(value)", "The largest non-NULL value (any ordered type).");
        yield return new("ARG_MIN", AggregateKind.ArgMin, "ARG_MIN(value, compared)",
            "`value` of a row with the smallest non-NULL `compared` (the first such row in the group's order when tied); NULL when no `compared` is non-NULL.", Arity: 2);
        yield return new("ARG_MAX", AggregateKind.ArgMax, "ARG_MAX(value, compared)",
            "`value` of a row with the largest non-NULL `compared` (the first such row in the group's order when tied); NULL when no `compared` is non-NULL.", Arity: 2);
        yield return new("EVERY", AggregateKind.Every, "EVERY(boolean)", "TRUE when every non-NULL value is TRUE; NULL when there is none.", Aliases: ["BOOL_AND", "LOGICAL_AND"]);
        yield return new("SOME", AggregateKind.Some, "SOME(boolean)", "TRUE when some value is TRUE; NULL when there is no non-NULL value.", Aliases: ["BOOL_OR", "LOGICAL_OR"]);
        yield return new("BIT_AND", AggregateKind.BitAnd, "BIT_AND(integer)", "Bitwise AND of the non-NULL values (the argument's type); NULL when there is none.");
        yield return new("BIT_OR", AggregateKind.BitOr, "BIT_OR(integer)", "Bitwise OR of the non-NULL values (the argument's type); NULL when there is none.");
        yield return new("BIT_XOR", AggregateKind.BitXor, "BIT_XOR([DISTINCT] integer)", "Bitwise XOR of the non-NULL values (the argument's type); NULL when there is none.");
        yield return new("VAR_POP", AggregateKind.VarPop, "VAR_POP([DISTINCT] numeric)", "Population variance (DOUBLE); NULL when there is no non-NULL value.");
        yield return new("VAR_SAMP", AggregateKind.VarSamp, "VAR_SAMP([DISTINCT] numeric)", "Sample variance (DOUBLE); NULL with fewer than two non-NULL values.", Aliases: ["VARIANCE"]);
        yield return new("STDDEV_POP", AggregateKind.StddevPop, "STDDEV_POP([DISTINCT] numeric)", "Population standard deviation (DOUBLE); NULL when there is no non-NULL value.");
        yield return new("STDDEV_SAMP", AggregateKind.StddevSamp, "STDDEV_SAMP([DISTINCT] numeric)", "Sample standard deviation (DOUBLE); NULL with fewer than two non-NULL values.", Aliases: ["STDDEV"]);
    }
}
