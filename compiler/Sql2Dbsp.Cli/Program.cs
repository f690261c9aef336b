using System.CommandLine;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Diagnostics;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.Connectors.Config;

namespace Sql2Dbsp.Cli;

/// <summary>The <c>sql2dbsp</c> command line: check, compile, explain, demo.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("sql2dbsp: compile SQL programs (tables and views) into incremental DBSP circuits");
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(CompileCommand());
        root.Subcommands.Add(ExplainCommand());
        root.Subcommands.Add(DemoCommand());
        root.Subcommands.Add(RunCommand.Create());
        return root.Parse(args).Invoke();
    }

    private static Argument<FileInfo> ProgramArgument() => new("PROGRAM.sql") { Description = "the SQL program" };

    /// <summary>--fault-tolerance: under at_least_once or exactly_once the compiler rejects NOW() and recursive views.</summary>
    private static Option<FaultToleranceModel> FaultToleranceOption() => new("--fault-tolerance")
    {
        Description = "fault-tolerance model the program will run under (at_least_once and exactly_once reject NOW() and recursive views)",
        HelpName = "none|at_least_once|exactly_once",
        DefaultValueFactory = _ => FaultToleranceModel.None,
        CustomParser = r =>
        {
            string text = r.Tokens.Count == 0 ? "" : r.Tokens[0].Value;
            if (FaultToleranceModels.TryParse(text, out var model)) return model;
            r.AddError($"unknown fault-tolerance model '{text}' (expected none, at_least_once or exactly_once)");
            return FaultToleranceModel.None;
        },
    };

    private static Command CheckCommand()
    {
        var file = ProgramArgument();
        var format = new Option<string>("--format") { Description = "diagnostics format: text or json", DefaultValueFactory = _ => "text" };
        var faultTolerance = FaultToleranceOption();
        var command = new Command("check", "Report the program's diagnostics; exit 1 on errors") { file, format, faultTolerance };
        command.SetAction(r =>
        {
            var (result, ok) = CompileFile(r.GetValue(file)!, r.GetValue(format) == "json", r.GetValue(faultTolerance));
            if (ok && result!.Diagnostics.Length == 0) Console.Error.WriteLine($"{r.GetValue(file)!.Name}: no errors");
            return ok && result!.Success ? 0 : 1;
        });
        return command;
    }

    private static Command ExplainCommand()
    {
        var file = ProgramArgument();
        var faultTolerance = FaultToleranceOption();
        var command = new Command("explain", "Print each view's logical plan and the incremental circuit") { file, faultTolerance };
        command.SetAction(r =>
        {
            var (result, ok) = CompileFile(r.GetValue(file)!, json: false, r.GetValue(faultTolerance));
            if (!ok || !result!.Success) return 1;
            Console.Write(result.Explain());
            return 0;
        });
        return command;
    }

    private static Command CompileCommand()
    {
        var file = ProgramArgument();
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "output directory for *.g.cs and the assembly", Required = true };
        var debug = new Option<bool>("--emit-debug-info") { Description = "also write a .pdb with embedded sources" };
        var faultTolerance = FaultToleranceOption();
        var command = new Command("compile", "Compile a program to generated C# and an assembly") { file, output, debug, faultTolerance };
        command.SetAction(r =>
        {
            var (result, ok) = CompileFile(r.GetValue(file)!, json: false, r.GetValue(faultTolerance));
            if (!ok || !result!.Success) return 1;
            var dir = r.GetValue(output)!;
            try
            {
                string name = ProgramName(r.GetValue(file)!.Name);
                var emitted = CSharpEmitter.Emit(new EmitRequest(name, result.Incremental!, result.Reference!, result.Source.Location));
                dir.Create();
                foreach (var f in emitted.Files) File.WriteAllText(Path.Combine(dir.FullName, f.FileName), f.Text);
                var compiler = new RoslynCompiler([typeof(Runtime.Algebra.ZSet<>).Assembly.Location, typeof(Runtime.Sql.SqlCompare).Assembly.Location]);
                var assembly = compiler.Compile(emitted, r.GetValue(debug));
                File.WriteAllBytes(Path.Combine(dir.FullName, emitted.AssemblyName + ".dll"), assembly.Image);
                if (assembly.Pdb is not null) File.WriteAllBytes(Path.Combine(dir.FullName, emitted.AssemblyName + ".pdb"), assembly.Pdb);
                Console.Error.WriteLine($"wrote {emitted.Files.Length} source file(s) and {emitted.AssemblyName}.dll to {dir.FullName} (Roslyn {assembly.CompileTime.TotalMilliseconds:F0} ms)");
                return 0;
            }
            catch (InternalCompilerError e)
            {
                Console.Error.Write(DiagnosticRenderer.ToText(Diagnostic.Error(ErrorCodes.InternalError, $"internal compiler error: {e.Message}", e.Span), result.Source));
                return 1;
            }
        });
        return command;
    }

    private static Command DemoCommand()
    {
        var steps = new Option<int>("--steps") { Description = "number of steps to run", DefaultValueFactory = _ => 10 };
        var rows = new Option<int>("--rows") { Description = "rows inserted per step", DefaultValueFactory = _ => 1000 };
        var command = new Command("demo", "Run the embedded demo pipeline (datagen → views → file and HTTP outputs) for a bounded run and print a summary") { steps, rows };
        command.SetAction(r => Demo.Run(r.GetValue(steps), r.GetValue(rows), Console.Out));
        return command;
    }

    /// <summary>
    /// Compiles a file and checks its connectors, printing diagnostics to stderr (or JSON to stdout). Returns ok = false
    /// when the file cannot be read or a connector declaration is wrong.
    /// </summary>
    private static (CompilationResult? Result, bool Ok) CompileFile(FileInfo file, bool json, FaultToleranceModel faultTolerance)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"sql2dbsp: error: file not found: {file.FullName}");
            return (null, false);
        }
        var source = new SourceText(File.ReadAllText(file.FullName), file.Name);
        var result = SqlCompiler.Compile(source, new CompilerOptions { FaultTolerance = faultTolerance });
        // Connectors declared in WITH properties are checked too, so `check` finds the errors `run` would.
        var connectors = result.Catalog is { } catalog ? ConnectorCatalog.Parse(catalog.Tables, catalog.Views, source).Diagnostics : [];
        var diagnostics = result.Diagnostics.AddRange(connectors).OrderBy(d => d.Span.Offset).ToList();
        if (json) Console.Out.WriteLine(DiagnosticRenderer.ToJson(diagnostics, source));
        else Console.Error.Write(DiagnosticRenderer.ToText(diagnostics, source));
        return (result, !connectors.Any(d => d.IsError));
    }

    /// <summary>A C# identifier from a file name: "my-program.sql" → "MyProgram".</summary>
    internal static string ProgramName(string fileName)
    {
        var words = Path.GetFileNameWithoutExtension(fileName).Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])).Where(char.IsLetterOrDigit).ToArray();
        return name.Length == 0 || !char.IsLetter(name[0]) ? "Program" + new string(name) : new string(name);
    }
}
