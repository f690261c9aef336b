namespace Sql2Dbsp.Build;

/// <summary>One SqlProgram item: where its SQL is, where its C# goes and the item's metadata.</summary>
/// <param name="SqlPath">Full path of the .sql file (diagnostics name it, so IDEs can open it).</param>
/// <param name="DisplayPath">The item as written in the project (runtime error locations name it).</param>
/// <param name="OutputDirectory">The program's own directory under obj/, emptied before writing.</param>
/// <param name="Namespace">Namespace of the program class and its row structs.</param>
/// <param name="ClassName">The program class; empty for the default (the file name in PascalCase + <c>Program</c>).</param>
/// <param name="FaultTolerance"><c>none</c>, <c>at_least_once</c> or <c>exactly_once</c> (empty: none).</param>
internal sealed record GenerateRequest(
    string SqlPath, string DisplayPath, string OutputDirectory, string Namespace, string ClassName, string FaultTolerance);

/// <summary>What generating one program printed (canonical diagnostics) and whether its C# was written.</summary>
internal sealed record GenerateResult(bool Success, IReadOnlyList<string> Messages);
