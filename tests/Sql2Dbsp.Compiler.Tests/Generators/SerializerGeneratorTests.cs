using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sql2Dbsp.SourceGenerators;

namespace Sql2Dbsp.Compiler.Tests.Generators;

/// <summary>
/// Golden tests of the checkpoint serializer generator: its output for sample structs is compared with checked-in
/// text (<c>Generators/Golden/*.g.cs.txt</c>); <c>SQL2DBSP_UPDATE_GOLDEN=1</c> rewrites the files instead.
/// </summary>
public class SerializerGeneratorTests
{
    /// <summary>Stand-ins for the runtime's storage types, so the test compiles without the runtime.</summary>
    private const string Runtime = """
        namespace Sql2Dbsp.Runtime.Storage
        {
            [System.AttributeUsage(System.AttributeTargets.Struct)] public sealed class CheckpointedAttribute : System.Attribute { }
            public interface IStateSerializer<T> where T : IStateSerializer<T> { }
            public ref struct StateWriter { }
            public ref struct StateReader { }
        }
        namespace Sql2Dbsp.Runtime.Sql
        {
            public readonly struct SqlDate : Sql2Dbsp.Runtime.Storage.IStateSerializer<SqlDate> { }
            public sealed class DistinctSet<T> { }
        }
        """;

    private const string Sample = """
        #nullable enable
        using Sql2Dbsp.Runtime.Sql;
        using Sql2Dbsp.Runtime.Storage;

        namespace Sample;

        [Checkpointed]
        public partial struct Row0
        {
            public const int Arity = 9;
            public static int Shared;
            public int F0;
            public long? F1;
            public string F2;
            public string? F3;
            public decimal? F4;
            public SqlDate? F5;
            public bool F6;
            public double F7;
            public System.Int128 F8;
        }

        [Checkpointed]
        public partial struct Acc0
        {
            public Row0 A0;
            public DistinctSet<long>? A1;
            public DistinctSet<string> A2;
            public short? A3;
        }
        """;

    private static GeneratorDriverRunResult Run(string source)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Sample",
            [CSharpSyntaxTree.ParseText(Runtime, parse), CSharpSyntaxTree.ParseText(source, parse)],
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create([new SerializerGenerator().AsSourceGenerator()], parseOptions: parse);
        return driver.RunGenerators(compilation).GetRunResult();
    }

    [Fact]
    public void GeneratesSerializersMatchingTheGoldenFiles()
    {
        var result = Run(Sample);
        Assert.Empty(result.Diagnostics);
        var sources = result.Results.Single().GeneratedSources;
        Assert.Equal(["Sample.Acc0.Checkpoint.g.cs", "Sample.Row0.Checkpoint.g.cs"], sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        string dir = Path.Combine(RepositoryRoot(), "tests", "Sql2Dbsp.Compiler.Tests", "Generators", "Golden");
        bool update = Environment.GetEnvironmentVariable("SQL2DBSP_UPDATE_GOLDEN") == "1";
        foreach (var source in sources)
        {
            string path = Path.Combine(dir, source.HintName + ".txt");
            string actual = source.SourceText.ToString();
            if (update)
            {
                Directory.CreateDirectory(dir);
                File.WriteAllText(path, actual);
                continue;
            }
            Assert.True(File.Exists(path), $"missing golden file {path}; run with SQL2DBSP_UPDATE_GOLDEN=1");
            Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void UnsupportedStructsAreBuildErrors()
    {
        var result = Run("""
            using Sql2Dbsp.Runtime.Storage;
            namespace Sample;
            [Checkpointed] public struct NotPartial { public int F0; }
            [Checkpointed] public partial struct BadField { public System.Guid F0; public object F1; }
            [Checkpointed] public partial struct BadMembers { public readonly int F0; public int P { get; set; } }
            """);
        var ids = result.Diagnostics.Select(d => d.Id + ":" + d.GetMessage()).ToList();
        Assert.Contains(ids, d => d.StartsWith("S2DB001") && d.Contains("NotPartial"));
        Assert.Contains(ids, d => d.StartsWith("S2DB002") && d.Contains("'F0'") && d.Contains("System.Guid"));
        Assert.Contains(ids, d => d.StartsWith("S2DB002") && d.Contains("'F1'"));
        Assert.Contains(ids, d => d.StartsWith("S2DB003") && d.Contains("readonly field 'F0'"));
        Assert.Contains(ids, d => d.StartsWith("S2DB003") && d.Contains("auto-property 'P'"));
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sql2Dbsp.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
