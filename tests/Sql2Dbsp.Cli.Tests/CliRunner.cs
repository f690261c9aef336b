using Sql2Dbsp.Cli;

// Program.Main writes to the process-wide Console, so tests that capture it must not run concurrently.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Sql2Dbsp.Cli.Tests;

/// <summary>What one CLI invocation did: exit code and everything written to stdout and stderr (newlines as <c>\n</c>).</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The stderr lines, without the final empty line.</summary>
    public string[] ErrorLines => Error.TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}

/// <summary>
/// Runs <c>sql2dbsp</c> in-process through <see cref="Program.Main"/> with the console redirected, inside a temporary
/// directory that holds the programs under test and is deleted on dispose.
/// </summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner() => Directory.CreateDirectory(Root);

    /// <summary>A fresh directory for this test's files.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sql2dbsp-cli-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Writes a program to <c>Root/name</c> and returns its path.</summary>
    public string Write(string name, string sql)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, sql);
        return path;
    }

    public static CliResult Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            int exit = Program.Main(args);
            return new CliResult(exit, Normalize(stdout), Normalize(stderr));
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    private static string Normalize(StringWriter writer) => writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A loaded assembly may still be mapped on some platforms; the temp folder is cleaned up by the OS.
        }
    }

    /// <summary>The folder holding <c>Sql2Dbsp.sln</c>, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sql2Dbsp.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Sql2Dbsp.sln above {AppContext.BaseDirectory}");
    }
}
