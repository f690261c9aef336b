namespace Sql2Dbsp.Build.Tests;

/// <summary>
/// Packs every package once (from this configuration's build, -no-build) into a temp folder that the tests use as
/// their only source of Sql2Dbsp packages: a nuget.config there lists it plus the ordinary registry, and a private
/// NuGet cache keeps packages of earlier runs (same version, other contents) out.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    public PackagesFixture()
    {
        Root = Directory.CreateTempSubdirectory("sql2dbsp-build-tests-").FullName;
        PackageDirectory = Path.Combine(Root, "packages");
        var (exit, output) = Dotnet.Run(Dotnet.RepositoryRoot, null, "pack", "packaging/Sql2Dbsp.Packages.proj",
            "-c", Dotnet.Configuration, "--no-build", "--no-restore", "-o", PackageDirectory);
        if (exit != 0) throw new InvalidOperationException("packing failed:\n" + output);
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{PackageDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="Sql2Dbsp*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        // The samples' props (package version) without the repository's: the consumer stands alone, as a user's would.
        foreach (var props in new[] { "Directory.Build.props", "Directory.Packages.props" })
            File.Copy(Path.Combine(Dotnet.RepositoryRoot, "samples", props), Path.Combine(Root, props));
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-cache") };
    }

    /// <summary>The temp folder: packages/, nuget.config, the consumers' copies.</summary>
    public string Root { get; }

    public string PackageDirectory { get; }

    /// <summary>Environment of child dotnet processes (the private NuGet cache).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Copies samples/<paramref name="sample"/> into the temp folder and returns the copy's path.</summary>
    public string CopySample(string sample)
    {
        string target = Path.Combine(Root, sample);
        CopyDirectory(Path.Combine(Dotnet.RepositoryRoot, "samples", sample), target);
        return target;
    }

    public (int ExitCode, string Output) Run(string directory, params string[] args) => Dotnet.Run(directory, Environment, args);

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        foreach (var dir in Directory.GetDirectories(source))
        {
            string name = Path.GetFileName(dir);
            if (name is "bin" or "obj") continue;
            CopyDirectory(dir, Path.Combine(target, name));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "packages";
}
