using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <content>Trigonometric and hyperbolic functions (radians), DEGREES/RADIANS, IS_NAN/IS_INF, with nullable forms.</content>
public static partial class SqlMath
{
    /// <summary><c>SIN(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sin(double x) => Math.Sin(x);

    /// <summary><c>COS(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cos(double x) => Math.Cos(x);

    /// <summary><c>TAN(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tan(double x) => Math.Tan(x);

    /// <summary><c>COT(x)</c>: 1 / TAN(x) (∞ at 0, as PostgreSQL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cot(double x) => 1.0 / Math.Tan(x);

    /// <summary><c>ASIN(x)</c>; outside [-1, 1] is an error.</summary>
    public static double Asin(double x) => Math.Asin(CheckUnit(x, "ASIN"));

    /// <summary><c>ACOS(x)</c>; outside [-1, 1] is an error.</summary>
    public static double Acos(double x) => Math.Acos(CheckUnit(x, "ACOS"));

    /// <summary><c>ATAN(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Atan(double x) => Math.Atan(x);

    /// <summary><c>ATAN2(y, x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Atan2(double y, double x) => Math.Atan2(y, x);

    /// <summary><c>SINH(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sinh(double x) => Math.Sinh(x);

    /// <summary><c>COSH(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cosh(double x) => Math.Cosh(x);

    /// <summary><c>TANH(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Tanh(double x) => Math.Tanh(x);

    /// <summary><c>DEGREES(x)</c>: radians to degrees.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Degrees(double x) => x * (180.0 / Math.PI);

    /// <summary><c>RADIANS(x)</c>: degrees to radians.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Radians(double x) => x * (Math.PI / 180.0);

    /// <summary><c>IS_NAN(x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNaN(double x) => double.IsNaN(x);

    /// <summary><c>IS_INF(x)</c>: +∞ or -∞.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInf(double x) => double.IsInfinity(x);

    /// <summary>Nullable form of <see cref="Sin(double)"/>.</summary>
    public static double? Sin(double? x) => x.HasValue ? Sin(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Cos(double)"/>.</summary>
    public static double? Cos(double? x) => x.HasValue ? Cos(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Tan(double)"/>.</summary>
    public static double? Tan(double? x) => x.HasValue ? Tan(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Cot(double)"/>.</summary>
    public static double? Cot(double? x) => x.HasValue ? Cot(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Asin(double)"/>.</summary>
    public static double? Asin(double? x) => x.HasValue ? Asin(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Acos(double)"/>.</summary>
    public static double? Acos(double? x) => x.HasValue ? Acos(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Atan(double)"/>.</summary>
    public static double? Atan(double? x) => x.HasValue ? Atan(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Atan2(double, double)"/>.</summary>
    public static double? Atan2(double? y, double? x) => y.HasValue && x.HasValue ? Atan2(y.GetValueOrDefault(), x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Sinh(double)"/>.</summary>
    public static double? Sinh(double? x) => x.HasValue ? Sinh(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Cosh(double)"/>.</summary>
    public static double? Cosh(double? x) => x.HasValue ? Cosh(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Tanh(double)"/>.</summary>
    public static double? Tanh(double? x) => x.HasValue ? Tanh(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Degrees(double)"/>.</summary>
    public static double? Degrees(double? x) => x.HasValue ? Degrees(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="Radians(double)"/>.</summary>
    public static double? Radians(double? x) => x.HasValue ? Radians(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="IsNaN(double)"/>.</summary>
    public static bool? IsNaN(double? x) => x.HasValue ? IsNaN(x.GetValueOrDefault()) : null;

    /// <summary>Nullable form of <see cref="IsInf(double)"/>.</summary>
    public static bool? IsInf(double? x) => x.HasValue ? IsInf(x.GetValueOrDefault()) : null;

    private static double CheckUnit(double x, string function)
    {
        if (x < -1 || x > 1)
        {
            SqlErrors.InvalidArgument($"input is out of range: {function}({SqlText.FormatDouble(x)})");
        }

        return x;
    }
}
