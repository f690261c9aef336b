// The type dispatch below is regular, so it was written by a script once; edit it by hand like any other file.
using System.Runtime.CompilerServices;

namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// <see cref="IComparer{T}"/> and <see cref="IEqualityComparer{T}"/> over the total order of <see cref="SqlCompare"/>,
/// for any C# representation type <typeparamref name="T"/> of a SQL type (nullable or not). The type tests are
/// constants for value types, so the JIT reduces each method to the one matching <see cref="SqlCompare"/> call.
/// Other types fall back to <see cref="Comparer{T}.Default"/> and <see cref="EqualityComparer{T}.Default"/>.
/// </summary>
/// <typeparam name="T">A representation type such as <see cref="long"/>, <c>long?</c>, <see cref="string"/> or <see cref="SqlDate"/>.</typeparam>
public sealed class SqlComparer<T> : IComparer<T>, IEqualityComparer<T>
{
    private SqlComparer()
    {
    }

    /// <summary>The single instance.</summary>
    public static SqlComparer<T> Default { get; } = new();

    /// <inheritdoc cref="SqlCompare.Compare(long, long)"/>
    public int Compare(T? x, T? y)
    {
        if (typeof(T) == typeof(bool))
        {
            return SqlCompare.Compare(Unsafe.As<T?, bool>(ref x), Unsafe.As<T?, bool>(ref y));
        }

        if (typeof(T) == typeof(bool?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, bool?>(ref x), Unsafe.As<T?, bool?>(ref y));
        }

        if (typeof(T) == typeof(sbyte))
        {
            return SqlCompare.Compare(Unsafe.As<T?, sbyte>(ref x), Unsafe.As<T?, sbyte>(ref y));
        }

        if (typeof(T) == typeof(sbyte?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, sbyte?>(ref x), Unsafe.As<T?, sbyte?>(ref y));
        }

        if (typeof(T) == typeof(short))
        {
            return SqlCompare.Compare(Unsafe.As<T?, short>(ref x), Unsafe.As<T?, short>(ref y));
        }

        if (typeof(T) == typeof(short?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, short?>(ref x), Unsafe.As<T?, short?>(ref y));
        }

        if (typeof(T) == typeof(int))
        {
            return SqlCompare.Compare(Unsafe.As<T?, int>(ref x), Unsafe.As<T?, int>(ref y));
        }

        if (typeof(T) == typeof(int?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, int?>(ref x), Unsafe.As<T?, int?>(ref y));
        }

        if (typeof(T) == typeof(long))
        {
            return SqlCompare.Compare(Unsafe.As<T?, long>(ref x), Unsafe.As<T?, long>(ref y));
        }

        if (typeof(T) == typeof(long?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, long?>(ref x), Unsafe.As<T?, long?>(ref y));
        }

        if (typeof(T) == typeof(SqlDecimal))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlDecimal>(ref x), Unsafe.As<T?, SqlDecimal>(ref y));
        }

        if (typeof(T) == typeof(SqlDecimal?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlDecimal?>(ref x), Unsafe.As<T?, SqlDecimal?>(ref y));
        }

        if (typeof(T) == typeof(float))
        {
            return SqlCompare.Compare(Unsafe.As<T?, float>(ref x), Unsafe.As<T?, float>(ref y));
        }

        if (typeof(T) == typeof(float?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, float?>(ref x), Unsafe.As<T?, float?>(ref y));
        }

        if (typeof(T) == typeof(double))
        {
            return SqlCompare.Compare(Unsafe.As<T?, double>(ref x), Unsafe.As<T?, double>(ref y));
        }

        if (typeof(T) == typeof(double?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, double?>(ref x), Unsafe.As<T?, double?>(ref y));
        }

        if (typeof(T) == typeof(string))
        {
            return SqlCompare.Compare(Unsafe.As<string>(x), Unsafe.As<string>(y));
        }

        if (typeof(T) == typeof(SqlBinary))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlBinary>(ref x), Unsafe.As<T?, SqlBinary>(ref y));
        }

        if (typeof(T) == typeof(SqlBinary?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlBinary?>(ref x), Unsafe.As<T?, SqlBinary?>(ref y));
        }

        if (typeof(T) == typeof(SqlDate))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlDate>(ref x), Unsafe.As<T?, SqlDate>(ref y));
        }

        if (typeof(T) == typeof(SqlDate?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlDate?>(ref x), Unsafe.As<T?, SqlDate?>(ref y));
        }

        if (typeof(T) == typeof(SqlTime))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlTime>(ref x), Unsafe.As<T?, SqlTime>(ref y));
        }

        if (typeof(T) == typeof(SqlTime?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlTime?>(ref x), Unsafe.As<T?, SqlTime?>(ref y));
        }

        if (typeof(T) == typeof(SqlTimestamp))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlTimestamp>(ref x), Unsafe.As<T?, SqlTimestamp>(ref y));
        }

        if (typeof(T) == typeof(SqlTimestamp?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlTimestamp?>(ref x), Unsafe.As<T?, SqlTimestamp?>(ref y));
        }

        if (typeof(T) == typeof(SqlMonthInterval))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlMonthInterval>(ref x), Unsafe.As<T?, SqlMonthInterval>(ref y));
        }

        if (typeof(T) == typeof(SqlMonthInterval?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlMonthInterval?>(ref x), Unsafe.As<T?, SqlMonthInterval?>(ref y));
        }

        if (typeof(T) == typeof(SqlDayTimeInterval))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlDayTimeInterval>(ref x), Unsafe.As<T?, SqlDayTimeInterval>(ref y));
        }

        if (typeof(T) == typeof(SqlDayTimeInterval?))
        {
            return SqlCompare.Compare(Unsafe.As<T?, SqlDayTimeInterval?>(ref x), Unsafe.As<T?, SqlDayTimeInterval?>(ref y));
        }

        return Comparer<T>.Default.Compare(x!, y!);
    }

    /// <inheritdoc cref="SqlCompare.Equal(long, long)"/>
    public bool Equals(T? x, T? y)
    {
        if (typeof(T) == typeof(bool))
        {
            return SqlCompare.Equal(Unsafe.As<T?, bool>(ref x), Unsafe.As<T?, bool>(ref y));
        }

        if (typeof(T) == typeof(bool?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, bool?>(ref x), Unsafe.As<T?, bool?>(ref y));
        }

        if (typeof(T) == typeof(sbyte))
        {
            return SqlCompare.Equal(Unsafe.As<T?, sbyte>(ref x), Unsafe.As<T?, sbyte>(ref y));
        }

        if (typeof(T) == typeof(sbyte?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, sbyte?>(ref x), Unsafe.As<T?, sbyte?>(ref y));
        }

        if (typeof(T) == typeof(short))
        {
            return SqlCompare.Equal(Unsafe.As<T?, short>(ref x), Unsafe.As<T?, short>(ref y));
        }

        if (typeof(T) == typeof(short?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, short?>(ref x), Unsafe.As<T?, short?>(ref y));
        }

        if (typeof(T) == typeof(int))
        {
            return SqlCompare.Equal(Unsafe.As<T?, int>(ref x), Unsafe.As<T?, int>(ref y));
        }

        if (typeof(T) == typeof(int?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, int?>(ref x), Unsafe.As<T?, int?>(ref y));
        }

        if (typeof(T) == typeof(long))
        {
            return SqlCompare.Equal(Unsafe.As<T?, long>(ref x), Unsafe.As<T?, long>(ref y));
        }

        if (typeof(T) == typeof(long?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, long?>(ref x), Unsafe.As<T?, long?>(ref y));
        }

        if (typeof(T) == typeof(SqlDecimal))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlDecimal>(ref x), Unsafe.As<T?, SqlDecimal>(ref y));
        }

        if (typeof(T) == typeof(SqlDecimal?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlDecimal?>(ref x), Unsafe.As<T?, SqlDecimal?>(ref y));
        }

        if (typeof(T) == typeof(float))
        {
            return SqlCompare.Equal(Unsafe.As<T?, float>(ref x), Unsafe.As<T?, float>(ref y));
        }

        if (typeof(T) == typeof(float?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, float?>(ref x), Unsafe.As<T?, float?>(ref y));
        }

        if (typeof(T) == typeof(double))
        {
            return SqlCompare.Equal(Unsafe.As<T?, double>(ref x), Unsafe.As<T?, double>(ref y));
        }

        if (typeof(T) == typeof(double?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, double?>(ref x), Unsafe.As<T?, double?>(ref y));
        }

        if (typeof(T) == typeof(string))
        {
            return SqlCompare.Equal(Unsafe.As<string>(x), Unsafe.As<string>(y));
        }

        if (typeof(T) == typeof(SqlBinary))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlBinary>(ref x), Unsafe.As<T?, SqlBinary>(ref y));
        }

        if (typeof(T) == typeof(SqlBinary?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlBinary?>(ref x), Unsafe.As<T?, SqlBinary?>(ref y));
        }

        if (typeof(T) == typeof(SqlDate))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlDate>(ref x), Unsafe.As<T?, SqlDate>(ref y));
        }

        if (typeof(T) == typeof(SqlDate?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlDate?>(ref x), Unsafe.As<T?, SqlDate?>(ref y));
        }

        if (typeof(T) == typeof(SqlTime))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlTime>(ref x), Unsafe.As<T?, SqlTime>(ref y));
        }

        if (typeof(T) == typeof(SqlTime?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlTime?>(ref x), Unsafe.As<T?, SqlTime?>(ref y));
        }

        if (typeof(T) == typeof(SqlTimestamp))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlTimestamp>(ref x), Unsafe.As<T?, SqlTimestamp>(ref y));
        }

        if (typeof(T) == typeof(SqlTimestamp?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlTimestamp?>(ref x), Unsafe.As<T?, SqlTimestamp?>(ref y));
        }

        if (typeof(T) == typeof(SqlMonthInterval))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlMonthInterval>(ref x), Unsafe.As<T?, SqlMonthInterval>(ref y));
        }

        if (typeof(T) == typeof(SqlMonthInterval?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlMonthInterval?>(ref x), Unsafe.As<T?, SqlMonthInterval?>(ref y));
        }

        if (typeof(T) == typeof(SqlDayTimeInterval))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlDayTimeInterval>(ref x), Unsafe.As<T?, SqlDayTimeInterval>(ref y));
        }

        if (typeof(T) == typeof(SqlDayTimeInterval?))
        {
            return SqlCompare.Equal(Unsafe.As<T?, SqlDayTimeInterval?>(ref x), Unsafe.As<T?, SqlDayTimeInterval?>(ref y));
        }

        return EqualityComparer<T>.Default.Equals(x, y);
    }

    /// <inheritdoc/>
    public int GetHashCode([System.Diagnostics.CodeAnalysis.DisallowNull] T obj)
    {
        T? x = obj;
        if (typeof(T) == typeof(bool))
        {
            return SqlCompare.Hash(Unsafe.As<T?, bool>(ref x));
        }

        if (typeof(T) == typeof(bool?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, bool?>(ref x));
        }

        if (typeof(T) == typeof(sbyte))
        {
            return SqlCompare.Hash(Unsafe.As<T?, sbyte>(ref x));
        }

        if (typeof(T) == typeof(sbyte?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, sbyte?>(ref x));
        }

        if (typeof(T) == typeof(short))
        {
            return SqlCompare.Hash(Unsafe.As<T?, short>(ref x));
        }

        if (typeof(T) == typeof(short?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, short?>(ref x));
        }

        if (typeof(T) == typeof(int))
        {
            return SqlCompare.Hash(Unsafe.As<T?, int>(ref x));
        }

        if (typeof(T) == typeof(int?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, int?>(ref x));
        }

        if (typeof(T) == typeof(long))
        {
            return SqlCompare.Hash(Unsafe.As<T?, long>(ref x));
        }

        if (typeof(T) == typeof(long?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, long?>(ref x));
        }

        if (typeof(T) == typeof(SqlDecimal))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlDecimal>(ref x));
        }

        if (typeof(T) == typeof(SqlDecimal?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlDecimal?>(ref x));
        }

        if (typeof(T) == typeof(float))
        {
            return SqlCompare.Hash(Unsafe.As<T?, float>(ref x));
        }

        if (typeof(T) == typeof(float?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, float?>(ref x));
        }

        if (typeof(T) == typeof(double))
        {
            return SqlCompare.Hash(Unsafe.As<T?, double>(ref x));
        }

        if (typeof(T) == typeof(double?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, double?>(ref x));
        }

        if (typeof(T) == typeof(string))
        {
            return SqlCompare.Hash(Unsafe.As<string>(x));
        }

        if (typeof(T) == typeof(SqlBinary))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlBinary>(ref x));
        }

        if (typeof(T) == typeof(SqlBinary?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlBinary?>(ref x));
        }

        if (typeof(T) == typeof(SqlDate))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlDate>(ref x));
        }

        if (typeof(T) == typeof(SqlDate?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlDate?>(ref x));
        }

        if (typeof(T) == typeof(SqlTime))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlTime>(ref x));
        }

        if (typeof(T) == typeof(SqlTime?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlTime?>(ref x));
        }

        if (typeof(T) == typeof(SqlTimestamp))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlTimestamp>(ref x));
        }

        if (typeof(T) == typeof(SqlTimestamp?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlTimestamp?>(ref x));
        }

        if (typeof(T) == typeof(SqlMonthInterval))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlMonthInterval>(ref x));
        }

        if (typeof(T) == typeof(SqlMonthInterval?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlMonthInterval?>(ref x));
        }

        if (typeof(T) == typeof(SqlDayTimeInterval))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlDayTimeInterval>(ref x));
        }

        if (typeof(T) == typeof(SqlDayTimeInterval?))
        {
            return SqlCompare.Hash(Unsafe.As<T?, SqlDayTimeInterval?>(ref x));
        }

        return EqualityComparer<T>.Default.GetHashCode(obj);
    }
}
