namespace Sql2Dbsp.Compiler.Diagnostics;

/// <summary>
/// Stable diagnostic codes. SQL0xxx: syntax; SQL01xx: names; SQL02xx: types; SQL03xx: statements and semantics;
/// SQL07xx: connectors and properties; SQL08xx: fault tolerance; SQL09xx: unsupported features; SQL9999: internal error.
/// </summary>
public static class ErrorCodes
{
    public const string SyntaxError = "SQL0001";
    public const string InvalidLiteral = "SQL0002";

    public const string UnknownTable = "SQL0101";
    public const string DuplicateTable = "SQL0102";
    public const string DuplicateColumn = "SQL0103";
    public const string AmbiguousColumn = "SQL0106";
    public const string UnknownColumn = "SQL0107";
    public const string UnknownFunction = "SQL0108";
    public const string DuplicateAlias = "SQL0109";
    public const string UnknownView = "SQL0110";

    public const string TypeMismatch = "SQL0201";
    public const string WrongArgumentCount = "SQL0202";
    public const string InvalidCast = "SQL0203";
    public const string NotBoolean = "SQL0204";
    public const string ColumnCountMismatch = "SQL0205";

    public const string NotGrouped = "SQL0301";
    public const string AggregateNotAllowed = "SQL0302";
    public const string InvalidStatement = "SQL0303";
    public const string SubqueryColumnCount = "SQL0304";
    public const string NullConstraint = "SQL0305";
    public const string InvalidLimit = "SQL0306";
    public const string InvalidOrderBy = "SQL0307";
    public const string DropInUse = "SQL0308";

    public const string InvalidProperty = "SQL0701";

    public const string NotAllowedUnderFaultTolerance = "SQL0801";

    public const string Unsupported = "SQL0901";

    public const string InternalError = "SQL9999";

    public static DiagnosticKind KindOf(string code) => code switch
    {
        Unsupported => DiagnosticKind.Unsupported,
        InternalError => DiagnosticKind.Internal,
        _ => DiagnosticKind.UserError,
    };
}
