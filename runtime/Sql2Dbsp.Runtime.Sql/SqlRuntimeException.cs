namespace Sql2Dbsp.Runtime.Sql;

/// <summary>
/// A SQL runtime error raised while evaluating an expression: integer overflow, division by zero, an invalid cast,
/// a value out of range or an invalid function argument. The message names the operation and the values, for example
/// <c>division by zero: 5 / 0</c> or <c>integer overflow: 9223372036854775807 + 1 (BIGINT)</c>.
/// </summary>
public class SqlRuntimeException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public SqlRuntimeException()
        : base("SQL runtime error")
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">What failed, naming the operation and the values.</param>
    public SqlRuntimeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and the exception that caused it.</summary>
    /// <param name="message">What failed, naming the operation and the values.</param>
    /// <param name="innerException">The underlying exception.</param>
    public SqlRuntimeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
