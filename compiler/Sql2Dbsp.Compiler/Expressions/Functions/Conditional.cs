using A = Sql2Dbsp.Compiler.Expressions.ArgKind;
using R = Sql2Dbsp.Compiler.Expressions.ResultKind;

namespace Sql2Dbsp.Compiler.Expressions;

public static partial class FunctionRegistry
{
    private static IEnumerable<SqlFunction> ConditionalFunctions()
    {
        const FunctionFamily c = FunctionFamily.Conditional;
        yield return new SqlFunction("COALESCE", c, [S(R.CommonOfAll, A.Any)], "The first non-NULL argument (any number, at least one); NULL when all are.",
            Nulls: NullRule.Special, Special: SpecialForm.Coalesce);
        yield return new SqlFunction("NULLIF", c, [S(R.SameAsFirst, A.Any, A.Any)], "NULL when `a = b`, else `a`.",
            Nulls: NullRule.Special, Special: SpecialForm.NullIf);
    }
}
