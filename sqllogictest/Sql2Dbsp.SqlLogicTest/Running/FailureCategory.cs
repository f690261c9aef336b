using System.Text.RegularExpressions;
using Sql2Dbsp.SqlLogicTest.Execution;

namespace Sql2Dbsp.SqlLogicTest.Running;

/// <summary>
/// Groups failures for the report: compile errors by code and message, runtime errors by message, with literal values
/// replaced so that "division by zero: 45 / 0" and "division by zero: 7 / 0" count together. Messages that name a
/// feature or a function keep the name: it is what distinguishes them.
/// </summary>
internal static partial class FailureCategory
{
    /// <summary>Wrong values, wrong row count or wrong hash.</summary>
    public const string WrongResult = "wrong result";

    /// <summary>A <c>nosort</c> query with the right rows in the wrong order, although the view states its ORDER BY.</summary>
    public const string WrongOrder = "wrong row order (right rows)";

    /// <summary>
    /// A <c>nosort</c> query with the right rows in the wrong order, whose view states no ORDER BY (the binder records
    /// one only when every key is an output column).
    /// </summary>
    public const string WrongOrderUnknown = "wrong row order (right rows; the view exposes no ORDER BY)";

    /// <summary>A <c>statement error</c> record whose statement succeeded.</summary>
    public const string MissingError = "statement succeeded but should have failed";

    /// <summary>A query whose result hash differs from its label's.</summary>
    public const string LabelMismatch = "result differs from another query with the same label";

    /// <summary>The category of an engine or statement error.</summary>
    public static string Of(ExecutionError error)
    {
        // Generated C# that does not compile: the C# error says which construct the emitter got wrong.
        if (error.Code == "SQL9999" && CSharpError().Match(error.Details) is { Success: true } cs)
            return $"compile SQL9999: generated C# does not compile: {cs.Groups[1].Value}: {Number().Replace(cs.Groups[2].Value, "N")}";
        string message = error.Message;
        bool keepNames = error.Code is "SQL0901" or "SQL0108" || message.StartsWith("not supported", StringComparison.Ordinal);
        if (!keepNames) message = Quoted().Replace(message, "'…'");
        message = Number().Replace(message, "N");
        string stage = error.Stage switch
        {
            FailureStage.Compile => "compile",
            FailureStage.Runtime => "runtime",
            _ => "statement",
        };
        return error.Code is null ? $"{stage}: {message}" : $"{stage} {error.Code}: {message}";
    }

    [GeneratedRegex(@"error (CS\d+): ([^\r\n]*)")]
    private static partial Regex CSharpError();

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<![A-Za-z_])-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
