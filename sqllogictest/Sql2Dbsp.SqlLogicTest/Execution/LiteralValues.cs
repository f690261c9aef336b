using System.Globalization;
using Sql2Dbsp.Compiler.Syntax;
using Sql2Dbsp.Runtime.Sql;

namespace Sql2Dbsp.SqlLogicTest.Execution;

/// <summary>
/// Turns the literal expressions of <c>INSERT ... VALUES</c> (numbers, strings, NULL, TRUE/FALSE, with unary signs)
/// into CLR values, so the common case of literal rows needs no compiled program. Anything else is not a literal
/// here and is evaluated by the engine instead.
/// </summary>
internal static class LiteralValues
{
    /// <summary>The value of <paramref name="expression"/> when it is a plain literal.</summary>
    public static bool TryGetValue(Expression expression, out object? value)
    {
        switch (expression)
        {
            case NullLiteral:
                value = null;
                return true;
            case StringLiteral s:
                value = s.Value;
                return true;
            case BooleanLiteral b:
                value = b.Value;
                return true;
            case NumericLiteral n:
                return TryNumber(n.Text, out value);
            case UnaryExpression { Operator: UnaryOperator.Plus, Operand: NumericLiteral plus }:
                return TryNumber(plus.Text, out value);
            case UnaryExpression { Operator: UnaryOperator.Minus, Operand: NumericLiteral minus }:
                return TryNumber("-" + minus.Text, out value);
            default:
                value = null;
                return false;
        }
    }

    /// <summary>
    /// Integers as <see cref="long"/> (when they fit), other exact numbers (up to 38 digits) as <see cref="SqlDecimal"/>, and numbers with an
    /// exponent as <see cref="double"/>: the types the binder gives such literals.
    /// </summary>
    private static bool TryNumber(string text, out object? value)
    {
        value = null;
        bool exponent = text.Contains('e', StringComparison.OrdinalIgnoreCase);
        bool fraction = text.Contains('.', StringComparison.Ordinal);
        if (!exponent && !fraction && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
            value = l;
        else if (!exponent && SqlDecimal.TryParse(text, out SqlDecimal d))
            value = d;
        else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double f))
            value = f;
        return value is not null;
    }
}
