using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Sql2Dbsp.Cli.Tests;

/// <summary><c>sql2dbsp compile</c>: writes the generated C# and the assembly, or prints diagnostics and exits 1.</summary>
public sealed class CompileCommandTests : IDisposable
{
    private const string Sample = "orders-by-region";

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    /// <summary>
    /// Compiles a checked-in sample under its folder's name, so the CLI derives the same program name as the golden
    /// test: its sources must equal the checked-in files, except that they quote their own file name in locations.
    /// </summary>
    [Fact]
    public void Compile_writes_the_generated_sources_and_a_loadable_assembly()
    {
        string sampleDir = Path.Combine(CliRunner.RepositoryRoot(), "generated-samples", Sample);
        string file = cli.Write(Sample + ".sql", File.ReadAllText(Path.Combine(sampleDir, "program.sql")));
        string output = Path.Combine(cli.Root, "out");

        var result = CliRunner.Run("compile", file, "-o", output, "--emit-debug-info");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^wrote 3 source file\(s\) and Sql2Dbsp\.Generated\.OrdersByRegion\.dll to .+ \(Roslyn \d+ ms\)\n$", result.Error);
        var sources = Directory.GetFiles(output, "*.g.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["OrdersByRegion.Circuit.g.cs", "OrdersByRegion.Functions.g.cs", "OrdersByRegion.Rows.g.cs"], sources);
        foreach (var name in sources)
        {
            string expected = File.ReadAllText(Path.Combine(sampleDir, name!)).Replace("program.sql:", Sample + ".sql:", StringComparison.Ordinal);
            Assert.True(expected == File.ReadAllText(Path.Combine(output, name!)),
                $"{name} differs from generated-samples/{Sample}/{name}; if the emitter changed on purpose, regenerate the samples " +
                "(SQL2DBSP_UPDATE_GOLDEN=1 dotnet test tests/Sql2Dbsp.EndToEnd.Tests -c Release --filter GeneratedSamples)");
        }

        string dll = Path.Combine(output, "Sql2Dbsp.Generated.OrdersByRegion.dll");
        using (var pe = new PEReader(File.OpenRead(dll)))
        {
            var metadata = pe.GetMetadataReader();
            Assert.Equal("Sql2Dbsp.Generated.OrdersByRegion", metadata.GetString(metadata.GetAssemblyDefinition().Name));
            Assert.Contains(metadata.TypeDefinitions, t => metadata.GetString(metadata.GetTypeDefinition(t).Name) == "CompiledProgram");
        }
        Assert.True(new FileInfo(Path.Combine(output, "Sql2Dbsp.Generated.OrdersByRegion.pdb")).Length > 0);
    }

    [Fact]
    public void Compile_with_errors_prints_them_writes_nothing_and_exits_1()
    {
        string file = cli.Write("bad.sql", """
            CREATE TABLE t (k INT NOT NULL);
            CREATE VIEW v AS SELECT missing FROM t;
            """);
        string output = Path.Combine(cli.Root, "out");

        var result = CliRunner.Run("compile", file, "-o", output);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("bad.sql:2:25: error SQL0107: unknown column 'missing'", result.ErrorLines[0]);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Compile_requires_an_output_directory()
    {
        var result = CliRunner.Run("compile", cli.Write("p.sql", "CREATE TABLE t (k INT NOT NULL);"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--output", result.Error);
    }
}
