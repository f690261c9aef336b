using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// SQL three-valued logic: <see langword="null"/> is UNKNOWN. <c>FALSE AND x</c> is FALSE and <c>TRUE OR x</c> is TRUE
/// even when x is UNKNOWN. Note that a method call evaluates both arguments; code that must not evaluate the right
/// side (to avoid a runtime error the left side guards against) should short-circuit inline, e.g.
/// <c>a == false ? false : SqlLogic.And(a, b)</c>.
/// </summary>
public static class SqlLogic
{
    /// <summary>Three-valued <c>a AND b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? And(bool? a, bool? b) =>
        a == false || b == false ? false : a.HasValue && b.HasValue ? true : null;

    /// <summary><c>a AND b</c> on NOT NULL booleans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool And(bool a, bool b) => a & b;

    /// <summary>Three-valued <c>a OR b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Or(bool? a, bool? b) =>
        a == true || b == true ? true : a.HasValue && b.HasValue ? false : null;

    /// <summary><c>a OR b</c> on NOT NULL booleans.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Or(bool a, bool b) => a | b;

    /// <summary>Three-valued <c>NOT a</c> (NOT UNKNOWN is UNKNOWN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool? Not(bool? a) => a.HasValue ? !a.GetValueOrDefault() : null;

    /// <summary><c>NOT a</c> on a NOT NULL boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Not(bool a) => !a;

    /// <summary><c>a IS TRUE</c>: false for FALSE and UNKNOWN. Also how a WHERE clause treats its condition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(bool? a) => a.GetValueOrDefault();

    /// <summary><c>a IS TRUE</c> on a NOT NULL boolean: <paramref name="a"/> itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(bool a) => a;

    /// <summary><c>a IS FALSE</c>: false for TRUE and UNKNOWN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFalse(bool? a) => a == false;

    /// <summary><c>a IS FALSE</c> on a NOT NULL boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFalse(bool a) => !a;

    /// <summary><c>a IS UNKNOWN</c> (same as <c>a IS NULL</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnknown(bool? a) => !a.HasValue;

    /// <summary><c>a IS NOT TRUE</c>: true for FALSE and UNKNOWN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotTrue(bool? a) => a != true;

    /// <summary><c>a IS NOT TRUE</c> on a NOT NULL boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotTrue(bool a) => !a;

    /// <summary><c>a IS NOT FALSE</c>: true for TRUE and UNKNOWN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotFalse(bool? a) => a != false;

    /// <summary><c>a IS NOT FALSE</c> on a NOT NULL boolean.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotFalse(bool a) => a;

    /// <summary><c>a IS NOT UNKNOWN</c> (same as <c>a IS NOT NULL</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNotUnknown(bool? a) => a.HasValue;
}
