// The overload family below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// MIN and MAX helpers over the total order of <see cref="SqlCompare"/> (so NaN is the largest DOUBLE and strings
/// compare by code point). The accumulator starts as NULL (no value yet); NULL values are ignored. They do not support
/// retraction: the runtime calls them on consolidated positive-weight values (e.g. when recomputing a group).
/// </summary>
public static partial class SqlAggregates
{

    /// <summary>MIN step for BOOLEAN: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref bool? acc, bool? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for BOOLEAN: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref bool? acc, bool? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for TINYINT: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref sbyte? acc, sbyte? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for TINYINT: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref sbyte? acc, sbyte? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for SMALLINT: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref short? acc, short? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for SMALLINT: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref short? acc, short? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for INTEGER: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref int? acc, int? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for INTEGER: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref int? acc, int? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for BIGINT: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref long? acc, long? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for BIGINT: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref long? acc, long? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for DECIMAL: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref SqlDecimal? acc, SqlDecimal? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for DECIMAL: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref SqlDecimal? acc, SqlDecimal? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for REAL: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref float? acc, float? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for REAL: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref float? acc, float? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for DOUBLE: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref double? acc, double? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for DOUBLE: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref double? acc, double? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for VARCHAR: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref string? acc, string? value)
    {
        if (value is not null && (acc is null || SqlCompare.Compare(value, acc) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for VARCHAR: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref string? acc, string? value)
    {
        if (value is not null && (acc is null || SqlCompare.Compare(value, acc) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for VARBINARY: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref SqlBinary? acc, SqlBinary? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for VARBINARY: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref SqlBinary? acc, SqlBinary? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for DATE: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref SqlDate? acc, SqlDate? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for DATE: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref SqlDate? acc, SqlDate? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for TIME: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref SqlTime? acc, SqlTime? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for TIME: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref SqlTime? acc, SqlTime? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for TIMESTAMP: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref SqlTimestamp? acc, SqlTimestamp? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for TIMESTAMP: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref SqlTimestamp? acc, SqlTimestamp? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for INTERVAL YEAR TO MONTH: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref SqlMonthInterval? acc, SqlMonthInterval? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for INTERVAL YEAR TO MONTH: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref SqlMonthInterval? acc, SqlMonthInterval? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MIN step for INTERVAL DAY TO SECOND: keeps the smaller of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MIN follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Min(ref SqlDayTimeInterval? acc, SqlDayTimeInterval? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) < 0))
        {
            acc = value;
            return true;
        }

        return false;
    }

    /// <summary>MAX step for INTERVAL DAY TO SECOND: keeps the larger of <paramref name="acc"/> and <paramref name="value"/>; true when <paramref name="value"/> replaced it (ARG_MAX follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Max(ref SqlDayTimeInterval? acc, SqlDayTimeInterval? value)
    {
        if (value.HasValue && (!acc.HasValue || SqlCompare.Compare(value.GetValueOrDefault(), acc.GetValueOrDefault()) > 0))
        {
            acc = value;
            return true;
        }

        return false;
    }
}
