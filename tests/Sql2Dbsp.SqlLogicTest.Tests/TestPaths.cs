namespace Sql2Dbsp.SqlLogicTest.Tests;

/// <summary>Locations the tests read: the repository (found from the test binaries) and the shared corpus beside it.</summary>
internal static class TestPaths
{
    /// <summary>The directory holding Sql2Dbsp.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared corpus, <c>../shared/sqllogictest/test</c> relative to the repository.</summary>
    public static string SharedCorpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "sqllogictest", "test"));

    /// <summary>Our own .slt files.</summary>
    public static string OwnTests => Path.Combine(RepositoryRoot, "sqllogictest", "test");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sql2Dbsp.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Sql2Dbsp.sln not found above {AppContext.BaseDirectory}");
    }
}
