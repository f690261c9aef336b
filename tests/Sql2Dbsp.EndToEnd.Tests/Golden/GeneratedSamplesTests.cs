using System.Text;
using Sql2Dbsp.Compiler;
using Sql2Dbsp.Compiler.Emit;
using Sql2Dbsp.Compiler.Text;
using Sql2Dbsp.EndToEnd.Tests.Emit;
using Sql2Dbsp.Runtime.Circuits;

namespace Sql2Dbsp.EndToEnd.Tests.Golden;

/// <summary>
/// The programs in <c>generated-samples/</c>: each folder holds a <c>program.sql</c> and the C# the emitter writes for
/// it. The checked-in files must equal the emitter's output byte for byte, so every change to the generated code shows
/// up as a reviewable diff. With <c>SQL2DBSP_UPDATE_GOLDEN=1</c> the tests rewrite the files instead of failing.
/// </summary>
public class GeneratedSamplesTests
{
    private const string UpdateVariable = "SQL2DBSP_UPDATE_GOLDEN";
    private const string RegenerateCommand = UpdateVariable + "=1 dotnet test tests/Sql2Dbsp.EndToEnd.Tests -c Release --filter GeneratedSamples";

    /// <summary>At least the four samples the README describes; a lower count means discovery broke.</summary>
    private const int MinimumSamples = 4;

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    private static readonly string SamplesDirectory = Path.Combine(RepositoryRoot(), "generated-samples");

    /// <summary>Sample folder names (the folders of <c>generated-samples/</c> that contain a <c>program.sql</c>).</summary>
    public static TheoryData<string> Samples() => new(SampleNames());

    private static List<string> SampleNames() =>
    [
        .. Directory.GetDirectories(SamplesDirectory)
            .Where(dir => File.Exists(Path.Combine(dir, "program.sql")))
            .Select(dir => Path.GetFileName(dir)!)
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void Samples_are_discovered()
    {
        var names = SampleNames();
        Assert.True(names.Count >= MinimumSamples, $"expected at least {MinimumSamples} samples in {SamplesDirectory}, found: {string.Join(", ", names)}");
        Assert.Equal("OrdersByRegion", ProgramName("orders-by-region"));
        Assert.Equal("TopKAndFunctions", ProgramName("top-k-and-functions"));
        Assert.Equal("Program1st", ProgramName("1st"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_files_match_the_checked_in_files(string sample)
    {
        string dir = Path.Combine(SamplesDirectory, sample);
        var emitted = Emit(sample);
        var expectedNames = emitted.Files.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(dir, "*.g.cs").Select(Path.GetFileName).Where(n => !expectedNames.Contains(n!)).Order(StringComparer.Ordinal).ToList();

        if (Updating)
        {
            foreach (var file in emitted.Files) WriteIfChanged(Path.Combine(dir, file.FileName), file.Text);
            foreach (var name in stale) File.Delete(Path.Combine(dir, name!));
            return;
        }

        var problems = new StringBuilder();
        foreach (var file in emitted.Files)
        {
            string path = Path.Combine(dir, file.FileName);
            string relative = $"generated-samples/{sample}/{file.FileName}";
            if (!File.Exists(path))
            {
                problems.Append($"{relative} is missing (the emitter now writes it)\n");
                continue;
            }
            byte[] expected = File.ReadAllBytes(path);
            byte[] actual = Encoding.UTF8.GetBytes(file.Text);
            if (expected.AsSpan().SequenceEqual(actual)) continue;
            problems.Append($"{relative} differs from the emitter's output:\n");
            problems.Append(TextDiff.Unified(Encoding.UTF8.GetString(expected), file.Text, relative + " (checked in)", relative + " (emitted)"));
        }
        foreach (var name in stale) problems.Append($"generated-samples/{sample}/{name} is not written by the emitter any more\n");
        if (problems.Length > 0)
            Assert.Fail(problems + $"\nIf the change is intended, regenerate the samples from the repository root and review the diff:\n    {RegenerateCommand}\n");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Emission_is_deterministic(string sample)
    {
        var first = Emit(sample);
        var second = Emit(sample);
        Assert.Equal(first.Files.Select(f => f.FileName), second.Files.Select(f => f.FileName));
        for (int i = 0; i < first.Files.Length; i++)
            Assert.True(first.Files[i].Text == second.Files[i].Text,
                $"{first.Files[i].FileName}: two emissions differ\n" + TextDiff.Unified(first.Files[i].Text, second.Files[i].Text, "first", "second"));
    }

    /// <summary>The generated C# compiles with Roslyn without warnings, loads, and both circuits build and step.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_code_compiles_and_runs(string sample)
    {
        var compiled = GeneratedPrograms.Compile(Request(sample, Compile(sample)));
        Assert.Empty(compiled.Warnings);
        var loaded = GeneratedAssemblyLoader.Load(compiled);
        var factory = Assert.IsAssignableFrom<ICircuitFactory>(loaded.CreateInstance());
        foreach (var circuit in new[] { factory.BuildIncremental(), factory.BuildReference() })
        {
            circuit.Step();
            Assert.False(circuit.IsFailed);
            Assert.All(circuit.Outputs.Values, output => Assert.Empty(output.ReadDelta()));
        }
    }

    private static CompilationResult Compile(string sample)
    {
        string path = Path.Combine(SamplesDirectory, sample, "program.sql");
        // The CLI names the source by its file name, which the generated code quotes in its locations.
        var result = SqlCompiler.Compile(new SourceText(File.ReadAllText(path), "program.sql"));
        Assert.True(result.Success, $"generated-samples/{sample}/program.sql does not compile:\n{result.RenderDiagnostics()}");
        return result;
    }

    private static EmitRequest Request(string sample, CompilationResult result) =>
        new(ProgramName(sample), result.Incremental!, result.Reference!, result.Source.Location);

    private static EmittedProgram Emit(string sample) => CSharpEmitter.Emit(Request(sample, Compile(sample)));

    /// <summary>
    /// A C# identifier from the folder name, as <c>sql2dbsp compile</c> derives one from the file name
    /// ("top-k-and-functions" → "TopKAndFunctions"); the CLI's helper is internal, so the rule is repeated here and
    /// pinned by <see cref="Samples_are_discovered"/>.
    /// </summary>
    internal static string ProgramName(string folder)
    {
        var words = folder.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])).Where(char.IsLetterOrDigit).ToArray();
        return name.Length == 0 || !char.IsLetter(name[0]) ? "Program" + new string(name) : new string(name);
    }

    /// <summary>Writes UTF-8 without BOM and <c>\n</c> newlines, exactly as the CLI does; leaves equal files untouched.</summary>
    private static void WriteIfChanged(string path, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The folder holding <c>Sql2Dbsp.sln</c>, found by walking up from the test binaries.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sql2Dbsp.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Sql2Dbsp.sln above {AppContext.BaseDirectory}");
    }
}
