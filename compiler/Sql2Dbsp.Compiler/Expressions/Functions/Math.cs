using A = Sql2Dbsp.Compiler.Expressions.ArgKind;
using R = Sql2Dbsp.Compiler.Expressions.ResultKind;

namespace Sql2Dbsp.Compiler.Expressions;

public static partial class FunctionRegistry
{
    private static IEnumerable<SqlFunction> MathFunctions()
    {
        const FunctionFamily m = FunctionFamily.Math;
        yield return F("ABS", m, "SqlMath.Abs", "Absolute value (the most negative integer overflows).", S(R.SameAsFirst, A.Numeric));
        yield return F("SIGN", m, "SqlMath.Sign", "-1, 0 or 1 by the sign of the argument.", S(R.SameAsFirst, A.Numeric));
        yield return new SqlFunction("MOD", m, [S(R.SameAsFirst, A.Numeric, A.Numeric)], "The remainder of `a / b` (the `%` operator; the sign of `a`).", Special: SpecialForm.Mod);
        yield return new SqlFunction("ROUND", m, [S(R.SameAsFirst, A.Numeric), S(R.SameAsFirst, A.Numeric, A.Integer)],
            "Rounded to `digits` decimal places (default 0; negative rounds to tens, hundreds, ...), half away from zero.", "SqlMath.Round", Special: SpecialForm.IntegerIdentity);
        yield return new SqlFunction("TRUNCATE", m, [S(R.SameAsFirst, A.Numeric), S(R.SameAsFirst, A.Numeric, A.Integer)],
            "Truncated toward zero to `digits` decimal places (default 0).", "SqlMath.Truncate", Special: SpecialForm.IntegerIdentity, Aliases: ["TRUNC"]);
        yield return new SqlFunction("FLOOR", m, [S(R.SameAsFirst, A.Numeric)], "The largest integral value not greater than the argument (DECIMAL(p, s) gives DECIMAL(p, 0)).",
            "SqlMath.Floor", Special: SpecialForm.FloorCeil);
        yield return new SqlFunction("CEIL", m, [S(R.SameAsFirst, A.Numeric)], "The smallest integral value not less than the argument (DECIMAL(p, s) gives DECIMAL(p, 0)).",
            "SqlMath.Ceil", Special: SpecialForm.FloorCeil, Aliases: ["CEILING"]);
        yield return F("POWER", m, "SqlMath.Power", "`x` raised to the power `y`.", S(R.Double, A.Double, A.Double)) with { Aliases = ["POW"] };
        yield return F("SQRT", m, "SqlMath.Sqrt", "Square root (negative arguments are an error).", S(R.Double, A.Double));
        yield return F("CBRT", m, "SqlMath.Cbrt", "Cube root.", S(R.Double, A.Double));
        yield return F("EXP", m, "SqlMath.Exp", "e raised to the argument.", S(R.Double, A.Double));
        yield return F("LN", m, "SqlMath.Ln", "Natural logarithm (zero and negative arguments are an error).", S(R.Double, A.Double));
        yield return F("LOG10", m, "SqlMath.Log10", "Base-10 logarithm.", S(R.Double, A.Double));
        yield return F("PI", m, "SqlMath.Pi", "π.", S(R.Double));
        yield return F("SIN", m, "SqlMath.Sin", "Sine (radians).", S(R.Double, A.Double));
        yield return F("COS", m, "SqlMath.Cos", "Cosine (radians).", S(R.Double, A.Double));
        yield return F("TAN", m, "SqlMath.Tan", "Tangent (radians).", S(R.Double, A.Double));
        yield return F("COT", m, "SqlMath.Cot", "Cotangent (radians).", S(R.Double, A.Double));
        yield return F("ASIN", m, "SqlMath.Asin", "Arc sine, in radians (outside [-1, 1] is an error).", S(R.Double, A.Double));
        yield return F("ACOS", m, "SqlMath.Acos", "Arc cosine, in radians (outside [-1, 1] is an error).", S(R.Double, A.Double));
        yield return F("ATAN", m, "SqlMath.Atan", "Arc tangent, in radians.", S(R.Double, A.Double));
        yield return F("ATAN2", m, "SqlMath.Atan2", "Arc tangent of `y / x`, in radians, in the quadrant of (x, y).", S(R.Double, A.Double, A.Double));
        yield return F("SINH", m, "SqlMath.Sinh", "Hyperbolic sine.", S(R.Double, A.Double));
        yield return F("COSH", m, "SqlMath.Cosh", "Hyperbolic cosine.", S(R.Double, A.Double));
        yield return F("TANH", m, "SqlMath.Tanh", "Hyperbolic tangent.", S(R.Double, A.Double));
        yield return F("DEGREES", m, "SqlMath.Degrees", "Radians to degrees.", S(R.Double, A.Double));
        yield return F("RADIANS", m, "SqlMath.Radians", "Degrees to radians.", S(R.Double, A.Double));
        yield return F("IS_NAN", m, "SqlMath.IsNaN", "Whether the value is NaN.", S(R.Boolean, A.Double));
        yield return F("IS_INF", m, "SqlMath.IsInf", "Whether the value is +∞ or -∞.", S(R.Boolean, A.Double));
    }
}
