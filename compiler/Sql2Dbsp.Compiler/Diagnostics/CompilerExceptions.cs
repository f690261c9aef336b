using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Diagnostics;

/// <summary>A bug in the compiler. The driver turns it into an SQL9999 diagnostic that asks the user to report it.</summary>
public sealed class InternalCompilerError(string message, SourceSpan span = default, Exception? inner = null)
    : Exception(message, inner)
{
    public SourceSpan Span { get; } = span;
}

/// <summary>
/// Thrown by deep translation code that cannot continue past a user error; the driver records the diagnostic and
/// moves on to the next statement. Prefer adding to a <see cref="DiagnosticBag"/> where continuing is possible.
/// </summary>
public sealed class CompilationError(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    public static CompilationError Unsupported(string what, SourceSpan span) =>
        new(Diagnostic.Error(ErrorCodes.Unsupported, $"not supported yet: {what}", span));

    public static CompilationError User(string code, string message, SourceSpan span, params string[] help) =>
        new(Diagnostic.Error(code, message, span, help));
}
