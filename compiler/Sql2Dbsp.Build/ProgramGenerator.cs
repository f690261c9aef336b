using System.Security.Cryptography;
using System.Text;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Text;

namespace Sql2Dbsp.Build;

/// <summary>Compiles one SqlProgram item and writes its C#: the emitted circuit files and the typed API file.</summary>
internal static class ProgramGenerator
{
    /// <summary>The typed API file in the program's output directory (the targets' incremental-build output).</summary>
    public const string ApiFileName = "Program.g.cs";

    /// <summary>Code of errors in the item's metadata (not in its SQL).</summary>
    public const string ItemError = "SQL9001";

    public static GenerateResult Generate(GenerateRequest request)
    {
        var messages = new List<string>();
        // A failed program leaves no output, so the next build tries again instead of finding it up to date.
        if (Directory.Exists(request.OutputDirectory)) Directory.Delete(request.OutputDirectory, recursive: true);

        string className = request.ClassName.Length > 0 ? request.ClassName : CSharpNames.DefaultClassName(request.SqlPath);
        if (!CSharpNames.IsValidNamespace(request.Namespace))
            return Fail(messages, request, $"Namespace '{request.Namespace}' is not a valid C# namespace");
        if (!CSharpNames.IsIdentifier(className))
            return Fail(messages, request, $"ClassName '{className}' is not a valid C# identifier");
        if (!FaultToleranceModels.TryParse(request.FaultTolerance, out var faultTolerance))
            return Fail(messages, request, $"FaultTolerance '{request.FaultTolerance}' is not none, at_least_once or exactly_once");

        var source = new SourceText(File.ReadAllText(request.SqlPath), request.DisplayPath);
        var compilation = SqlCompiler.Compile(source, new CompilerOptions { FaultTolerance = faultTolerance });
        foreach (var d in compilation.Diagnostics) messages.Add(CanonicalDiagnostic(request.SqlPath, source, d));
        if (!compilation.Success) return new GenerateResult(false, messages);

        try
        {
            var emitRequest = new EmitRequest(className + "_" + Hash(request.Namespace + "." + className)[..12],
                compilation.Incremental!, Reference: null, source.Location);
            var model = CSharpEmitter.BuildModel(emitRequest);
            var emitted = CSharpEmitter.Render(model);
            string api = TypedApiWriter.Write(request.Namespace, className, request.DisplayPath, compilation, model,
                CheckpointIdentity(emitted));
            Directory.CreateDirectory(request.OutputDirectory);
            foreach (var file in emitted.Files) File.WriteAllText(Path.Combine(request.OutputDirectory, file.FileName), file.Text);
            File.WriteAllText(Path.Combine(request.OutputDirectory, ApiFileName), api);
            return new GenerateResult(true, messages);
        }
        catch (InternalCompilerError e)
        {
            var d = Diagnostic.Error(ErrorCodes.InternalError, $"internal compiler error (a bug): {e.Message}", e.Span);
            messages.Add(CanonicalDiagnostic(request.SqlPath, source, d));
            return new GenerateResult(false, messages);
        }
    }

    /// <summary>
    /// <c>file(line,col,endLine,endCol): error CODE: message</c>, the format MSBuild (and so IDEs and CI logs) read as
    /// a diagnostic at a location; a diagnostic without a span names the file alone.
    /// </summary>
    public static string CanonicalDiagnostic(string path, SourceText source, Diagnostic d)
    {
        string severity = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        string location = path;
        if (!d.Span.IsNone)
        {
            var (line, col) = source.LineColumn(d.Span.Offset);
            var (endLine, endCol) = source.LineColumn(d.Span.End);
            location = $"{path}({line},{col},{endLine},{endCol})";
        }
        // One line per diagnostic: MSBuild reads each output line on its own.
        string message = d.Message.ReplaceLineEndings(" ");
        return $"{location}: {severity} {d.Code}: {message}";
    }

    /// <summary>The identity of the program in checkpoints: its generated code (operators, ids, state layout).</summary>
    private static string CheckpointIdentity(EmittedProgram emitted)
    {
        var text = new StringBuilder();
        foreach (var file in emitted.Files) text.Append(file.FileName).Append('\n').Append(file.Text.Length).Append('\n').Append(file.Text);
        return emitted.Name + "/incremental/" + Hash(text.ToString())[..32];
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static GenerateResult Fail(List<string> messages, GenerateRequest request, string message)
    {
        messages.Add($"{request.SqlPath}: error {ItemError}: {message}");
        return new GenerateResult(false, messages);
    }
}
