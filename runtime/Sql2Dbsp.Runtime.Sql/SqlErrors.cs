using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// Throw helpers. They are never inlined and never return, so the callers' fast paths stay small enough to inline
/// and format their messages only when an error actually happens.
/// </summary>
internal static class SqlErrors
{
    internal const string NotNullColumn = "NULL value for a NOT NULL column";

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Throw(string message) => throw new SqlRuntimeException(message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static T Throw<T>(string message) => throw new SqlRuntimeException(message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void IntegerOverflow(long left, string op, long right, string type) =>
        throw new SqlRuntimeException(string.Create(CultureInfo.InvariantCulture, $"integer overflow: {left} {op} {right} ({type})"));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void IntegerOverflow(string expression, string type) =>
        throw new SqlRuntimeException($"integer overflow: {expression} ({type})");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void DivisionByZero(long left, string op) =>
        throw new SqlRuntimeException(string.Create(CultureInfo.InvariantCulture, $"division by zero: {left} {op} 0"));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void DivisionByZero(string left, string op) =>
        throw new SqlRuntimeException($"division by zero: {left} {op} 0");

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static SqlRuntimeException Error(string message) => new(message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void CannotCast(string? text, string type) =>
        throw new SqlRuntimeException($"cannot cast '{text}' to {type}");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static T CannotCast<T>(string? text, string type) =>
        throw new SqlRuntimeException($"cannot cast '{text}' to {type}");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void OutOfRange(string valueText, string type) =>
        throw new SqlRuntimeException($"value {valueText} out of range for {type}");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static T OutOfRange<T>(string valueText, string type) =>
        throw new SqlRuntimeException($"value {valueText} out of range for {type}");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void OutOfRange(long value, string type) =>
        throw new SqlRuntimeException(string.Create(CultureInfo.InvariantCulture, $"value {value} out of range for {type}"));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void OutOfRange(double value, string type) =>
        throw new SqlRuntimeException($"value {SqlText.FormatDouble(value)} out of range for {type}");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void InvalidArgument(string message) => throw new SqlRuntimeException(message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static T NullForNotNull<T>() => throw new SqlRuntimeException(NotNullColumn);
}
