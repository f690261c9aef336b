using System.Collections.Immutable;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Compiler.Diagnostics;

public enum Severity { Error, Warning, Info }

/// <summary>Three kinds of failure that are never mixed: the user's mistake, a feature we do not support yet, and our own bug.</summary>
public enum DiagnosticKind { UserError, Unsupported, Internal }

/// <summary>A secondary location that explains a diagnostic ("the column was declared here").</summary>
public sealed record DiagnosticNote(string Message, SourceSpan Span);

/// <summary>One message about the SQL program, with a stable code and the span it refers to.</summary>
public sealed record Diagnostic(
    Severity Severity,
    DiagnosticKind Kind,
    string Code,
    string Message,
    SourceSpan Span,
    ImmutableArray<DiagnosticNote> Notes,
    ImmutableArray<string> Help)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string code, string message, SourceSpan span, params string[] help) =>
        new(Severity.Error, ErrorCodes.KindOf(code), code, message, span, [], [.. help]);

    public Diagnostic WithNote(string message, SourceSpan span) => this with { Notes = Notes.Add(new DiagnosticNote(message, span)) };
}
