using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Sql2Dbsp.Build.Tests;

/// <summary>The packages end to end, as a user gets them from a feed.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageTests(PackagesFixture packages)
{
    private const string Version = "0.1.0";

    [Fact]
    public void Runtime_package_assemblies_reference_no_compiler_roslyn_or_antlr()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(packages.PackageDirectory, $"Sql2Dbsp.Runtime.{Version}.nupkg"));
        var libraries = zip.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Equal(["lib/net10.0/Sql2Dbsp.Runtime.Sql.dll", "lib/net10.0/Sql2Dbsp.Runtime.dll"], libraries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in libraries)
        {
            foreach (var reference in AssemblyReferences(entry))
                Assert.False(reference.StartsWith("Sql2Dbsp.Compiler", StringComparison.Ordinal) || reference.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                    || reference.StartsWith("Antlr", StringComparison.Ordinal), $"{entry.FullName} references {reference}");
        }
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.DoesNotContain("<dependency ", nuspec.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_package_has_readme_license_and_xml_docs()
    {
        foreach (var id in new[] { "Sql2Dbsp.Runtime", "Sql2Dbsp", "Sql2Dbsp.Build", "Sql2Dbsp.Host", "Sql2Dbsp.Tool" })
        {
            using var zip = ZipFile.OpenRead(Path.Combine(packages.PackageDirectory, $"{id}.{Version}.nupkg"));
            using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            string nuspec = reader.ReadToEnd();
            Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
            Assert.Contains("<license type=\"expression\">", nuspec, StringComparison.Ordinal);
            Assert.Contains("<repository type=\"git\"", nuspec, StringComparison.Ordinal);
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
            foreach (var dll in zip.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
                Assert.Contains(zip.Entries, e => e.FullName == Path.ChangeExtension(dll.FullName, ".xml"));
        }
    }

    [Fact]
    public void Consumer_builds_runs_checkpoints_and_rebuilds_incrementally()
    {
        string project = packages.CopySample("orders-console");
        var (exit, output) = packages.Run(project, "build");
        Assert.True(exit == 0, output);
        Assert.Contains("Sql2Dbsp: generated C# for 1 SQL program(s)", output, StringComparison.Ordinal);

        string bin = Path.Combine(project, "bin", "Debug", "net10.0");
        (exit, output) = packages.Run(project, Path.Combine(bin, "OrdersConsole.dll"));
        Assert.True(exit == 0, output);
        Assert.Equal("""
            step 1
            revenue_by_region +1 east 2 170.50
            revenue_by_region +1 west 1 9.99
            large_orders +1 2 150.00 bulk
            step 2
            revenue_by_region +1 east 1 20.50
            revenue_by_region -1 east 2 170.50
            large_orders -1 2 150.00 bulk
            contents revenue_by_region east 1 20.50
            contents revenue_by_region west 1 9.99
            step 3
            revenue_by_region +1 west 2 109.99
            revenue_by_region -1 west 1 9.99
            large_orders +1 4 100.00 resumed

            """, output.ReplaceLineEndings("\n"));

        // No compiler at run time: only the runtime package's assemblies beside the app's.
        var assemblies = Directory.GetFiles(bin, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["OrdersConsole.dll", "Sql2Dbsp.Runtime.Sql.dll", "Sql2Dbsp.Runtime.dll"], assemblies);

        // Nothing changed: the generation target is skipped as up to date.
        (exit, output) = packages.Run(project, "build", "-v:d");
        Assert.True(exit == 0, output);
        Assert.Contains("Skipping target \"Sql2DbspGenerate\" because all output files are up-to-date", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sql2Dbsp: generated C#", output, StringComparison.Ordinal);

        // A changed program is generated again, and its new view is in the typed API.
        File.AppendAllText(Path.Combine(project, "sql", "orders.sql"), "\nCREATE VIEW order_count AS SELECT COUNT(*) AS n FROM orders;\n");
        File.AppendAllText(Path.Combine(project, "Program.cs"), "\nforeach (var (row, _) in program.OrderCount.Changes) Console.WriteLine(row.N);\n");
        (exit, output) = packages.Run(project, "build");
        Assert.True(exit == 0, output);
        Assert.Contains("Sql2Dbsp: generated C# for 1 SQL program(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sql_error_fails_the_build_at_its_file_line_and_column()
    {
        string project = packages.CopySample("broken-sql");
        var (exit, output) = packages.Run(project, "build");
        Assert.NotEqual(0, exit);
        string file = Path.Combine(project, "sql", "broken.sql");
        Assert.Contains($"{file}(4,16,4,22): error SQL0107: unknown column 'amuont'", output, StringComparison.Ordinal);
        // The SQL error is the only error: no second one about the generator's exit code.
        Assert.DoesNotContain("MSB3073", output, StringComparison.Ordinal);
        Assert.Contains("1 Error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_listed_twice_is_an_error_that_says_what_to_do()
    {
        string project = packages.CopySample("broken-sql");
        string file = Path.Combine(project, "BrokenSql.csproj");
        File.WriteAllText(file, File.ReadAllText(file).Replace("</Project>",
            "  <ItemGroup><SqlProgram Include=\"sql/broken.sql\" ClassName=\"Broken\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));
        var (exit, output) = packages.Run(project, "build");
        Assert.NotEqual(0, exit);
        Assert.Contains("error SQL9002: a SqlProgram item is listed twice", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SQL0107", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_installs_from_the_local_feed_and_checks_a_program()
    {
        string tools = Path.Combine(packages.Root, "tools");
        var (exit, output) = packages.Run(packages.Root, "tool", "install", "--tool-path", tools, "Sql2Dbsp.Tool",
            "--version", Version, "--configfile", Path.Combine(packages.Root, "nuget.config"));
        Assert.True(exit == 0, output);
        string sql = Path.Combine(Dotnet.RepositoryRoot, "samples", "broken-sql", "sql", "broken.sql");
        string command = Path.Combine(tools, OperatingSystem.IsWindows() ? "sql2dbsp.exe" : "sql2dbsp");
        (exit, output) = Dotnet.Exec(command, packages.Root, packages.Environment, "check", sql);
        Assert.Equal(1, exit);
        Assert.Contains("broken.sql:4:16: error SQL0107: unknown column 'amuont'", output, StringComparison.Ordinal);
    }

    private static List<string> AssemblyReferences(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open()) source.CopyTo(stream);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))];
    }
}
